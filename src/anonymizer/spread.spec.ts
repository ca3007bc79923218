import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validate } from '../stix/index';
import { anonymize, createKeyring, DEFAULT_POLICY } from './index';
import { buildSpreader, spreadable } from './spread';

const KEY = createKeyring('e0e1e2e3e4e5e6e7e8e9eaebecedeeef');
const NOW = '2024-06-01T12:34:56.789Z';
const T = '2024-05-01T10:11:12.345Z';

const bundle = (objects: Record<string, unknown>[]) => ({ type: 'bundle', id: 'bundle--6a1f2e3d-4c5b-4a69-8877-665544332211', objects });
const IND_ID = 'indicator--1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
const indicator = (pattern: string, description = 'C2') => ({
  type: 'indicator', spec_version: '2.1', id: IND_ID, created: T, modified: T, description, pattern, pattern_type: 'stix', valid_from: T,
});
const note = (n: number, content: string) => ({
  type: 'note', spec_version: '2.1', id: `note--2b3c4d5e-6f70-4a81-9b2c-3d4e5f6071${String(n).padStart(2, '0')}`, created: T, modified: T, content, object_refs: [IND_ID],
});
const run = (objects: Record<string, unknown>[]) => anonymize(bundle(objects), DEFAULT_POLICY, KEY, {}, { now: NOW });
const text = (r: ReturnType<typeof run>) => JSON.stringify(r.bundle);

describe('spread of found identifiers over the bundle', () => {
  it('a serial found by its label is replaced, with the same token, in a CSV row of another object', () => {
    const r = run([
      indicator("[ipv4-addr:value = '198.51.100.7']"),
      note(1, 'Serial number: GRX42KT118830 was swapped on site.'),
      note(2, 'ref;fw;status\nGRX42KT118830;4.2.1;swapped\nGRX42KT118831;4.2.1;ok'),
    ]);
    const out = text(r);
    assert.doesNotMatch(out, /GRX42KT118830/);
    const tokens = [...out.matchAll(/\[SERIAL-\d+\]/g)].map((m) => m[0]);
    assert.equal(tokens.length, 2);
    assert.equal(tokens[0], tokens[1]);
    // A longer value that merely starts with it is not touched.
    assert.match(out, /GRX42KT118831/);
    assert.equal(validate(r.bundle).valid, true);
  });

  it('a ticket id and a MAC found by context travel to bare copies; trivial values do not', () => {
    const r = run([
      indicator("[ipv4-addr:value = '198.51.100.7']"),
      note(1, 'Ticket: SOC-48213. DHCPACK on 10.1.2.3 to 84:fc:cd:34:68:5b via eth1. Login admin, port 12.'),
      note(2, 'Follow-up for SOC-48213: lease of 84:fc:cd:34:68:5b renewed; admin and 12 unrelated.'),
    ]);
    const out = text(r);
    assert.doesNotMatch(out, /SOC-48213|84:fc:cd/i);
    assert.match(out, /admin and 12 unrelated/);
  });

  it('never replaces a value inside a threat indicator, and is idempotent', () => {
    const r = run([
      indicator("[url:value = 'http://198.51.100.7/bins/GRX42KT118830.arm7']", 'Dropper path'),
      note(1, 'Serial number: GRX42KT118830 was swapped on site.'),
      note(2, 'Fetched http://198.51.100.7/bins/GRX42KT118830.arm7 twice.'),
    ]);
    const ind = r.bundle.objects.find((o) => o.type === 'indicator')!;
    assert.match(ind.pattern as string, /GRX42KT118830\.arm7/);
    assert.match(text(r), /bins\/GRX42KT118830\.arm7 twice/);
    const again = anonymize(r.bundle, DEFAULT_POLICY, KEY, {}, { now: NOW });
    assert.deepEqual(again.bundle.objects.filter((o) => o.type === 'note'), r.bundle.objects.filter((o) => o.type === 'note'));
  });

  it('a short plate found in a vehicle record is replaced where it stands alone', () => {
    const r = run([indicator("[ipv4-addr:value = '198.51.100.7']"), note(1, 'Vehicle VIN WVWZZZ1JZXW000001, plate 4KT7PW, charging stopped'), note(2, 'Follow-up: 4KT7PW seen again at the depot')]);
    assert.doesNotMatch(text(r), /4KT7PW/i);
  });

  it('word and identifier boundaries, minimum specificity', () => {
    const s = buildSpreader(new Map([['sn1234567', '[SERIAL-1]']]), [])!;
    assert.equal(s.rewrite('SN1234567, SN12345678, xSN1234567, sn1234567.example.com, /srv/SN1234567 and SN1234567.'), '[SERIAL-1], SN12345678, xSN1234567, sn1234567.example.com, /srv/SN1234567 and [SERIAL-1].');
    assert.equal(buildSpreader(new Map([['sn1234567', '[SERIAL-1]']]), ['http://evil.example/sn1234567']), undefined);
    // A long protect list: values inside any of its entries stay, the others travel.
    const urls = Array.from({ length: 3000 }, (_, i) => `http://c2-${i}.example/gate/${(i * 7919).toString(36)}.php`);
    const inside = new Map([['c2-2999.example', '[HOST-1]'], [`gate/${(1500 * 7919).toString(36)}`, '[SECRET-1]'], ['sn1234567', '[SERIAL-1]']]);
    assert.equal(buildSpreader(inside, urls)!.rewrite('c2-2999.example and sn1234567'), 'c2-2999.example and [SERIAL-1]');
    assert.equal(spreadable('CUSTOMER-ID', '12'), false);
    assert.equal(spreadable('USER', 'admin'), false);
    assert.equal(spreadable('SERIAL', 'Router'), false);
    assert.equal(spreadable('SERIAL', 'A1B2C3D4'), true);
    assert.equal(spreadable('USER', 'mkowalski'), true);
    // Plates travel from six characters with a digit; the same shape of another kind does not.
    assert.equal(spreadable('PLATE', '8HE6ZR'), true);
    assert.equal(spreadable('PLATE', 'MAX9L84'), true);
    assert.equal(spreadable('SERIAL', 'MAX9L84'), false);
    assert.equal(spreadable('PLATE', 'AB-12'), false);
  });
});

