import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanProtected as scan } from './test-scanner';

// Leak classes of the ninth evaluation: postcodes apart from their street line, street lines in
// address elements, number plates listed without a label, abbreviated birth-date labels and
// birth-date columns. The traps under each group must stay untouched.

describe('a postcode after its label or as an address field', () => {
  it('Brazilian CEP, Mexican C.P., Indian PIN code, in prose', () => {
    assert.equal(scan('Endereço: Rua Augusta, 1500, São Paulo - SP, CEP 01310-100'), 'Endereço: [ADDRESS-1], CEP [ADDRESS-2]');
    assert.equal(scan('entregar en Col. Juárez, C.P. 06600, Ciudad de México'), 'entregar en Col. Juárez, C.P. [ADDRESS-1], Ciudad de México');
    assert.equal(scan('PIN code: 560 038, Karnataka'), 'PIN code: [ADDRESS-1], Karnataka');
  });
  it('XML elements and JSON keys', () => {
    assert.equal(scan('<city>Berlin</city><postalCode>10115</postalCode>'), '<city>Berlin</city><postalCode>[ADDRESS-1]</postalCode>');
    assert.equal(scan('{"city": "Wrocław", "postcode": "50-043"}'), '{"city": "Wrocław", "postcode": "[ADDRESS-1]"}');
    assert.equal(scan('zip=94105&country=US'), 'zip=[ADDRESS-1]&country=US');
  });
  it('labels that are other words take only their own shape', () => {
    assert.doesNotMatch(scan('SIM PIN: 1234, PUK on the card'), /ADDRESS/);
    assert.equal(scan('rate cap: 5000 requests per minute'), 'rate cap: 5000 requests per minute');
    assert.equal(scan('{"zip": "invoice.zip"}'), '{"zip": "invoice.zip"}');
  });
});

describe('a postcode next to its city', () => {
  it('Australian state and four digits, in the state\'s range', () => {
    assert.equal(scan('Address: 12 Wattle Crescent, Fitzroy VIC 3065'), 'Address: [ADDRESS-1] VIC [ADDRESS-2]');
    assert.equal(scan('depot moved to Cairns QLD 4870'), 'depot moved to Cairns QLD [ADDRESS-1]');
    assert.equal(scan('depot moved to Toronto, ON M5V 2T6'), 'depot moved to Toronto, ON [ADDRESS-1]');
    assert.equal(scan('seen in Perth WA 3065 logs'), 'seen in Perth WA 3065 logs');
  });
  it('Indian PIN after the city of a comma-separated address', () => {
    assert.equal(scan('Address: Flat 9, Lotus Court, 2nd Cross, Mysuru - 570001'), 'Address: [ADDRESS-1] - [ADDRESS-2]');
    assert.equal(scan('escalated, Order 412345 refunded'), 'escalated, Order 412345 refunded');
  });
  it('Korean postcode before the province, Arabic after the city', () => {
    assert.equal(scan('위치 (06236) 서울특별시 강남구'), '위치 ([ADDRESS-1]) 서울특별시 강남구');
    assert.equal(scan('snmp-server location طريق الملك فهد، مبنى 4410، الدمام 32241'), 'snmp-server location [ADDRESS-1] 4410، الدمام [ADDRESS-2]');
  });
  it('a phone number after an Arabic label is not a postcode', () => {
    assert.doesNotMatch(scan('عن العميل، الجوال 00966 544457325'), /ADDRESS/);
  });
  it('house number, comma, postcode and city (continental Europe)', () => {
    assert.equal(scan('Lieferung an Kirchgasse 3/2, 6020 Innsbruck'), 'Lieferung an [ADDRESS-1]/2, [ADDRESS-2] Innsbruck');
    assert.equal(scan('snmp-server location Via Garibaldi 7/C, 10122 Torino'), 'snmp-server location [ADDRESS-1]/C, [ADDRESS-2] Torino');
    assert.equal(scan('klant Bakker, Oudegracht 12-2, 3511 AP Utrecht'), 'klant Bakker, [ADDRESS-1]-2, [ADDRESS-2] Utrecht');
  });
  it('counts, versions and years after a comma are not postcodes', () => {
    assert.equal(scan('Tier 2, 2500 Devices affected'), 'Tier 2, 2500 Devices affected');
    assert.equal(scan('Windows 10, 2004 Update installed'), 'Windows 10, 2004 Update installed');
    assert.equal(scan('Version 3, 12001 Build notes'), 'Version 3, 12001 Build notes');
    assert.equal(scan('Batch 7, 2024 Report attached'), 'Batch 7, 2024 Report attached');
  });
});

