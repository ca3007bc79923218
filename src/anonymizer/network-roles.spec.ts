import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyObservables, patternVictimLiterals } from './classify';
import { anonymize, createKeyring, DEFAULT_POLICY } from './index';
import { scanText } from './scan';
import type { StixObject } from './types';
import { testScanner } from './test-scanner';

// Which end of a connection is the victim's, decided by the roles of the other values: a pattern
// that names both ends of a flow to a C2, a hunting pattern with the device's MAC, an IOC list in
// the report, a SIEM record that carries a MAC, a RADIUS Calling-Station-Id. Attacker and victim
// often share a hosting /24, so the victim's prefix must not swallow the attacker's address.

const T = '2024-03-04T05:06:07.000Z';
const KEY = 'e0e1e2e3e4e5e6e7e8e9eaebecedeeef';
const indicator = (id: string, pattern: string): StixObject => ({ type: 'indicator', spec_version: '2.1', id, pattern, pattern_type: 'stix' });
const identity = { type: 'identity', spec_version: '2.1', id: 'identity--0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d', created: T, modified: T, name: 'Voltaris Charging', identity_class: 'organization' };
const sdo = (type: string, n: number, rest: Record<string, unknown>) => ({ type, spec_version: '2.1', id: `${type}--${n}b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e`, created: T, modified: T, created_by_ref: identity.id, ...rest });
const sco = (type: string, n: number, rest: Record<string, unknown>) => ({ type, spec_version: '2.1', id: `${type}--0b6f7c3e-1111-5222-8333-44445555${n}`, ...rest });
const run = (objects: Record<string, unknown>[]) =>
  JSON.stringify(anonymize({ type: 'bundle', id: 'bundle--6a1f2e3d-4c5b-4a69-8877-665544332211', objects: [identity, ...objects] }, DEFAULT_POLICY, createKeyring(KEY), {}, { now: T }).bundle);

describe('both ends of a connection in a pattern', () => {
  const flow = "[network-traffic:src_ref.value = '203.0.113.77' AND network-traffic:dst_ref.value = '203.0.113.5']";
  it('the end that talked to a C2 named elsewhere (URL host or lone comparison) is the victim', () => {
    assert.deepEqual([...patternVictimLiterals([indicator('indicator--1', flow), indicator('indicator--2', "[url:value = 'http://203.0.113.5:8080/bins/arm7']")])], ['203.0.113.77']);
    assert.deepEqual([...patternVictimLiterals([indicator('indicator--1', flow), indicator('indicator--2', "[ipv4-addr:value = '203.0.113.77']")])], ['203.0.113.5']);
  });
  it('decides nothing where neither end, or both, is named elsewhere', () => {
    assert.equal(patternVictimLiterals([indicator('indicator--1', flow)]).size, 0);
    const both = indicator('indicator--2', "[ipv4-addr:value = '203.0.113.77'] OR [ipv4-addr:value = '203.0.113.5']");
    assert.equal(patternVictimLiterals([indicator('indicator--1', flow), both]).size, 0);
  });
  it('end to end: the device end leaves the pattern and the text, the C2 in the same /24 stays exact', () => {
    const out = run([
      sdo('indicator', 1, { pattern: flow, pattern_type: 'stix', valid_from: T, name: 'C2 session' }),
      sdo('indicator', 2, { pattern: "[url:value = 'http://203.0.113.5:8080/bins/arm7']", pattern_type: 'stix', valid_from: T }),
      sdo('note', 3, { content: 'firewall shows 203.0.113.77 in the session table', object_refs: ['indicator--1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e'] }),
    ]);
    assert.doesNotMatch(out, /203\.0\.113\.77/);
    assert.match(out, /dst_ref\.value = '203\.0\.113\.5'/);
  });
});

