import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyObservables } from './classify';
import { anonymize, createKeyring, DEFAULT_POLICY } from './index';
import { scanText } from './scan';
import type { StixObject } from './types';
import { testScanner } from './test-scanner';

// The customer's own network and devices as support and forensics teams paste them: the WAN
// address of the line a device beacons from, netfilter logs, home-router host names, numbers in
// native digits. Each case failed before its fix.

const scan = (text: string, region?: 'EG' | 'IN') => scanText(text, testScanner({ region })).text;
const T = '2024-03-04T05:06:07.000Z';

describe('traffic direction before context words', () => {
  const device: StixObject = { type: 'ipv4-addr', spec_version: '2.1', id: 'ipv4-addr--a', value: '198.51.100.23' };
  const c2: StixObject = { type: 'ipv4-addr', spec_version: '2.1', id: 'ipv4-addr--b', value: '203.0.113.5' };
  const infra: StixObject = { type: 'infrastructure', spec_version: '2.1', id: 'infrastructure--1', name: 'C2' };
  const rel: StixObject = { type: 'relationship', spec_version: '2.1', id: 'relationship--1', relationship_type: 'consists-of', source_ref: infra.id, target_ref: c2.id };
  const flow: StixObject = { type: 'network-traffic', spec_version: '2.1', id: 'network-traffic--1', src_ref: device.id, dst_ref: c2.id, dst_port: 8883, protocols: ['tcp'] };
  // The chat around the device's address is about the beaconing: context words alone said threat.
  const chat = 'wallbox keeps beaconing, its line is 198.51.100.23 per the CPE';

  it('the source of traffic to a known C2 is the victim, whatever words surround it', () => {
    const sides = classifyObservables([device, c2, infra, rel, flow], {}, testScanner().ctx, () => chat);
    assert.equal(sides.get(device.id)?.side, 'victim');
    assert.equal(sides.get(c2.id)?.side, 'threat');
  });
  it('the target of a known scanner is the victim', () => {
    const scanFlow = { ...flow, src_ref: c2.id, dst_ref: device.id };
    const sides = classifyObservables([device, c2, infra, rel, scanFlow], {}, testScanner().ctx, () => chat);
    assert.equal(sides.get(device.id)?.side, 'victim');
  });
  it('but the far end of a victim\'s traffic stays the victim\'s where words say so', () => {
    const lan: StixObject = { type: 'ipv4-addr', spec_version: '2.1', id: 'ipv4-addr--c', value: '10.20.0.5' };
    const web: StixObject = { type: 'ipv4-addr', spec_version: '2.1', id: 'ipv4-addr--d', value: '198.51.100.80' };
    const toWeb: StixObject = { type: 'network-traffic', spec_version: '2.1', id: 'network-traffic--2', src_ref: lan.id, dst_ref: web.id, dst_port: 443, protocols: ['tcp'] };
    const sides = classifyObservables([lan, web, toWeb], {}, testScanner().ctx, () => 'the backup job copies to our web server 198.51.100.80 nightly');
    assert.equal(sides.get(web.id)?.side, 'victim');
  });
  it('end to end: the device address is generalised everywhere, an attacker address in the same /24 survives exactly', () => {
    const identity = { type: 'identity', spec_version: '2.1', id: 'identity--0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d', created: T, modified: T, name: 'Voltaris Charging', identity_class: 'organization' };
    const sdo = (type: string, id: string, rest: Record<string, unknown>) => ({ type, spec_version: '2.1', id, created: T, modified: T, created_by_ref: identity.id, ...rest });
    const b = {
      type: 'bundle',
      id: 'bundle--6a1f2e3d-4c5b-4a69-8877-665544332211',
      objects: [
        identity,
        { type: 'ipv4-addr', spec_version: '2.1', id: 'ipv4-addr--0b6f7c3e-1111-5222-8333-444455556666', value: '198.51.100.23' },
        { type: 'ipv4-addr', spec_version: '2.1', id: 'ipv4-addr--0b6f7c3e-1111-5222-8333-444455557777', value: '203.0.113.5' },
        { type: 'network-traffic', spec_version: '2.1', id: 'network-traffic--0b6f7c3e-1111-5222-8333-444455558888', src_ref: 'ipv4-addr--0b6f7c3e-1111-5222-8333-444455556666', dst_ref: 'ipv4-addr--0b6f7c3e-1111-5222-8333-444455557777', dst_port: 8883, protocols: ['tcp'] },
        sdo('infrastructure', 'infrastructure--1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e', { name: 'MQTT C2' }),
        sdo('relationship', 'relationship--2b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e', { relationship_type: 'consists-of', source_ref: 'infrastructure--1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e', target_ref: 'ipv4-addr--0b6f7c3e-1111-5222-8333-444455557777' }),
        sdo('indicator', 'indicator--3b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e', { pattern: "[ipv4-addr:value = '198.51.100.201']", pattern_type: 'stix', valid_from: T, description: 'second C2 node, same provider block' }),
        sdo('note', 'note--4b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e', { content: 'wallbox keeps beaconing, its line is 198.51.100.23 per the CPE', object_refs: ['infrastructure--1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e'] }),
      ],
    };
    const out = JSON.stringify(anonymize(b, DEFAULT_POLICY, createKeyring('e0e1e2e3e4e5e6e7e8e9eaebecedeeef'), {}, { now: T }).bundle);
    assert.doesNotMatch(out, /198\.51\.100\.23\b/);
    assert.match(out, /198\.51\.100\.0\/24/);
    assert.match(out, /'198\.51\.100\.201'/);
    assert.match(out, /"203\.0\.113\.5"/);
  });
});