describe('a Mexican street line', () => {
  it('"Av." and "Privada", an inner number and the colonia', () => {
    assert.equal(scan('snmp-server location Av. Insurgentes Sur 1602 Int. 7, Col. Crédito Constructor, C.P. 03940'), 'snmp-server location [ADDRESS-1], C.P. [ADDRESS-2]');
    assert.equal(scan('entregar en Privada Los Álamos 15, Col. Centro'), 'entregar en [ADDRESS-1]');
    assert.equal(scan('see section Av. 3 of the manual'), 'see section Av. 3 of the manual');
  });
});

describe('a Hindi address whose parts hold numbers', () => {
  it('up to its PIN code', () => {
    assert.equal(scan('ग्राहक (फ्लैट 12, गुलाब विहार, सेक्टर 21, नोएडा 201301) का राउटर'), 'ग्राहक ([ADDRESS-1]) का राउटर');
  });
});

describe('the street line of an address element', () => {
  it('XML and JSON street fields', () => {
    assert.equal(scan('<address><street>Av. Paulista, 1578</street></address>'), '<address><street>[ADDRESS-1]</street></address>');
    assert.equal(scan('{"street": "中山路一段12號"}'), '{"street": "[ADDRESS-1]"}');
    assert.equal(scan('<street>unknown</street>'), '<street>unknown</street>');
  });
});

describe('a number plate listed with its vehicle or charger', () => {
  it('national formats next to a VIN or a vehicle word', () => {
    assert.equal(scan('vehicle MH 12 AB 1234, tracker offline'), 'vehicle [PLATE-1], tracker offline');
    assert.equal(scan('o veículo BRA2E19 foi rastreado'), 'o veículo [PLATE-1] foi rastreado');
    assert.equal(scan('customer car 7ABC123 towed'), 'customer car [PLATE-1] towed');
    assert.equal(scan('fleet van QL19 OJM reported'), 'fleet van [PLATE-1] reported');
    assert.equal(scan('el coche 1234 BCD del cliente'), 'el coche [PLATE-1] del cliente');
    assert.equal(scan('samochód WPR 5123C klienta'), 'samochód [PLATE-1] klienta');
  });
  it('a charger record, a Japanese plate with a kana region', () => {
    assert.equal(scan('Wallbox session ended for 1AB2CD at 22:10'), 'Wallbox session ended for [PLATE-1] at 22:10');
    assert.equal(scan('EasyCharge X100, AB12CDE'), 'EasyCharge X100, [PLATE-1]');
    assert.equal(scan('車両 とちぎ 500 あ 12-34 を確認'), '車両 [PLATE-1] を確認');
  });
  it('codes of a plate\'s shape that are something else stay', () => {
    assert.equal(scan('fleet telematics unit on GSM 900 and LTE 1800'), 'fleet telematics unit on GSM 900 and LTE 1800');
    assert.equal(scan('charger firmware implements ISO 15118 and IEC 61851'), 'charger firmware implements ISO 15118 and IEC 61851');
    assert.equal(scan('car rental fraud: 1500 EUR charged'), 'car rental fraud: 1500 EUR charged');
    assert.doesNotMatch(scan('vehicle gateway log PROTO=TCP SPT=5193 DPT=9000'), /PLATE/);
    assert.equal(scan('car park at Geelong VIC 3220'), 'car park at Geelong VIC [ADDRESS-1]');
    assert.doesNotMatch(scan('fleet yard, Austin, TX 78701'), /PLATE/);
    assert.doesNotMatch(scan('car ticket ABC-1234 closed, exploit CVE-2024-3400'), /PLATE/);
  });
});

describe('a date of birth after an abbreviated label or under its column', () => {
  it('Portuguese, Spanish and French abbreviations', () => {
    assert.equal(scan('Data de nasc.: 02/11/1980, titular'), 'Data de nasc.: [DOB-1], titular');
    assert.equal(scan('Fecha de nac. 5/3/1979 según el cliente'), 'Fecha de nac. [DOB-1] según el cliente');
    assert.equal(scan('Né(e) le 01/02/1975 à Lyon'), 'Né(e) le [DOB-1] à Lyon');
    assert.equal(scan("on ne le voit plus depuis le 12/03/2024"), 'on ne le voit plus depuis le 12/03/2024');
    assert.equal(scan('{"fechaNacimiento": "1979-03-05", "dataNascimento": "05/03/1979"}'), '{"fechaNacimiento": "[DOB-1]", "dataNascimento": "[DOB-2]"}');
  });
  it('a birth-date column of a pasted table', () => {
    assert.equal(scan('Kunde\tGeb.-Datum\tTarif\nLena Vogt\t04.07.1988\tM'), 'Kunde\tGeb.-Datum\tTarif\n[PERSON-1]\t[DOB-1]\tM');
    assert.equal(scan('Cliente;Fecha de nac.;Plan\nRosa Ibarra;14/02/1969;B'), 'Cliente;Fecha de nac.;Plan\n[PERSON-1];[DOB-1];B');
  });
});
