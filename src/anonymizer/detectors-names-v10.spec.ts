import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { emptyBundleStaff, learnFromText } from './bundle-staff';
import { anonymize, createKeyring, DEFAULT_POLICY } from './index';
import { surnameAfter } from './name-variants';
import { scanProtected } from './test-scanner';
import type { StixObject } from './types';

// Person names and logins in the layouts of the tenth review: messenger exports with the day before
// the time, police ranks, victims and policy holders, a letter's writer naming themself, notes in
// table cells, RADIUS attributes and device names built from a login, and a given name shared by
// two people. The traps of each block (products, malware, notes, ordinary words) must keep passing.

const scan = scanProtected;
const KEY = createKeyring('a0a1a2a3a4a5a6a7a8a9aaabacadaeaf');
const T = '2024-03-04T05:06:07.000Z';

function run(objects: Partial<StixObject>[], profile: Record<string, unknown> = {}): string {
  const bundle = { type: 'bundle' as const, id: 'bundle--1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b', objects: objects.map((o) => ({ spec_version: '2.1', created: T, modified: T, ...o })) as StixObject[] };
  return JSON.stringify(anonymize(bundle, DEFAULT_POLICY, KEY, profile, { now: T }).bundle);
}

describe('messenger exports with the day before the time', () => {
  it('takes the speaker of WhatsApp lines on iOS and Android', () => {
    assert.equal(scan('[03/07/24, 14:02:51] Lorenz Achterholt: bin vor Ort'), '[03/07/24, 14:02:51] [PERSON-1]: bin vor Ort');
    assert.equal(scan('03.07.24, 14:02 - Wiebke Ostendorp: Zähler getauscht'), '03.07.24, 14:02 - [PERSON-1]: Zähler getauscht');
  });
  it('learns the speaker of a WhatsApp line as someone the bundle names', () => {
    const staff = emptyBundleStaff();
    learnFromText('[03/07/24, 14:02:51] Lorenz Achterholt: bin vor Ort', [], staff);
    assert.deepEqual([...staff.names], ['Lorenz Achterholt']);
  });
  it('leaves system lines and ISO-dated log lines alone', () => {
    assert.equal(scan('[03/07/24, 14:02:51] System: backup done'), '[03/07/24, 14:02:51] System: backup done');
    assert.match(scan('2024-07-03 14:02:51 Outbound Connection: blocked'), /Outbound Connection: blocked/);
  });
});

describe('police ranks, victims and policy holders', () => {
  it('takes the officer after a rank in each language', () => {
    assert.equal(scan('aangifte opgenomen door brigadier Joost Hazelhoff (dienstnr. 4411)'), 'aangifte opgenomen door brigadier [PERSON-1] (dienstnr. 4411)');
    assert.equal(scan('Agente del MP Tonatiuh Zapotitla (placa 88)'), 'Agente del MP [PERSON-1] (placa 88)');
    assert.equal(scan('Kommissarin Hedwig Brünnsteiner (Dienststelle Mitte)'), 'Kommissarin [PERSON-1] (Dienststelle Mitte)');
    assert.equal(scan('PC Emma Threlkeld (collar 5521)'), 'PC [PERSON-1] (collar 5521)');
    assert.equal(scan('ผู้รับแจ้ง ร.ต.อ. กิตติพงษ์ ศรีสุวรรณ (no. 1)'), 'ผู้รับแจ้ง ร.ต.อ. [PERSON-1] (no. 1)');
  });
  it('takes the victim (with the Mexican "C.") and the policy holder', () => {
    assert.equal(scan('Afectado: C. Tonatiuh Zapotitla, fecha de nacimiento'), 'Afectado: [PERSON-1], fecha de nacimiento');
    assert.equal(scan('Claim 7 — policy holder Rowena Threlkeld\nVehicle'), 'Claim 7 — policy holder [PERSON-1]\nVehicle');
  });
  it('leaves initialisms in lower case, forces and products after a rank alone', () => {
    for (const t of ['the pc Windows Defender flagged it', 'DC Power Supply failed', 'PC Health Check is installed', 'DC Universe Online', 'Inspector Gadget', 'Policía Nacional Civil informed']) assert.equal(scan(t), t);
  });
});