describe('victim addresses marked in text', () => {
  it('a WAN label, even with threat words in the same message', () => {
    assert.equal(scan('[10:40] soc: EV charger is beaconing again. WAN 198.51.100.23 / LAN 192.168.178.20'), '[10:40] soc: EV charger is beaconing again. WAN 198.51.100.0/24 / LAN [PRIVATE-IP-1]');
    assert.equal(scan('{"event":"session","wan_ip":"198.51.100.23","c2":"203.0.113.5"}'), '{"event":"session","wan_ip":"198.51.100.0/24","c2":"203.0.113.5"}');
  });
  it('but not the attacker\'s public address, nor a web server log\'s remote client', () => {
    assert.equal(scan('C2 public IP: 203.0.113.5, beaconing every 60 s'), 'C2 public IP: 203.0.113.5, beaconing every 60 s');
    assert.equal(scan('ModSecurity: attacker probing [client 203.0.113.5] blocked'), 'ModSecurity: attacker probing [client 203.0.113.5] blocked');
  });
  it('the local end of a netfilter log line: SRC of a sent packet, DST of a received one', () => {
    assert.equal(scan('malware beacon: OUT=ppp0 SRC=198.51.100.23 DST=203.0.113.5 PROTO=TCP DPT=4444'), 'malware beacon: OUT=ppp0 SRC=198.51.100.0/24 DST=203.0.113.5 PROTO=TCP DPT=4444');
    assert.equal(scan('telnet scanner hit us: IN=ppp0 OUT= SRC=203.0.113.5 DST=198.51.100.23 PROTO=TCP DPT=23'), 'telnet scanner hit us: IN=ppp0 OUT= SRC=203.0.113.5 DST=198.51.100.0/24 PROTO=TCP DPT=23');
  });
  it('a forwarded packet decides nothing', () => {
    assert.equal(scan('forwarded by the botnet: IN=eth0 OUT=eth1 SRC=203.0.113.5 DST=203.0.113.77'), 'forwarded by the botnet: IN=eth0 OUT=eth1 SRC=203.0.113.5 DST=203.0.113.77');
  });
});

describe('hosts on a home or company LAN', () => {
  it('home-router DNS suffixes and the German and Nordic "intern"', () => {
    assert.equal(scan('image of maria-laptop.fritz.box and kemal-pc.home, jump host srv-12.lager.intern; C2 update-home.top'), 'image of [HOST-1] and [HOST-2], jump host [HOST-3]; C2 update-home.top');
  });
  it('a home NAS named after its owner, as a sample\'s argument', () => {
    assert.equal(scan('"mips.bin" --host weber-nas --c2 relay-e24c.live'), '"mips.bin" --host [HOST-1] --c2 relay-e24c.live');
  });
});

