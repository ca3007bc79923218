import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { belgianCheck, clabeCheck, curpCheck, taiwanIdCheck, verhoeff } from './detectors/national-ids';
import { labelledIdKind } from './detectors/labelled-ids';
import { anonymize, createKeyring, DEFAULT_POLICY } from './index';
import { scanProtected as scan } from './test-scanner';

// Identifier classes of the eighth review: national, health, payment and metering numbers that
// only their label (or their own check digit) tells apart, in the places support tools put the
// label; tracker keys in titles; and the threat values next to them.

describe('check digits of national numbers', () => {
  it('accepts valid numbers and rejects one changed digit', () => {
    assert.ok(verhoeff('397148265031'));
    assert.ok(!verhoeff('397148265030'));
    assert.ok(belgianCheck('85073003328'));
    assert.ok(!belgianCheck('85073003329'));
    assert.ok(curpCheck('GOMJ750214HDFRRN01'));
    assert.ok(!curpCheck('GOMJ750214HDFRRN02'));
    assert.ok(taiwanIdCheck('F231097586'));
    assert.ok(!taiwanIdCheck('F231097587'));
    assert.ok(clabeCheck('072180004512345673'));
    assert.ok(!clabeCheck('072180004512345674'));
  });
});

describe('national numbers by their format and check digit', () => {
  it('CURP, Belgian national number, Aadhaar, NINO and Taiwanese id without a label', () => {
    assert.equal(scan('titular GOMJ750214HDFRRN01, rijksregister 85.07.30-033.28'), 'titular [NATIONAL-ID-1], rijksregister [NATIONAL-ID-2]');
    assert.equal(scan('holder 3971 4826 5031 called; NI JK 40 12 77 C; 身分 F231097586'), 'holder [NATIONAL-ID-1] called; NI [NATIONAL-ID-2]; 身分 [NATIONAL-ID-3]');
  });
  it('leaves numbers of the same shape whose check digit fails', () => {
    assert.equal(scan('batch 3971 4826 5030 and lot F231097587'), 'batch 3971 4826 5030 and lot F231097587');
  });
});