describe('a letter whose writer names themself', () => {
  it('"I, Name, …" and its translations, "Je soussignée …", "Io sottoscritto …"', () => {
    assert.equal(scan('Subject access request\nI, Rowena Threlkeld, address'), 'Subject access request\nI, [PERSON-1], address');
    assert.equal(scan('Yo, Tonatiuh Zapotitla, con domicilio en'), 'Yo, [PERSON-1], con domicilio en');
    assert.equal(scan('Je soussignée Gwenaëlle Kerbrat, demeurant'), 'Je soussignée [PERSON-1], demeurant');
    assert.equal(scan('Io sottoscritto Gianmarco Tagliabue, residente'), 'Io sottoscritto [PERSON-1], residente');
  });
  it('leaves asides between commas', () => {
    for (const t of ['I, too, agree', 'I, Robot, is a film', 'I, The Undersigned, declare', 'Ja, Bitte Schön, gern']) assert.equal(scan(t), t);
  });
});

describe('a note in a table cell', () => {
  it('takes the name that fills the cell after the note label', () => {
    assert.equal(scan('| 4101 | AHU-2 Opmerking: Joost Hazelhoff | 10.2.0.7 | BBMD |'), '| 4101 | AHU-2 Opmerking: [PERSON-1] | [PRIVATE-IP-1] | BBMD |');
    assert.equal(scan('| 4101 | AHU-2 Примечание: Зинаида Ладыгина | x |'), '| 4101 | AHU-2 Примечание: [PERSON-1] | x |');
    assert.equal(scan('| 4101 | AHU-2 टिप्पणी: कुणाल भटनागर | x |'), '| 4101 | AHU-2 टिप्पणी: [PERSON-1] | x |');
  });
  it('leaves maintenance notes and threat names', () => {
    for (const t of ['| 1 | AHU-5 Note: Replaced Filter | x |', '| 1 | AHU-5 Note: Firmware Upgrade | x |', '| 1 | VAV-3 Note: Mirai Botnet | x |', '| 1 | AHU-5 Note: filter swapped by vendor | x |']) assert.equal(scan(t), t);
  });
});

describe('a name after a case reference, an invoice number or a greeting with a title', () => {
  it('takes a case or grouping name made of a reference and a name', () => {
    assert.equal(scan('INC0012345 Rowena Threlkeld'), '[CASE-ID-1] [PERSON-1]');
    // The reference is the id detectors' to tokenise or keep; the name after it goes.
    assert.match(scan('TT#88120 Зинаида Ладыгина'), /^\S+ \[PERSON-1\]$/);
  });
  it('leaves case titles, places and threats after a reference', () => {
    for (const t of ['SEC-2291 SIM Swap', 'CASE-7 Premium Fraud', 'CVE-2024-1234 Remote Execution', 'APT-29 Cozy Bear']) assert.equal(scan(t), t);
    for (const t of ['INC0012345 Outbound Traffic', 'INC0012345 Mirai Botnet', 'INC0012345 Rotterdam Port', 'INC0012345 Credential Stuffing']) assert.doesNotMatch(scan(t), /PERSON/);
  });
  it('takes the payer on the head line of an invoice, in any script', () => {
    assert.equal(scan('INVOICE 4471 — Rowena Threlkeld, customer no. 5\npos | SIM'), 'INVOICE 4471 — [PERSON-1], customer no. 5\npos | SIM');
    assert.equal(scan('Rechnung 4471 — कुणाल भटनागर, उपभोक्ता संख्या 5'), 'Rechnung 4471 — [PERSON-1], उपभोक्ता संख्या 5');
    assert.equal(scan('Invoice 2024-17 — Roaming Charges, May'), 'Invoice 2024-17 — Roaming Charges, May');
  });
  it('takes the addressee after a greeting and a title, without a listed name', () => {
    assert.equal(scan('Dear C. Tonatiuh Zapotitla, your contract'), 'Dear C. [PERSON-1], your contract');
    for (const t of ['Dear Customer, your contract', 'Dear Team Lead,']) assert.equal(scan(t), t);
  });
  it('takes a Hindi name before a postposition and a Chinese one before 的, after a person word', () => {
    assert.equal(scan('ग्राहक कुणाल भटनागर का उपकरण रात में'), 'ग्राहक [PERSON-1] का उपकरण रात में');
    assert.equal(scan('客户诸葛秀英的路由器在夜间连接'), '客户[PERSON-1]的路由器在夜间连接');
    assert.equal(scan('客户服务的质量'), '客户服务的质量');
  });
});

