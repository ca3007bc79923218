import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validate } from '../stix/index';
import { anonymize, AnonymizerError, createKeyring, DEFAULT_POLICY } from './index';
import { Gen, generate, prng } from './synthetic';

// Hostile inputs: bounded time, no crash, still valid output.
const KEY = createKeyring('c0c1c2c3c4c5c6c7c8c9cacbcccdcecf');
const NOW = '2024-06-01T00:00:00Z';

function bundleWith(description: string) {
  return {
    type: 'bundle',
    id: 'bundle--0f0e0d0c-0b0a-4908-8706-050403020100',
    objects: [
      {
        type: 'indicator',
        spec_version: '2.1',
        id: 'indicator--11111111-2222-4333-8444-555555555555',
        created: '2024-05-01T00:00:00.000Z',
        modified: '2024-05-01T00:00:00.000Z',
        description,
        pattern: "[ipv4-addr:value = '203.0.113.9']",
        pattern_type: 'stix',
        valid_from: '2024-05-01T00:00:00Z',
      },
    ],
  };
}

// Budgets are hang detectors, not benchmarks: catastrophic backtracking takes minutes, while a
// loaded CI machine can take several times the usual second (bench/anonymize measures speed).
function timed(description: string, budgetMs: number): { ms: number; out: string } {
  const t0 = process.hrtime.bigint();
  const r = anonymize(bundleWith(description), DEFAULT_POLICY, KEY, { names: ['Acme Metering'], domains: ['acme.example'] }, { now: NOW });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  assert.equal(validate(r.bundle).valid, true);
  assert.ok(ms < budgetMs, `took ${ms.toFixed(0)} ms (budget ${budgetMs})`);
  const ind = r.bundle.objects.find((o) => o.type === 'indicator');
  return { ms, out: String(ind?.description ?? '') };
}

const MB = 1024 * 1024;
const cases: [string, () => string][] = [
  ['1 MB of one letter', () => 'a'.repeat(MB)],
  ['1 MB of digits', () => '1'.repeat(MB)],
  ['1 MB of dots and digits', () => '1.'.repeat(MB / 2)],
  ['1 MB of @ signs between letters', () => 'a@'.repeat(MB / 2)],
  ['1 MB of hex', () => 'deadbeef'.repeat(MB / 8)],
  ['1 MB of colons and hex', () => 'ab:'.repeat(MB / 3)],
  ['1 MB of capitalised words', () => 'Anna Schmidt Hello '.repeat(MB / 19)],
  ['1 MB of percent signs', () => '%4'.repeat(MB / 2)],
  ['1 MB of entities', () => '&#6'.repeat(MB / 3)],
  ['1 MB of brackets', () => '[.]('.repeat(MB / 4)],
  ['1 MB of a URL', () => `http://evil.example/${'a'.repeat(MB)}`],
  ['1 MB of plus and digits', () => '+1 '.repeat(MB / 3)],
  ['1 MB of street words', () => 'Musterstraße '.repeat(MB / 13)],
  ['1 MB of JP', () => '東京都千代田区'.repeat(MB / 7)],
  ['1 MB of BEGIN markers', () => '-----BEGIN '.repeat(MB / 11)],
  ['1 MB of identifiers', () => 'jane.doe@acme.example +49 30 12345678 10.0.0.1 '.repeat(MB / 48)],
];

describe('adversarial inputs', () => {
  for (const [name, make] of cases) {
    it(`${name}: bounded time`, () => {
      timed(make(), 30_000);
    });
  }

  it('deeply nested JSON in a description is scanned as text', () => {
    const nested = `${'{"a":'.repeat(5000)}"jane.doe@acme.example"${'}'.repeat(5000)}`;
    const { out } = timed(nested, 30_000);
    assert.ok(!out.includes('jane.doe@acme.example'));
  });

  it('deeply nested objects in an allow-listed structure do not crash', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 2000; i++) deep = { d: deep };
    const b = bundleWith('ok');
    (b.objects[0] as Record<string, unknown>).x_deep = deep;
    const r = anonymize(b, DEFAULT_POLICY, KEY, {}, { now: NOW });
    assert.equal(validate(r.bundle).valid, true);
  });

  it('throws a typed error on invalid input, nothing else', () => {
    for (const bad of [null, 42, 'bundle', { type: 'bundle' }, { type: 'bundle', id: 'bundle--x', objects: [] }, { type: 'bundle', id: 'bundle--0f0e0d0c-0b0a-4908-8706-050403020100', objects: [{ type: 'indicator' }] }]) {
      assert.throws(() => anonymize(bad, DEFAULT_POLICY, KEY, {}, { now: NOW }), AnonymizerError);
    }
  });

  it('a failing detector fails closed: the field is dropped and reported', () => {
    const profile = { redact: ['*'.repeat(3)] };
    const r = anonymize(bundleWith('x'.repeat(5 * MB)), DEFAULT_POLICY, KEY, profile, { now: NOW });
    const ind = r.bundle.objects.find((o) => o.type === 'indicator')!;
    assert.equal(ind.description, undefined);
    assert.ok(r.report.detectorFailures.length > 0);
    assert.notEqual(r.report.verdict, 'auto-publish');
  });

  it('fuzzed property types never crash (only AnonymizerError may be thrown)', () => {
    const weird: unknown[] = [null, 42, -1, 1e308, true, '', 'x'.repeat(1000), [], [null], {}, { a: [1, { b: 'c' }] }, '[ipv4-addr:value = ', "[x:y = '10.0.0.1'] AND"];
    for (let seed = 1; seed <= 150; seed++) {
      const g = new Gen(prng(seed));
      const p = generate(seed, 2);
      for (const o of p.bundle.objects) {
        const keys = Object.keys(o).filter((k) => k !== 'type' && k !== 'id');
        for (let n = 0; n < 2; n++) (o as Record<string, unknown>)[g.pick(keys)] = g.pick(weird);
      }
      try {
        const r = anonymize(p.bundle, DEFAULT_POLICY, KEY, p.profile, { now: NOW });
        assert.equal(r.bundle.type, 'bundle');
      } catch (e) {
        assert.ok(e instanceof AnonymizerError, `seed ${seed}: ${(e as Error).stack}`);
      }
    }
  });
});
