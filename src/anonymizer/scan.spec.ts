import assert from 'node:assert/strict';
import { isIPv4 } from 'node:net';
import { describe, it } from 'node:test';
import { decode } from './decode';
import { Dictionary, fold, foldTerm } from './detectors/dictionary';
import type { ScanContext } from './detectors/finding';
import { eui64Mac, inCidr, ipv4ToInt, networkOf, nonRoutableBlock } from './ip';
import { anonymizePattern } from './pattern';
import { Pseudonymizer } from './pseudonyms';
import { scanText, type Scanner } from './scan';
import { prng } from './synthetic';

const KEY = Buffer.alloc(32, 7);

function scanner(protectedValues: string[] = [], terms: { term: string; kind: string; substring: boolean }[] = [], region?: 'DE' | 'FR' | 'GB' | 'JP' | 'US'): Scanner {
  const prot = new Set(protectedValues);
  const ctx: ScanContext = {
    mode: 'full',
    region,
    internalDomains: ['acme.example'],
    netblocks: ['198.51.100.0/28'],
    isProtected: (v) => prot.has(v),
    ipv4Prefix: 24,
    ipv6Prefix: 48,
    deviceIds: 'model',
  };
  return { ctx, dictionary: new Dictionary(terms), protectedValues, pseudonyms: new Pseudonymizer(KEY) };
}

const scan = (text: string, s = scanner()) => scanText(text, s).text;

describe('decode', () => {
  it('maps decoded characters back to the original span', () => {
    const d = decode('a%40b&#64;c[.]d hxxp://x');
    assert.equal(d.text, 'a@b@c.d http://x');
    assert.deepEqual([d.start![1], d.end![1]], [1, 4]);
  });
  it('leaves plain text alone without allocating a map', () => {
    assert.equal(decode('plain (text) [1]').start, null);
  });
});