describe('logins in RADIUS attributes and device names', () => {
  it('takes the login in User-Name and in a Class that carries one', () => {
    assert.equal(scan('NAS-Identifier = "bng1"\nClass = "wiebke.ostendorp2"\n'), 'NAS-Identifier = "bng1"\nClass = "[USER-1]"\n');
    assert.equal(scan('User-Name = "rthrelkeld"'), 'User-Name = "[USER-1]"');
  });
  it('leaves a Class that is a group or a state blob', () => {
    for (const t of ['Class = "CACS:0a0b0c0d"', 'Class = "staff"']) assert.equal(scan(t), t);
  });
  it('takes a phone named after a login with a dot or an underscore', () => {
    assert.equal(scan('"host":"lorenz_a77-s-iPhone"'), '"host":"[HOST-1]"');
    assert.equal(scan('host wiebke.ostendorp-s-iPad joined'), 'host [HOST-1] joined');
  });
});

describe('a given name shared by two people', () => {
  it('surnameAfter takes a capitalised surname or a word of the same caseless script', () => {
    assert.equal(surnameAfter('Sönke', ' Achterholt: on site'), 'Achterholt');
    assert.equal(surnameAfter('अनिरुद्ध', ' भटनागर का'), 'भटनागर');
    for (const after of [' Kunde', ' the', ' Monday', ' Anna', ' GmbH', ' reported']) assert.equal(surnameAfter('Sönke', after), undefined);
    assert.equal(surnameAfter('अनिरुद्ध', ' का'), undefined);
  });
  it('a bundle staff given name opens another name with its surname', () => {
    const out = run([
      { type: 'identity', id: 'identity--2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d', name: 'Acme Metering', identity_class: 'organization', contact_information: 'Gianmarco Tagliabue <g.tagliabue@acme-metering.example>' },
      { type: 'note', id: 'note--3b4c5d6e-7f8a-4b9c-8d0e-2f3a4b5c6d7e', content: 'Seen near Gianmarco Scarpellini yesterday at noon.', object_refs: ['identity--2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d'] },
    ]);
    assert.doesNotMatch(out, /Scarpellini|Tagliabue/, out);
  });
  it('an unlisted first word of a name found by context opens another name elsewhere', () => {
    const out = run([
      { type: 'note', id: 'note--4c5d6e7f-8a9b-4c0d-9e1f-3a4b5c6d7e8f', content: 'Kunde Friederike Ostendorp meldete den Ausfall.', object_refs: ['note--5d6e7f8a-9b0c-4d1e-8f2a-4b5c6d7e8f9a'] },
      { type: 'note', id: 'note--5d6e7f8a-9b0c-4d1e-8f2a-4b5c6d7e8f9a', content: 'Schlüssel bei Friederike Hollenbach abgeholt, Friederike and the engineer.', object_refs: ['note--4c5d6e7f-8a9b-4c0d-9e1f-3a4b5c6d7e8f'] },
    ]);
    assert.doesNotMatch(out, /Ostendorp|Hollenbach/, out);
    // The two people keep two tokens.
    assert.match(out, /Kunde \[PERSON-1\] meldete.*bei \[PERSON-2\] abgeholt/, out);
    // A function word after the shared given name is not a surname.
    assert.match(out, /\] and the engineer/, out);
  });
});

describe('a threat name after a reference is not a person', () => {
  it('malware variants, tools and actor names stay; a name there is still taken', () => {
    assert.equal(scan('CASE-4411 Mirai Variant'), 'CASE-4411 Mirai Variant');
    assert.equal(scan('CASE-4411 Volt Typhoon'), 'CASE-4411 Volt Typhoon');
    assert.equal(scan('CASE-4411 Scattered Spider'), 'CASE-4411 Scattered Spider');
    assert.match(scan('CASE-4411 Fermín Quintanilla'), /\[PERSON-1\]/);
  });
});