describe('the host that logged a syslog line', () => {
  it('is the victim\'s machine, named after its owner, in both syslog formats', () => {
    assert.equal(
      scan('<38>1 2024-12-11T03:00:00Z amelie-laptop sshd 429 - - session opened\nMay  3 10:01:02 joaquin-pc cron[22]: job started'),
      '<38>1 2024-12-11T03:00Z [HOST-1] sshd 429 - - session opened\nMay  3 10:01:02 [HOST-2] cron[22]: job started',
    );
  });
});

describe('numbers in native digits', () => {
  it('an Egyptian mobile number in Arabic-Indic digits', () => {
    assert.equal(scan('اتصلت العميلة من الرقم ٠١٠ ٥٤٦٨ ٣٣٢٧ وأفادت بأن الجهاز يعيد التشغيل', 'EG'), 'اتصلت العميلة من الرقم [PHONE-1] وأفادت بأن الجهاز يعيد التشغيل');
  });
});

describe('accounts that own a home directory', () => {
  const account: StixObject = { type: 'user-account', spec_version: '2.1', id: 'user-account--5b0e7c5e-1d42-5e5b-9a59-2f6f3a8b1c01', account_login: 'mkowalska', account_type: 'windows-local' };
  const indicator: StixObject = {
    type: 'indicator', spec_version: '2.1', id: 'indicator--8d3c1a52-7f4e-4b9a-a1c2-3e5f6a7b8c90', created: T, modified: T, pattern_type: 'stix', valid_from: T,
    pattern: "[user-account:account_login = 'mkowalska' AND file:hashes.'SHA-256' = 'aa11bb22cc33dd44ee55ff6677889900aa11bb22cc33dd44ee55ff6677889900']",
  };
  const dir: StixObject = { type: 'directory', spec_version: '2.1', id: 'directory--2a7c9e14-6b3d-5f8a-9c1e-4d5f6a7b8c92', path: 'C:\\Users\\mkowalska\\AppData\\Roaming' };

  it('is the victim\'s even where a pattern compares it', () => {
    assert.equal(classifyObservables([account, indicator, dir], {}, testScanner().ctx, () => '').get(account.id)?.side, 'victim');
    // Without the home directory the pattern still makes it the threat's.
    assert.equal(classifyObservables([account, indicator], {}, testScanner().ctx, () => '').get(account.id)?.side, 'threat');
  });
  it('so the login leaves the path, the account and the pattern', () => {
    const bundle = { type: 'bundle' as const, id: 'bundle--0c4b2a19-5e6f-4a7b-8c9d-0e1f2a3b4c5d', objects: [account, indicator, dir] };
    const out = JSON.stringify(anonymize(bundle, DEFAULT_POLICY, createKeyring('000102030405060708090a0b0c0d0e0f'), {}).bundle);
    assert.doesNotMatch(out, /mkowalska/);
    assert.match(out, /aa11bb22cc33dd44ee55ff6677889900aa11bb22cc33dd44ee55ff6677889900/);
  });
});

describe('SLAAC addresses', () => {
  it('an EUI-64 IPv6 observable is a device\'s, whatever words follow it', () => {
    const addr: StixObject = { type: 'ipv6-addr', spec_version: '2.1', id: 'ipv6-addr--e', value: '2001:db8:7250:9cef:82ad:26ff:fe7c:d4a8' };
    const other: StixObject = { type: 'ipv6-addr', spec_version: '2.1', id: 'ipv6-addr--f', value: '2001:db8:dead:beef::25' };
    const text = 'ipv6: 2001:db8:7250:9cef:82ad:26ff:fe7c:d4a8\nthreat:\n  c2: 2001:db8:dead:beef::25';
    const sides = classifyObservables([addr, other], {}, testScanner().ctx, () => text);
    assert.equal(sides.get(addr.id)?.side, 'victim');
    assert.notEqual(sides.get(other.id)?.side, 'victim');
  });
});