describe('labelled personal numbers in every placement', () => {
  it('a colon, a dotted leader, padded columns and the next line', () => {
    assert.equal(scan('SSN: 219-09-9999; PESEL ........ 02270803628\n  Aadhaar            2345 6789 0124'), 'SSN: [NATIONAL-ID-1]; PESEL ........ [NATIONAL-ID-2]\n  Aadhaar            [NATIONAL-ID-3]');
    assert.equal(scan('Kimlik No:\n10000000146; Date of\nbirth: 03/11/1971'), 'Kimlik No:\n[NATIONAL-ID-1]; Date of\nbirth: [DOB-1]');
  });
  it('a question answered on the next line of a call transcript', () => {
    assert.equal(scan('Agent: BSN?\nCaller: 111222333\nAgent: Kenteken?\nCaller: 52-KX-7H'), 'Agent: BSN?\nCaller: [NATIONAL-ID-1]\nAgent: Kenteken?\nCaller: [PLATE-1]');
  });
  it('keys of JSON, YAML and key=value records, and a bilingual label', () => {
    assert.equal(scan('{"mid":"120395887731","tid":"KQ20341187"}'), '{"mid":"[MERCHANT-ID-1]","tid":"[TERMINAL-ID-1]"}');
    assert.equal(scan('mpan: "1200051234560"\nrfid_uid=04:A2:19:7F:55:80:1C'), 'mpan: "[METER-POINT-1]"\nrfid_uid=[SERIAL-1]');
    assert.equal(scan('Rekam medis / mrn: RM-0082211'), 'Rekam medis / mrn: [MRN-1]');
  });
  it('health, payment, smart-card and metering numbers in several languages', () => {
    assert.equal(scan('MRN: MRN 20471733, 病歷號: 0034215-7'), 'MRN: [MRN-1], 病歷號: [MRN-2]');
    assert.equal(scan('Smartcard: 12 3456 78901 2; Zählpunkt: AT0010000000000000001000004321987'), 'Smartcard: [SERIAL-1]; Zählpunkt: [METER-POINT-1]');
    assert.equal(scan('CLABE: 072180004512345673, Contract ref ........ 481.220.903'), 'CLABE: [BANK-ACCOUNT-1], Contract ref ........ [CONTRACT-1]');
    assert.equal(scan('出生日期: 民國72年3月9日'), '出生日期: [DOB-1]');
  });
  it('the next cell of an HTML table row, an Indian PAN, a vehicle registration', () => {
    assert.equal(scan('<tr><td>DNI</td><td>47291835K</td></tr><tr><td>Rego</td><td>XKQ-72P</td></tr>'), '<tr><td>DNI</td><td>[NATIONAL-ID-1]</td></tr><tr><td>Rego</td><td>[PLATE-1]</td></tr>');
    assert.equal(scan('PAN no.: BQRPK5521L, Vehicle No.: MH 12 AB 4821'), 'PAN no.: [NATIONAL-ID-1], Vehicle No.: [PLATE-1]');
  });
  it('serials after their label in a leader or a transcript, a domestic card number by Luhn', () => {
    assert.equal(scan('Seriennr. ........ KX7-2231998\nAgent: Matricola?\nCaller: TRV-4410923'), 'Seriennr. ........ [SERIAL-1]\nAgent: Matricola?\nCaller: [SERIAL-2]');
    assert.equal(scan('카드번호: 9400 1234 5678 9012, card no. 9400 1234 5678 9010'), '카드번호: [CARD-1], card no. 9400 1234 5678 9010');
  });
  it('a grouped number wrapped onto the next line stays one value', () => {
    assert.equal(scan('reports it. Smartcard: 55\n1203 44821 9; thanks'), 'reports it. Smartcard: [SERIAL-1]; thanks');
  });
  it('column headers name the same kinds', () => {
    assert.equal(labelledIdKind('MID'), 'MERCHANT-ID');
    assert.equal(labelledIdKind('national_id'), 'NATIONAL-ID');
    assert.equal(labelledIdKind('Source'), undefined);
    assert.equal(labelledIdKind('Service address'), 'ADDRESS');
    assert.equal(labelledIdKind('Leveringsadres'), 'ADDRESS');
    assert.equal(labelledIdKind('IP address'), undefined);
    assert.equal(labelledIdKind('E-Mail-Adresse'), undefined);
  });
});

describe('what the labels must not take', () => {
  it('a thread id, a date, a version, a board and short words in prose', () => {
    assert.equal(scan('kernel: tid 48213 exited; pid=4821 tid=4822'), 'kernel: tid 48213 exited; pid=4821 tid=4822');
    assert.equal(scan('EAN 4006381333931 on the box; EAN-code: 871687400012345678'), 'EAN 4006381333931 on the box; EAN-code: [METER-POINT-1]');
    assert.equal(scan('the contract 2024 renewal; firmware placa ASUS B450; nie 12345678 razy'), 'the contract 2024 renewal; firmware placa ASUS B450; nie 12345678 razy');
  });
  it('threat values next to a label survive', () => {
    const hash = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
    assert.equal(scan(`MID: ${hash} CVE-2024-3400 port 8443`), `MID: ${hash} CVE-2024-3400 port 8443`);
    assert.equal(scan('SSN: 219-09-9999 via evil-c2.top', ['219-09-9999']), 'SSN: 219-09-9999 via evil-c2.top');
  });
});

describe('tracker keys in brackets', () => {
  it('Jira, help-desk, work-order and Dynamics keys in a title', () => {
    assert.equal(scan('Suspected Mirai on gateway GW-7 [OPS-48213]'), 'Suspected Mirai on gateway GW-7 [[CASE-ID-1]]');
    assert.equal(scan('Meter fleet beaconing (HD#220417) [WO-2024118830] [CAS-20481-QWERTY]'), 'Meter fleet beaconing ([CASE-ID-1]) [[CASE-ID-2]] [[CASE-ID-3]]');
  });
  it('public ids in brackets and this library\'s own tokens stay', () => {
    assert.equal(scan('patched [CVE-2024-3400] per [ICSA-24-1234] and [SHA-256]'), 'patched [CVE-2024-3400] per [ICSA-24-1234] and [SHA-256]');
    assert.equal(scan('called by [PERSON-1204] about [PHONE-3]'), 'called by [PERSON-1204] about [PHONE-3]');
  });
});

