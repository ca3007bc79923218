import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nameVariants } from './name-variants';
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
    assert.equal(scan('--\n王伟先生\n电话'), '--\n[PERSON-1]先生\n电话');
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

describe('names whole: inner hyphens and apostrophes, stacked titles, middle initials, particles', () => {
  it('a hyphenated or apostrophised name is never cut before its inner capital', () => {
    assert.equal(scan('Bonjour Mme Lefebvre-Dautun, votre compteur'), 'Bonjour Mme [PERSON-1], votre compteur');
    assert.equal(scan('Abdullah Al-Harbi called our hotline'), '[PERSON-1] called our hotline');
    assert.equal(scan("Mr O'Driscoll-Hartigan rang"), 'Mr [PERSON-1] rang');
    assert.equal(scan('Jean-Luc Thibodeaux opened a ticket'), '[PERSON-1] opened a ticket');
  });
  it('the name follows the last of stacked titles; after an honorific the comma ends the salutation', () => {
    assert.equal(scan('Prof. Dr. Ottokar Wimmer'), 'Prof. Dr. [PERSON-1]');
    assert.equal(scan('Sehr geehrte Frau Mühlberger, Ihr Zähler'), 'Sehr geehrte Frau [PERSON-1], Ihr Zähler');
  });
  it('middle initials and particles between given name and surname', () => {
    assert.equal(scan('Anna M. Berg confirmed'), '[PERSON-1] confirmed');
    assert.equal(scan('João da Silva Santos ligou'), '[PERSON-1] ligou');
    assert.equal(scan('Paris de France'), 'Paris de France');
  });
  it('a surname with two initials, either way round; a compass point is not an initial', () => {
    assert.equal(scan('Иванов И.И. сообщил'), '[PERSON-1] сообщил');
    assert.equal(scan('И. И. Иванов сообщил'), '[PERSON-1] сообщил');
    assert.equal(scan('Reported by Quarrington, Z.'), 'Reported by [PERSON-1]');
    assert.equal(scan('95° W. I. Engström, L. Engström joined'), '95° W. [PERSON-1], [PERSON-2] joined');
    for (const t of ['U.S. Army', 'the U.K. Government']) assert.equal(scan(t), t);
  });
  it('a surname-first name after a capitalised verb: the verb stays, the pair is still read', () => {
    assert.equal(scan('Pin: x. Reach Li, Lijuan on +86 138 0013 8000.'), 'Pin: x. Reach [PERSON-1] on [PHONE-1].');
  });
});

describe("greetings and a person's things", () => {
  it('a listed given name after a greeting, in several languages', () => {
    assert.equal(scan('Hi Lachlan, the unit is back online.'), 'Hi [PERSON-1], the unit is back online.');
    assert.equal(scan('Beste Sanne, uw meter is vervangen'), 'Beste [PERSON-1], uw meter is vervangen');
    assert.equal(scan('Hola Pilar Ortega: su equipo'), 'Hola [PERSON-1]: su equipo');
  });
  it("a listed name owning a device or account", () => {
    assert.equal(scan("Lachlan's laptop was infected"), "[PERSON-1]'s laptop was infected");
    assert.equal(scan("Anna Berg's iPhone beaconed"), "[PERSON-1]'s iPhone beaconed");
  });
  it('greetings of the world, vendors and teams stay', () => {
    for (const t of ['Hello, World', 'Dear Valued Customer,', 'Hi team,', 'Hello Kitty, the ransomware', "Microsoft's account team", "my friend's laptop"]) assert.equal(scan(t), t);
  });
});

describe('person words are not names', () => {
  it('a capitalised German noun before a surname stays, and never travels as a surname', () => {
    assert.equal(scan('Beim Kunden Whitfield meldete sich niemand'), 'Beim Kunden [PERSON-1] meldete sich niemand');
    assert.deepEqual(nameVariants('Kunden Whitfield', () => false).surnames, ['whitfield']);
    // A title takes no ending: "Donato" is a given name, not "don" + "ato".
    assert.equal(scan('Donato Russo confirmed'), '[PERSON-1] confirmed');
  });
});

describe('a name in an HTML table row about a person', () => {
  it('unlisted words in a cell next to an address or a mail address', () => {
    assert.equal(scan('<tr><td>Zebedee Quarrington</td><td>z.q@example.org</td></tr>'), '<tr><td>[PERSON-1]</td><td>[EMAIL-1]</td></tr>');
    assert.equal(scan('<tr><td>Ottokar Wimmer</td><td>12 rue des Lilas, 35000 Rennes</td></tr>').startsWith('<tr><td>[PERSON-1]</td>'), true);
  });
  it('malware next to a hash, a version or a phone number stays', () => {
    for (const t of ['<tr><td>Agent Tesla</td><td>d41d8cd98f00b204e9800998ecf8427e</td></tr>', '<tr><td>Cobalt Strike</td><td>4.9.1</td></tr>']) assert.equal(scan(t), t);
    assert.equal(scan('<tr><td>Raspberry Robin</td><td>+44 20 7946 0000</td></tr>').startsWith('<tr><td>Raspberry Robin</td>'), true);
  });
});

describe('abbreviated titles and initials after a person word', () => {
  it('Spanish "D.", Polish "p.", French hyphenated initials', () => {
    assert.equal(scan('El cliente D. Iñigo Zubiaurre llamó ayer.'), 'El cliente [PERSON-1] llamó ayer.');
    assert.equal(scan('Klient p. Zdzisław Brzęczyszczykiewicz zadzwonił.'), 'Klient [PERSON-1] zadzwonił.');
    assert.equal(scan('Monteur J.-P. Lemaire'), 'Monteur [PERSON-1]');
  });
  it('a page reference after a person word stays', () => {
    assert.equal(scan('customer p. 5 of the report'), 'customer p. 5 of the report');
  });
});

describe('an HTML table row labelled as a name', () => {
  it('the cell after a name label holds a person, listed or not', () => {
    assert.equal(scan('<tr><td>Name</td><td>Tamsin Featherstonehaugh</td></tr>'), '<tr><td>Name</td><td>[PERSON-1]</td></tr>');
    assert.equal(scan('<tr><th>Nombre</th><td>Iñigo Zubiaurre Etxeandia</td></tr>'), '<tr><th>Nombre</th><td>[PERSON-1]</td></tr>');
  });
  it('the cell after another label stays', () => {
    assert.equal(scan('<tr><td>Malware</td><td>Agent Tesla</td></tr>'), '<tr><td>Malware</td><td>Agent Tesla</td></tr>');
  });
});

describe('accented letters written as named HTML entities', () => {
  it('are decoded before the name rules read them, in either case', () => {
    assert.equal(scan('<tr><td>Ottilie M&uuml;hlberger</td><td>Lindenstra&szlig;e 68b, 29701 Bamberg</td></tr>'), '<tr><td>[PERSON-1]</td><td>[ADDRESS-1]</td></tr>');
    assert.equal(scan('Fran&ccedil;ois Lef&egrave;vre reported it'), '[PERSON-1] reported it');
    assert.equal(scan('&Uuml;bel &amp; co'), '&Uuml;bel &amp; co');
  });
});
