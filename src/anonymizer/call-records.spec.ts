import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyObservables } from './classify';
import { recordEnd } from './detectors/call-records';
import { scanText } from './scan';
import type { StixObject } from './types';
import { testScanner } from './test-scanner';

// Which number of a call or SMS record is the subscriber's (the victim) and which the attacker's,
// attacker words that are parts of ids, lists of values on one line, and the customer's address
// where a table column or a device's own configuration names it. Each case failed before its fix.

const scan = (text: string, region?: 'DE' | 'US' | 'FR' | 'GB') => scanText(text, testScanner({ region })).text;

describe('call and SMS records: the columns say whose number it is', () => {
  const cdr = [
    'time;calling;called;imsi;direction',
    '2024-05-02T10:00Z;PrizeAlert;4915112345671;262011234567890;SMS-MT',
    '2024-05-02T10:04Z;4915112345671;88213456789;262011234567890;MOC',
    '2024-05-02T10:09Z;4930901820;4915112345671;262011234567890;MTC',
  ].join('\n');

  it("a terminating record's B-party is its subscriber, whatever sender id stands in the A-party cell", () => {
    const out = scan(cdr, 'DE');
    assert.ok(!out.includes('4915112345671'), out);
    assert.ok(out.includes('PrizeAlert'), out);
  });
  it("an originating record's destination dialled abroad is kept, its A-party subscriber is not", () => {
    const out = scan(cdr, 'DE');
    assert.match(out, /;\[PHONE-1\];\+?88213456789;/);
  });
  it('the roles, from header names and the direction cell', () => {
    const lines = cdr.split('\n');
    const at = (row: number, value: string) => {
      const off = lines.slice(0, row).join('\n').length + 1 + lines[row].indexOf(value);
      return recordEnd(cdr, off, off + value.length);
    };
    assert.equal(at(1, '4915112345671')?.role, 'subscriber');
    assert.equal(at(2, '4915112345671')?.role, 'subscriber');
    assert.deepEqual({ ...at(2, '88213456789'), prefix: undefined }, { role: 'other', header: 'called', prefix: undefined, originating: true, subscriber: '4915112345671' });
    assert.equal(at(3, '4930901820')?.role, 'other');
    assert.equal(recordEnd('no table; here; +49 30 901820', 16, 29), undefined);
  });
  it('a column named for the subscriber is the victim in a table of affected customers with threat words around', () => {
    const table = 'affected subscribers (fraud case)\nname | msisdn | contacted\nJ. Doe | +447700900123 | c2.evil-update.example';
    assert.ok(!scan(table, 'GB').includes('447700900123'));
  });
  it('a column of no known role still counts its own threat header ("premium_dest")', () => {
    const out = scan('case;premium_dest;minutes\n4711;+882 16 1234 5678;312', 'DE');
    assert.ok(out.includes('+882 16 1234 5678'), out);
  });
  it('a "Callback #" column holds customers\' numbers, not callback scams', () => {
    const out = scan('Customer name\tCallback #\tStatus\nJane Roe\t(602) 555-0143\tpatched\nJ. Smith\t(212) 555-0187\tpatched', 'US');
    assert.ok(!out.includes('555-0143') && !out.includes('555-0187'), out);
  });
  it('prose whose clauses a comma separates is no table: the clause before still counts', () => {
    const out = scan('Fraud desk, escalation, today\nsmishing sender, +44 7700 900456, sent the lure', 'DE');
    assert.ok(out.includes('+44 7700 900456'), out);
  });
  it('prose records keep their rules: a destination after an arrow, a smishing sender', () => {
    assert.ok(scan('CDR 4915112345671 -> 88216123456, 40 calls', 'DE').includes('88216123456'));
    assert.ok(scan('smishing sender +44 7700 900456 sent the lure', 'DE').includes('+44 7700 900456'));
  });
});

describe('phone numbers next to ids and other values', () => {
  it('"c2" inside a serial number is no attacker word', () => {
    assert.ok(!scan('device AC2510999135F / (737) 754-8832', 'US').includes('754-8832'));
  });
  it('a value list split by spaced slashes ("lat, lon / phone") yields the phone number', () => {
    assert.ok(!scan('Bastien: unit @ 45.18893, 5.76246 / 07 22 52 52 33', 'FR').includes('52 52 33'));
  });
  it('and so does a list whose first value is too long for the search window ("IMEI … / (11) …")', () => {
    const out = scanText('IMEI 49015420-323751-8 / (11) 91234-5678', testScanner({ region: 'BR' })).text;
    assert.ok(!out.includes('91234-5678'), out);
  });
  it('but a spaced slash inside one number stays one number', () => {
    assert.equal(scan('Tel. 089 / 1234567', 'DE'), 'Tel. [PHONE-1]');
  });
});

describe("the customer's address where a column or the device's own configuration names it", () => {
  const victim: StixObject = { type: 'ipv4-addr', spec_version: '2.1', id: 'ipv4-addr--v', value: '198.51.100.23' };
  const attacker: StixObject = { type: 'ipv4-addr', spec_version: '2.1', id: 'ipv4-addr--a', value: '203.0.113.77' };
  const scanFlow: StixObject = { type: 'network-traffic', spec_version: '2.1', id: 'network-traffic--1', src_ref: attacker.id, dst_ref: victim.id, dst_port: 23, protocols: ['tcp'] };
  const sides = (text: string) => classifyObservables([victim, attacker, scanFlow], {}, testScanner().ctx, () => text);

  for (const [layout, text] of [
    ['a wan_ip column', 'name,msisdn,wan_ip,contacted\nJ. Doe,447700900123,198.51.100.23,update.evil.example'],
    ['an interface address in a router configuration', 'interface Dialer1\n ip address 198.51.100.23 255.255.255.255'],
    ["pppd's local address", 'pppd[812]: local IP address 198.51.100.23'],
    ['a RADIUS framed address', 'radiusd: Accounting-Start 447700900123 framed 198.51.100.23'],
  ] as const) {
    it(`${layout}: the scanned address is the victim's, so the scanner is the attacker's`, () => {
      const s = sides(text);
      assert.equal(s.get(victim.id)?.side, 'victim');
      assert.equal(s.get(attacker.id)?.side, 'threat');
    });
  }
});