describe('detectors (table)', () => {
  const cases: [string, string, RegExp, string?][] = [
    ['email', 'mail jane.doe@acme.example now', /mail \[EMAIL-1\] now/],
    ['defanged email', 'jane[at]gmail[.]com', /^\[EMAIL-1\]$/],
    ['percent-encoded email', 'u=jane%40gmail.com', /^u=\[EMAIL-1\]$/],
    ['private IPv4', 'gateway 192.168.1.20 down', /gateway \[PRIVATE-IP-1\] down/],
    ['registry IPv4 tokenised, never its prefix (whois would name the owner)', 'our host 198.51.100.7', /^our host \[IP-1\]$/],
    ['attacker IPv4 kept by context', 'attacker 203.0.113.5 scanned', /attacker 203\.0\.113\.5 scanned/],
    ['EUI-64 IPv6 generalised', 'device 2001:db8:1:2:21a:2bff:fe3c:4d5e seen', /device 2001:db8:1::\/48 seen/],
    ['MAC colon', 'MAC 00:1A:2B:3C:4D:5E', /MAC \[MAC-1\]/],
    ['MAC Cisco', 'mac 001a.2b3c.4d5e', /mac \[MAC-1\]/],
    ['MAC bare with context', 'wlan mac 001A2B3C4D5E', /\[MAC-1\]/],
    ['IMEI to TAC', 'IMEI 490154203237518', /IMEI \[IMEI-1:TAC=49015420\]/],
    ['ICCID', 'ICCID 8944501234567890125', /\[ICCID-1\]/],
    ['IBAN', 'IBAN DE89 3704 0044 0532 0130 00', /IBAN \[IBAN-1\]/],
    ['card', 'card 4111 1111 1111 1111', /card \[CARD-1\]/],
    ['VIN to WMI', 'VIN 1HGCM82633A004352', /\[VIN-1:WMI=1HG\]/],
    ['phone international', 'call +49 30 12345678', /call \[PHONE-1\]/],
    ['phone national with region', 'Tel. 030 12345678', /Tel\. \[PHONE-1\]/, 'DE'],
    ['premium-rate kept', 'fraud calls to +44 909 8790879', /\+44 909 8790879/],
    ['user path', 'C:\\Users\\jdoe\\AppData\\x.exe', /C:\\Users\\\[USER-1\]\\AppData\\x\.exe/],
    ['home path', 'cat /home/mmueller/.ssh/id_rsa', /\/home\/\[USER-1\]\/\.ssh/],
    ['AWS key', 'key AKIAIOSFODNN7EXAMPLE', /key \[SECRET-1\]/],
    ['GitHub token', 'ghp_abcdefghijklmnopqrstuvwxyz0123456789', /^\[SECRET-1\]$/],
    ['JWT', 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig123456', /\[SECRET-1\]/],
    ['password slot', 'password: hunter22!', /password: \[SECRET-1\]/],
    ['internal host', 'seen on meter07.corp and x.acme.example', /seen on \[HOST-1\] and \[HOST-2\]/],
    ['host naming', 'from LAPTOP-JDOE12 and Maria-s-iPhone', /from \[HOST-1\] and \[HOST-2\]/],
    ['coordinates', 'at 48.137154, 11.576124', /at \[COORDINATES-1\]/],
    ['DE address', 'in der Musterstraße 12, 04229 Leipzig.', /in der \[ADDRESS-1\]\./],
    ['UK postcode', 'London SW1A 1AA', /London \[ADDRESS-1\]/],
    ['US address', 'at 1600 Pennsylvania Avenue, Washington, DC 20500', /at \[ADDRESS-1\]/],
    ['FR address', 'au 12 rue de la Paix, 75002 Paris', /au \[ADDRESS-1\]/],
    ['JP address', '東京都千代田区千代田1丁目1番1号', /\[ADDRESS-1\]/],
    ['DOB', 'DOB: 1984-02-29', /DOB: \[DOB-1\]/],
    ['name slot', 'Name: Jane Doe', /Name: \[PERSON-1\]/],
    ['title', 'spoke to Herr Schneider', /Herr \[PERSON-1\]/],
    ['gazetteer', 'Thomas Becker opened the cabinet', /\[PERSON-1\] opened/],
    ['Japanese honorific', '山田太郎様に連絡', /\[PERSON-1\]様/],
    ['unknown given name + known surname', 'later Kwame Schneider checked the cabinet', /later \[PERSON-1\] checked/],
    ['unknown name before a reporting verb', 'the outage was seen when Kwame Mensah reported it', /when \[PERSON-1\] reported/],
    ['German reporting verb', 'Ayşe Demirci meldete den Ausfall', /^\[PERSON-1\] meldete/],
    ['title kept before a surname', 'Rückruf von Herr Schneider', /Herr \[PERSON-1\]/],
    ['time floored', 'at 2024-03-01T14:37:12.5+02:00', /at 2024-03-01T12:00Z/],
    ['time without zone keeps the following space', 'at 2024-03-01T14:37 the meter', /^at 2024-03-01T14:00Z the meter$/],
    ['serial slot', 'Zählernummer 1ESY1160123456', /Zählernummer \[SERIAL-1\]/],
    ['hostname slot', 'hostname: SCADA-HMI-01 rebooted', /hostname: \[HOST-1\] rebooted/],
    ['public C2 after a hostname label stays', 'C2 hostname: evil-c2.top', /evil-c2\.top/],
    ['unlabelled meter serial', 'the meter 1ESY1160123456 went offline', /meter \[SERIAL-1\] went/],
    ['unlabelled charger serial with dashes', 'charger EVB-3F2A-00917 rebooted', /charger \[SERIAL-1\] rebooted/],
    ['unlabelled PLC serial (FR)', "l'automate X9F22871 a redémarré", /automate \[SERIAL-1\] a/],
    ['unlabelled digits-only serial', 'Zähler 004471120398 meldet', /Zähler \[SERIAL-1\] meldet/],
    ['FR plate without label', 'vu AB-123-CD sur le parking', /vu \[PLATE-1\] sur/],
    ['DE plate near a vehicle word', 'Fahrzeug M-VA 4711 sendete', /Fahrzeug \[PLATE-1\] sendete/],
    ['UK plate near a vehicle word', 'the van AB12 CDE left the depot', /van \[PLATE-1\] left/],
    ['JP plate', '品川 300 あ 12-34 の車両', /\[PLATE-1\] の/],
  ];
  for (const [name, input, expected, region] of cases) {
    it(name, () => assert.match(scan(input, scanner([], [], region as 'DE' | undefined)), expected));
  }
});

describe('precision: threat data is not rewritten', () => {
  const keep = [
    'C2 at jane-doe-photography.top',
    'sha256 0b3f3c1c4a3b1e0e6f1f3b4e5d6c7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f',
    'exploits CVE-2023-46604 (CWE-502), T1486',
    'JA3 e7d705a3286e19ea42f587b344ee6865 on port 4443/tcp',
    'firmware version 1.2.3.4',
    'malware http://evil.example/gate.php',
  ];
  for (const t of keep) it(t, () => assert.equal(scan(t), t));
  const namesKeep = [
    'Schneider Electric devices and Johnson Controls units',
    'hosted near Industrial Park and Snow White',
    'Fancy Bear used the same loader as Sandworm Team',
    'Affected Wilson routers',
  ];
  for (const t of namesKeep) it(`organisations, products and actors are not persons: ${t}`, () => assert.equal(scan(t), t));
  it('a protected value ends at full-width punctuation in Japanese text (the C2 domain is not half-rewritten)', () => {
    const s = scanner(['thomas-schneider.online'], [{ term: 'Thomas', kind: 'PERSON', substring: false }]);
    assert.equal(scanText('攻撃者の C2 thomas-schneider.online（193.89.32.87）へ接続', s).text, '攻撃者の C2 thomas-schneider.online（193.89.32.87）へ接続');
  });
  const deviceContextKeep = [
    'gateway exploited via CVE-2023-46604 (CWE-502), T1486, TA0040, MS17-010',
    'router firmware 1.2.3.4 build 20240601 from AS212345',
    'meter beacons to the C2 at 2024-06-01T11:00Z with sample 0B3F3C1C4A3B1E0E6F1F3B4E5D6C7A8B',
    'the PLC runs S7-1500 with SHA-256 and AES-128',
    'modem sample mirai.arm7 drops x86_64 payload',
    'APT28 and UNC2452 and FIN7 target devices',
  ];
  for (const t of deviceContextKeep) it(`device context keeps threat ids: ${t}`, () => assert.equal(scan(t), t));
  it('a serial-shaped token without a device word nearby is not touched (a plate without a vehicle word neither)', () => {
    assert.equal(scan('order X9F22871 shipped'), 'order X9F22871 shipped');
    assert.equal(scan('see M-VA 4711'), 'see M-VA 4711');
  });
  it('a protected threat actor name that looks like a person survives', () => {
    assert.equal(scan('operated by Sandra Brooks', scanner(['sandra brooks'])), 'operated by Sandra Brooks');
  });
  it('victim query parameters are removed from a threat URL, the rest kept', () => {
    assert.equal(scan('http://evil.example/p?email=a@b.example&lang=en'), 'http://evil.example/p?email=[EMAIL-1]&lang=en');
  });
});

describe('dictionary', () => {
  it('is case-, diacritic- and separator-insensitive', () => {
    const d = new Dictionary([{ term: 'Müller', kind: 'PERSON', substring: false }]);
    for (const t of ['Herr Müller', 'Herr MUELLER', 'Herr Muller', 'herr müller']) assert.equal(d.find({ text: t }).length, 1, t);
    assert.equal(d.find({ text: 'Müllerei' }).length, 0);
  });
  it('supports wildcards', () => {
    const d = new Dictionary([{ term: 'PRJ-*', kind: 'REDACTED', substring: false }]);
    assert.equal(scanText('see PRJ-4471 now', { ...scanner(), dictionary: d }).text, 'see [REDACTED-1] now');
  });
  it('folds with offsets', () => assert.equal(fold('Ä-b').text, 'a b'));
  it('folds ASCII terms on its fast path exactly as the full fold', () => {
    const rnd = prng(11);
    const alphabet = ['a', 'e', 'E', 'o', 'O', 'u', 'U', 'A', ' ', '-', '_', '.', '\t', '\n', '\r', '\v', 'x', 'Z', '1', '@'];
    for (let n = 0; n < 20000; n++) {
      let t = '';
      for (let i = Math.floor(rnd() * 12); i > 0; i--) t += alphabet[Math.floor(rnd() * alphabet.length)];
      assert.equal(foldTerm(t), fold(t).text.trim(), JSON.stringify(t));
    }
  });
  it('the ASCII pre-check never hides a hit the fold would find', () => {
    const d = new Dictionary([
      { term: 'Acme Metering GmbH', kind: 'ORG', substring: true },
      { term: 'Ødegård', kind: 'PERSON', substring: false },
      { term: 'Schröder', kind: 'PERSON', substring: false },
    ]);
    const hits = ['ACME-metering_gmbh', 'acme.metering  gmbh', 'acme\tmetering\tgmbh', 'Herr Schroeder', 'Herr SCHRODER', 'Herr Schröder', 'Odegard said'];
    for (const t of hits) assert.equal(d.find({ text: t }).length > 0, true, t);
    for (const t of ['acme metering', 'Schrader', 'Odegar']) assert.equal(d.find({ text: t }).length, 0, t);
  });
  it('the pre-check of keys without a three-letter anchor allows the e the fold drops after a, o, u', () => {
    // 'tanaka' and 'sakurabox' split at every a/o/u into pieces too short to be anchors.
    const d = new Dictionary([
      { term: 'Tanaka', kind: 'PERSON', substring: false },
      { term: 'SakuraBox', kind: 'ORG', substring: false },
    ]);
    for (const t of ['Herr TAENAKA', 'Frau Tanaka', 'the Sakuraebox', 'SAKUERAEBOX router', 'Tanaka\nSakuraBox']) {
      assert.equal(d.find({ text: t }).length > 0, true, t);
      assert.equal(d.mayFind(t), true, t);
    }
    // Regex syntax in a key is literal text ("https://a.example/x?id=1", "c++ (beta)").
    const special = new Dictionary([{ term: 'https://a.example/x?id=1', kind: 'URL', substring: false }, { term: 'c++ (beta)$', kind: 'PRODUCT', substring: false }]);
    assert.equal(special.find({ text: 'see https://a.example/x?id=1 now' }).length, 1);
    assert.equal(special.find({ text: 'runs C++ (Beta)$ here' }).length, 1);
    assert.equal(special.find({ text: 'https://a.example/xxid=1 and c+ (beta)' }).length, 0);
    for (const t of ['Tanak', 'Tanoka', 'Sakura Box', 'sakurabo']) {
      assert.equal(d.find({ text: t }).length, 0, t);
      assert.equal(d.mayFind(t), false, t);
    }
  });
});

describe('dictionary pre-check over many lines', () => {
  it('agrees with find on every case, including keys that span lines and non-ASCII keys', () => {
    const d = new Dictionary([
      { term: 'Acme Metering GmbH', kind: 'ORG', substring: true },
      { term: 'サクラ電力', kind: 'ORG', substring: true },
      { term: 'Énergie Sud', kind: 'ORG', substring: true },
    ]);
    const texts = ['id\nAcme\nMetering GmbH', 'nothing here\n2024-06-01', '東京\nサクラ電力の', 'ENERGIE-SUD', 'énergie\nsud', 'acme metering', 'Grüße\nnur Text'];
    for (const t of texts) assert.equal(d.mayFind(t) || d.find({ text: t }).length === 0, true, t);
    assert.equal(d.mayFind('nothing here\n2024-06-01\nGrüße'), false);
    // A key whose folded hit spans an ASCII and a non-ASCII line, or lines holding only a
    // separator or a combining mark that the fold drops.
    const split = new Dictionary([
      { term: 'Métro Acmecorp', kind: 'ORG', substring: true },
      { term: 'Ab Cd', kind: 'ORG', substring: true },
    ]);
    for (const t of ['Métro\nacmecorp', 'x\nMETRO\nacmecorp ü', 'ab\n·\ncd é', 'ab\u00a0cd é']) {
      assert.equal(split.find({ text: t }).length > 0, true, t);
      assert.equal(split.mayFind(t), true, t);
    }
    for (const t of ['ab\n\u0301\ncd é', 'Métro\nacme', 'métro acme\ncorp']) assert.equal(split.mayFind(t) || split.find({ text: t }).length === 0, true, t);
    assert.equal(d.mayFind('x\nAcme\nMetering GmbH'), true);
  });
  it('never says no where find has a hit (random texts of key parts, separators, line breaks and accents)', () => {
    const terms = ['Métro Acmecorp', 'Sakura Cable KK', 'sakura-cable.jp', 'Tanaka', 'Müller Strom', 'サクラ電力', 'Øde Gård'];
    const d = new Dictionary(terms.map((term) => ({ term, kind: 'ORG', substring: true })));
    const parts = ['métro', 'METRO', 'acmecorp', 'sakura', 'sakuera', 'cable', 'kk', 'jp', 'tanaka', 'taenaka', 'müller', 'mueller', 'strom', 'サクラ', '電力', 'øde', 'gard', '.', '-', ' ', '\n', '·', '\u00a0', 'é', 'x'];
    const rnd = prng(5);
    let hits = 0;
    for (let n = 0; n < 5000; n++) {
      let t = '';
      for (let i = 1 + Math.floor(rnd() * 8); i > 0; i--) t += parts[Math.floor(rnd() * parts.length)];
      if (d.find({ text: t }).length === 0) continue;
      hits++;
      assert.equal(d.mayFind(t), true, JSON.stringify(t));
    }
    assert.ok(hits > 100);
  });
});

describe('protect list', () => {
  it('finds the earliest-listed whole-token value at each token start, among thousands sharing a prefix', () => {
    const urls = Array.from({ length: 3000 }, (_, i) => `http://update.top/gate/${i}.php`);
    const s = scanner([...urls, 'http://update.top/gate', 'update.top'].sort((a, b) => b.length - a.length));
    const text = 'beacons to http://update.top/gate/2999.php and http://update.top/gate/30000.php, see update.top';
    const r = scanText(text, { ...s, detectors: [] });
    assert.equal(r.text, text);
    const kept = (v: string) => scanText(v, s, 'full').text;
    assert.equal(kept('jane@update.top'), '[EMAIL-1]');
    assert.equal(kept('http://update.top/gate/17.php?email=a@b.example'), 'http://update.top/gate/17.php?email=[EMAIL-2]');
  });
});

describe('ip', () => {
  it('classifies and generalises', () => {
    assert.equal(nonRoutableBlock('100.64.3.3'), '100.64.0.0/10');
    assert.equal(nonRoutableBlock('192.0.2.1'), null);
    assert.equal(networkOf('203.0.113.77', 24), '203.0.113.0/24');
    assert.ok(inCidr('2001:db8::1', '2001:db8::/32'));
    assert.equal(eui64Mac('fe80::21a:2bff:fe3c:4d5e'), '00:1a:2b:3c:4d:5e');
  });
  it('parses IPv4 exactly as net.isIPv4 accepts it', () => {
    const rnd = prng(11);
    const octet = () => {
      const r = rnd();
      return r < 0.2 ? `0${Math.floor(rnd() * 30)}` : r < 0.3 ? '' : r < 0.35 ? '1234' : r < 0.4 ? 'a' : String(Math.floor(rnd() * 300));
    };
    for (let i = 0; i < 20000; i++) {
      const s = Array.from({ length: 2 + Math.floor(rnd() * 4) }, octet).join('.');
      assert.equal(ipv4ToInt(s) !== null, isIPv4(s), s);
      if (isIPv4(s)) assert.equal(ipv4ToInt(s), s.split('.').reduce((n, o) => n * 256 + Number(o), 0), s);
    }
  });
});

describe('pseudonyms', () => {
  it('keeps one token per value and recognises its own ids', () => {
    const p = new Pseudonymizer(KEY);
    assert.equal(p.token('EMAIL', 'a@b'), '[EMAIL-1]');
    assert.equal(p.token('EMAIL', 'c@d'), '[EMAIL-2]');
    assert.equal(p.token('EMAIL', 'a@b'), '[EMAIL-1]');
    const id = p.objectId('indicator--11111111-2222-4333-8444-555555555555');
    assert.match(id, /^indicator--[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.equal(new Pseudonymizer(KEY).objectId(id), id);
    assert.notEqual(new Pseudonymizer(Buffer.alloc(32, 8)).objectId('indicator--11111111-2222-4333-8444-555555555555'), id);
  });
});

describe('pattern rewriting', () => {
  const victim = (v: string) => (v.startsWith('10.') ? { action: 'drop' as const, reason: 'victim' } : v.includes('?u=') ? { action: 'rewrite' as const, value: v.replace(/u=.*/, 'u=[EMAIL-1]'), reason: 'query' } : { action: 'keep' as const });
  it('drops a victim comparison from AND and re-parses', () => {
    const r = anonymizePattern("[ipv4-addr:value = '10.0.0.1' AND network-traffic:dst_port = 502]", victim);
    assert.equal(r.pattern, '[network-traffic:dst_port = 502]');
    assert.equal(r.dropped[0].broadened, true);
  });
  it('drops the indicator when nothing is left', () => {
    assert.equal(anonymizePattern("[ipv4-addr:value = '10.0.0.1']", victim).pattern, null);
  });
  it('turns a personalised URL into LIKE', () => {
    assert.equal(anonymizePattern("[url:value = 'http://e.example/x?u=a@b.c']", victim).pattern, "[url:value LIKE 'http://e.example/x?u=%']");
  });
  it('leaves threat-only patterns untouched', () => {
    const p = "[domain-name:value = 'evil.example'] OR [ipv4-addr:value = '203.0.113.1']";
    assert.deepEqual(anonymizePattern(p, victim), { pattern: p, changed: false, dropped: [], likened: [] });
  });
});