describe('spread into a lure sent by the attacker', () => {
  const MSG = 'email-message--5d6e7f80-91a2-5b3c-8d4e-5f60718293a4';
  const lure = (subject: string) => ({ type: 'email-message', spec_version: '2.1', id: MSG, is_multipart: false, subject });
  const delivers = {
    type: 'relationship', spec_version: '2.1', id: 'relationship--7e8f9012-a3b4-4c5d-8e6f-708192a3b4c5', created: T, modified: T,
    relationship_type: 'delivers', source_ref: 'campaign--8f901234-b5c6-4d7e-9f80-91a2b3c4d5e6', target_ref: MSG,
  };
  const campaign = { type: 'campaign', spec_version: '2.1', id: 'campaign--8f901234-b5c6-4d7e-9f80-91a2b3c4d5e6', created: T, modified: T, name: 'Invoice wave' };
  const subjectOf = (r: ReturnType<typeof run>) => String((r.bundle as { objects: Record<string, unknown>[] }).objects.find((o) => o.type === 'email-message')?.subject);

  it('a contract number confirmed by its label elsewhere is replaced in the subject with the same token', () => {
    const r = run([campaign, delivers, lure('Your invoice CT-5518-20931 is overdue'), note(1, 'The customer (Vertrag CT-5518-20931) forwarded the mail.')]);
    const subject = subjectOf(r);
    assert.match(subject, /^Your invoice \[CONTRACT-\d+\] is overdue$/);
    assert.match(text(r), new RegExp(`Vertrag ${subject.match(/\[CONTRACT-\d+\]/)![0].replace(/[[\]]/g, '\\$&')}`));
  });
  it('a number that stands only in the lure stays', () => {
    const r = run([campaign, delivers, lure('Invoice 88213377 overdue'), note(1, 'The customer forwarded the mail.')]);
    assert.equal(subjectOf(r), 'Invoice 88213377 overdue');
  });
});
