import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Dictionary } from './detectors/dictionary';
import type { Detector, ScanContext } from './detectors/finding';
import { Pseudonymizer } from './pseudonyms';
import { prepareScans, scanText, type Scanner } from './scan';
import { generate } from './synthetic';

const KEY = Buffer.alloc(32, 9);

function scanner(overrides: Partial<ScanContext> = {}, detectors?: [string, Detector][]): Scanner {
  const ctx: ScanContext = {
    mode: 'full',
    region: 'DE',
    internalDomains: ['stadtwerke-nord.example'],
    netblocks: [],
    isProtected: (v) => v === 'update-cdn.top',
    ipv4Prefix: 24,
    ipv6Prefix: 48,
    deviceIds: 'model',
    ...overrides,
  };
  return { ctx, dictionary: new Dictionary([{ term: 'Stadtwerke Nord', kind: 'ORG', substring: true }]), protectedValues: ['update-cdn.top'], pseudonyms: new Pseudonymizer(KEY), detectors };
}

// Our own incident notes: a phone number (the deferred detector), a person, a CJK name, times,
// an encoded address, a threat domain that must stay, and text without any finding.
const NOTES = [
  'Rückruf an Frau Petra Albers unter 0421 5550 1873, Zähler 1ESY1161234567 am Umspannwerk.',
  'Beacon to update-cdn.top from 10.20.30.41 at 2024-03-05T14:37:12+01:00; ticket INC-2024-004417.',
  '担当者: 佐藤 健太（SOC）が 2024-03-05 09:12 に確認。電話 +81 3 5555 0142。',
  'Contact: j.albers%40stadtwerke-nord.example, MAC 3c:5a:b4:01:22:9f on the meter gateway.',
  'The loader fetches a second stage over HTTPS and persists with a scheduled task.',
  'Stadtwerke Nord SOC escalated; customer no. 448812-09 asked for the case number.',
];

function corpus(): string[] {
  const texts = [...NOTES];
  for (let seed = 1; seed <= 24; seed++) {
    for (const o of generate(seed, 6, [1, 0.5, 0.25, 0][seed % 4]).bundle.objects) {
      for (const v of Object.values(o)) if (typeof v === 'string' && v.length > 0) texts.push(v);
    }
  }
  return texts;
}

const outcome = (s: Scanner, text: string) => {
  const r = scanText(text, s);
  return { text: r.text, applied: r.applied, failed: r.failed, keptBrand: r.keptBrand };
};

describe('prepareScans', () => {
  it('gives every string the scan it gets without preparation, tokens included', () => {
    const texts = corpus();
    const plain = scanner();
    const prepared = scanner();
    prepareScans(texts, prepared);
    for (const t of texts) assert.deepEqual(outcome(prepared, t), outcome(plain, t), t);
  });

  it('runs each detector once per prepared string, not again when the string is scanned', () => {
    let calls = 0;
    const counting: Detector = (text) => {
      calls++;
      return text.includes('4711') ? [{ start: text.indexOf('4711'), end: text.indexOf('4711') + 4, kind: 'SERIAL', detector: 'count', priority: 50, value: '4711', reason: 'test' }] : [];
    };
    const s = scanner({}, [['count', counting]]);
    prepareScans(['meter 4711 offline', 'no number here'], s);
    assert.equal(calls, 2);
    assert.equal(scanText('meter 4711 offline', s).text, 'meter [SERIAL-1] offline');
    assert.equal(calls, 2);
    // Used once: findings are changed while placed, so a second scan detects afresh.
    assert.equal(scanText('meter 4711 offline', s).text, 'meter [SERIAL-1] offline');
    assert.equal(calls, 3);
  });

  it('fails a string closed, naming the detector, when the detector threw while prepared', () => {
    const broken: Detector = (text) => {
      if (text.includes('boom')) throw new Error('detector bug');
      return [];
    };
    const s = scanner({}, [['broken', broken]]);
    prepareScans(['boom at the substation'], s);
    assert.deepEqual(scanText('boom at the substation', s).failed, ['broken']);
  });

  it('is not used by a scanner with another context (a single-event sighting floors times to the day)', () => {
    const hourly = scanner();
    const text = 'Outage began 2024-03-05T14:37:12Z at the pumping station.';
    prepareScans([text], hourly);
    const daily: Scanner = { ...hourly, ctx: { ...hourly.ctx, timeUnit: 'day' } };
    assert.equal(scanText(text, daily).text, 'Outage began 2024-03-05 at the pumping station.');
    assert.equal(scanText(text, hourly).text, 'Outage began 2024-03-05T14:00Z at the pumping station.');
  });
});
