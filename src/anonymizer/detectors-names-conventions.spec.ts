import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanText } from './scan';
import { scanProtected, testScanner } from './test-scanner';

// How people write each other's names in tickets and mail, whatever the suite: honorifics of
// South Asian English, Spanish and Dutch; the registry order "Surname, Given" before a verb; the
// line under a signature delimiter; Japanese names with a space between family and given name;
// the common given names and surnames of English-speaking countries and India. Each block ends
// with the words, vendors and threat names the rule must leave alone.

const scan = scanProtected;

describe('honorifics: Shri, Smt., Dña., doña, mevrouw, meneer', () => {
  it('a title and one surname is a person, in any of these languages', () => {
    assert.equal(scan('Complaint from Shri Kulkarni regarding the meter'), 'Complaint from [PERSON-1] regarding the meter');
    assert.equal(scan('Smt. Revathi Subramanian called twice'), '[PERSON-1] called twice');
    assert.equal(scan('Ticket raised by Dña. Olmedo, Sevilla.'), 'Ticket raised by [PERSON-1], Sevilla.');
    assert.equal(scan('Dª Pilar Ortega firmó el parte'), '[PERSON-1] firmó el parte');
  });
  it('a Dutch title before a surname with its particles, after a person word too', () => {
    assert.equal(scan('storingsmonteur mevrouw van der Wal heeft de meter vervangen'), 'storingsmonteur [PERSON-1] heeft de meter vervangen');
    assert.equal(scan('de monteur meneer De Wit belde'), 'de monteur [PERSON-1] belde');
  });
  it('leaves the country, the abbreviation and the title alone', () => {
    for (const t of ['Sri Lanka CERT shared the sample', 'SMT Assembly line 4', 'the Smt Reflow oven', 'Mevrouw']) assert.equal(scan(t), t);
  });
});

describe('"Surname, Given" before a verb', () => {
  it('after a person word, a listed given name keeps the comma order', () => {
    assert.equal(scan('Technician Okafor, Bethany replaced the meter.'), 'Technician [PERSON-1] replaced the meter.');
    assert.equal(scan('SOC analyst Smith, Jerome noted beacons'), 'SOC analyst [PERSON-1] noted beacons');
  });
  it('without a listed name, when the person calls in (a place in brackets may stand between)', () => {
    assert.equal(scan('Pellegrino, Saoirse (Cork) rang the helpdesk twice.'), '[PERSON-1] (Cork) rang the helpdesk twice.');
    assert.equal(scan('Quarrington, Zebedee called our hotline'), '[PERSON-1] called our hotline');
  });
  it('a salutation, a city and vendors stay', () => {
    for (const t of ['customer Hamburg, Germany reported an outage', 'Microsoft, Google (both vendors) confirmed the bug', 'Kaspersky, Symantec called it a loader', 'Wizard Spider, Scattered Spider were seen']) assert.equal(scan(t), t);
  });
});

describe('the line under a signature delimiter', () => {
  it('names the writer in any name order and script', () => {
    assert.equal(scan('Thanks.\n--\nMbeki, Thandeka\nTel. +27 21 555 0199'), 'Thanks.\n--\n[PERSON-1]\nTel. [PHONE-1]');
    assert.equal(scan('--\nZebedee Quarrington\nField service'), '--\n[PERSON-1]\nField service');
    assert.equal(scan('-- \nWIMMER Ottokar\n'), '-- \n[PERSON-1]\n');
    assert.equal(scan('--\n中村亮\n電話'), '--\n[PERSON-1]\n電話');
  });
  it('sign-offs, teams, mail clients and SQL stay', () => {
    for (const t of ['--\nBest regards\nx', '--\nSOC Team\nx', '--\nSent from my iPhone', 'SELECT 1 --\nDROP Table', '--\n請求書\n']) assert.equal(scan(t), t);
  });
});

describe('Japanese names with a space between family and given name', () => {
  it('the listed family name and the given name before an honorific go together', () => {
    assert.equal(scan('青葉区にお住まいの中村 亮様から連絡がありました'), '青葉区にお住まいの[PERSON-1]様から連絡がありました');
    assert.equal(scan('担当者は山本　花子さんです'), '担当者は[PERSON-1]さんです');
    assert.equal(scan('--\n松村 彩さま\n'), '--\n[PERSON-1]さま\n');
  });
  it('a label before a spaced name is not its family name, nor a topic particle after a label', () => {
    assert.equal(scan('宛先 田中様'), '宛先 [PERSON-1]');
    assert.equal(scan('担当者のすずき'), '担当者の[PERSON-1]');
  });
});

describe('common given names and surnames of English-speaking countries and India', () => {
  it('confirm a name next to an unlisted word', () => {
    assert.equal(scan('Escalated to Lachlan Pettigrew on Monday.'), 'Escalated to [PERSON-1] on Monday.');
    assert.equal(scan('Kavitha Raghunathan opened the cabinet'), '[PERSON-1] opened the cabinet');
  });
  it('places and brands that are also surnames stay', () => {
    for (const t of ['Norton Security flagged the loader', 'Houston Methodist outage', 'Greater Cleveland office']) assert.equal(scan(t), t);
  });
});

describe('phone labels abbreviated as people write them', () => {
  it('es "Tfno.", da/no "Tlf.", fi "puh." say the digits are a phone number', () => {
    const es = testScanner({ region: 'ES' });
    assert.equal(scanText('Tfno. 795 332 675', es).text, 'Tfno. [PHONE-1]');
    assert.equal(scan('Tlf. 48 12 34 56'), 'Tlf. [PHONE-1]');
    assert.equal(scan('puh. 040 123 4567'), 'puh. [PHONE-1]');
  });
});