describe('MACs compared in hunting patterns', () => {
  it('are the compromised device\'s: dropped from the pattern, the observable, the text and the SLAAC address', () => {
    const out = run([
      sco('mac-addr', 1111, { value: '3c:22:fb:81:4e:07' }),
      sco('ipv6-addr', 2222, { value: '2001:db8:4a1:20:3e22:fbff:fe81:4e07' }),
      sdo('indicator', 1, { pattern: "[ipv4-addr:value = '198.51.100.9'] AND [mac-addr:value = '3c:22:fb:81:4e:07']", pattern_type: 'stix', valid_from: T, name: 'Hunt: camera to C2' }),
      sdo('note', 2, { content: 'camera MAC 3C22FB814E07 seen again', object_refs: ['indicator--1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e'] }),
    ]);
    assert.doesNotMatch(out, /3c:?22:?fb:?81:?4e:?07/i);
    assert.doesNotMatch(out, /3e22:fbff:fe81:4e07/);
    assert.match(out, /ipv4-addr:value = '198\.51\.100\.9'/);
  });
  it('unless a relationship makes that MAC the attacker\'s', () => {
    const mac = sco('mac-addr', 1111, { value: '3c:22:fb:81:4e:07' });
    const tool = sdo('tool', 3, { name: 'rogue access point' });
    const rel = sdo('relationship', 4, { relationship_type: 'consists-of', source_ref: tool.id, target_ref: mac.id });
    const hunt = indicator('indicator--1', "[mac-addr:value = '3c:22:fb:81:4e:07']");
    assert.equal(classifyObservables([mac, tool, rel, hunt] as StixObject[], {}, testScanner().ctx, () => '').get(mac.id)?.side, 'threat');
  });
});

describe('IOC lists', () => {
  const victim = sco('ipv4-addr', 1111, { value: '203.0.113.77' });
  const attacker = sco('ipv4-addr', 2222, { value: '203.0.113.5' });
  const flow = sco('network-traffic', 3333, { src_ref: victim.id, dst_ref: attacker.id, dst_port: 2323, protocols: ['tcp'] });
  // The previous line's "meter" is about the device, not the list below it.
  const report = '-- the heat meter contacted 198.51.100.14 --\n\nIOCs: 198.51.100.14, 203.0.113.5; evil.example';
  it('make every listed address the threat, so the other end of its traffic is the victim', () => {
    const sides = classifyObservables([victim, attacker, flow] as StixObject[], {}, testScanner().ctx, () => report);
    assert.equal(sides.get(attacker.id)?.side, 'threat');
  });
  it('end to end: the attacker stays exact in the observable and the list, the victim in its /24 does not', () => {
    const out = run([victim, attacker, flow, sdo('report', 1, { name: 'incident', published: T, description: report, object_refs: [flow.id] })]);
    assert.match(out, /"value":"203\.0\.113\.5"/);
    assert.match(out, /IOCs: 198\.51\.100\.14, 203\.0\.113\.5;/);
    assert.doesNotMatch(out, /203\.0\.113\.77/);
  });
});

describe('device records and RADIUS', () => {
  const scan = (text: string) => scanText(text, testScanner()).text;
  it('an address in a record that carries a MAC is the device\'s, even under a "c2" rule name', () => {
    const siem = '{"rule":{"name":"Mirai c2"},"src":{"ip":"198.51.100.23","mac":"3C22FB814E07","host":"cam-04"},"dst":{"ip":"203.0.113.5","port":23}}';
    assert.doesNotMatch(scan(siem), /198\.51\.100\.23/);
    // A signed webhook record's HMAC is no MAC: its C2 address stays.
    assert.match(scan('{"c2":"203.0.113.5","hmac":"9f2c1a"}'), /203\.0\.113\.5/);
  });
  it('a device named after its owner\'s login keeps no part of it ("j_smith-s-iPhone")', () => {
    assert.doesNotMatch(scan('lease 10.1.2.3 { client-hostname "j_smith7-s-iPhone"; }'), /smith/i);
  });
  it('the bare-hex MAC in Calling-Station-Id is tokenised; an all-digit one (an MSISDN) is not a MAC', () => {
    assert.match(scan('Acct-Status-Type = Interim-Update\nCalling-Station-Id = "3c22fb814e07"'), /\[MAC-1\]/);
    assert.doesNotMatch(scan('Calling-Station-Id = "491701234567"'), /\[MAC-/);
  });
});

describe("a RADIUS Called-Station-Id: the access point's MAC before its SSID", () => {
  const scan = (text: string) => scanText(text, testScanner()).text;
  it('hyphenated or bare, the MAC is taken and the SSID kept readable', () => {
    assert.equal(scan('Called-Station-Id = "00-1A-2B-3C-4D-5E:HomeNet-5G"'), 'Called-Station-Id = "[MAC-1]:HomeNet-5G"');
    assert.equal(scan('Called-Station-Id = "001A2B3C4D5E:HomeNet"'), 'Called-Station-Id = "[MAC-1]:HomeNet"');
  });
  it('not a colon-continued hex run elsewhere', () => {
    assert.equal(scan('sha prefix 001a2b3c4d5e:abc in the log'), 'sha prefix 001a2b3c4d5e:abc in the log');
  });
});