describe('street addresses after place labels and by CJK structure', () => {
  it('where a unit ships from, was seized or installed', () => {
    assert.equal(scan('Ship-from: 18 W 3rd St, Fargo, ND 58102'), 'Ship-from: [ADDRESS-1]');
    assert.equal(scan('Please collect: premises Plot 12, Green Park Colony, Ring Road, Pune 411001, Serial XK-2219'), 'Please collect: premises [ADDRESS-1], Serial [SERIAL-1]');
    assert.equal(scan('Standort: Hauptplatz 7/3, 8010 Graz GPS ok'), 'Standort: [ADDRESS-1] GPS ok');
  });
  it('an Eircode closing an address line', () => {
    assert.equal(scan('Unit at 7 Mill Lane, Ennis, V95 T2XK today'), 'Unit at [ADDRESS-1], Ennis, [ADDRESS-2] today');
  });
  it('a Taiwanese address without a label, with its floor', () => {
    assert.equal(scan('寄件地址 220新北市板橋區文化路一段55號3樓，謝謝'), '寄件地址 [ADDRESS-1]，謝謝');
  });
  it('a site that is a name, a URL or a time is not an address', () => {
    assert.equal(scan('Site: Northside Clinic; site: https://evil.example/a 1234, x; seized at 10:00, room B'), 'Site: Northside Clinic; site: https://evil.example/a 1234, x; seized at 10:00, room B');
  });
});

describe('identifiers of a dropped identity', () => {
  it('are removed where they stand elsewhere, as in a lure\'s subject', () => {
    const T = '2024-05-01T10:11:12.345Z';
    const customer = { type: 'identity', spec_version: '2.1', id: 'identity--7d1c2a4e-4b5f-4c6d-8e7f-901a2b3c4d5e', created: T, modified: T, name: 'R. Vance', identity_class: 'individual', description: 'Customer no. 55012938417' };
    const mail = { type: 'email-message', spec_version: '2.1', id: 'email-message--0b9a8c7d-6e5f-5a4b-8c3d-2e1f0a9b8c7d', is_multipart: false, subject: 'Your invoice 55012938417 is overdue' };
    const b = { type: 'bundle', id: 'bundle--6a1f2e3d-4c5b-4a69-8877-665544332211', objects: [customer, mail] };
    const out = anonymize(b, DEFAULT_POLICY, createKeyring('e0e1e2e3e4e5e6e7e8e9eaebecedeeef'), {}, { now: '2024-06-01T00:00:00Z' }).bundle;
    const subject = out.objects.find((o) => o.type === 'email-message')?.subject as string;
    assert.equal(subject, 'Your invoice [CUSTOMER-ID-1] is overdue');
  });
});

describe('a place label before a UK address', () => {
  it('ends the address at its postcode, so the next sentence is not swallowed and the address is not lost to it', () => {
    assert.equal(scan('ship-from: Unit 4, Calder Park, Wakefield WF2 7AW. Charging card UID: 04A2B3C4D5E6F7'), 'ship-from: [ADDRESS-1]. Charging card UID: [SERIAL-1]');
  });
});

describe('health-insurance card numbers after their label', () => {
  it('in several languages', () => {
    assert.doesNotMatch(scan('parte lesa, tessera sanitaria 80380001230123456789 indirizzo'), /80380001230123456789/);
    assert.doesNotMatch(scan('NHS number: 943 476 5919'), /943 476 5919/);
    assert.doesNotMatch(scan('Carte Vitale : 1 85 05 78 006 084'), /78 006 084/);
  });
  it('not the card word without its number', () => {
    assert.equal(scan('the NHS number format is 10 digits'), 'the NHS number format is 10 digits');
  });
});
