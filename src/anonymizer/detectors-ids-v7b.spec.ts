import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanText } from './scan';
import { scanProtected, testScanner } from './test-scanner';

// Identifier classes the held-out v7 suite found leaking: coordinates under prefixed keys,
// national identity numbers, values in HTML tables, plates, meter points and e-mobility ids, home
// router host names; and the fraud destination of a call record, which must stay.

const scan = scanProtected;

describe('coordinates in every notation', () => {
  it('prefixed keys of a config and a single labelled axis', () => {
    assert.equal(scan('site_lat=47.37689 site_lon=8.54169'), 'site_[COORDINATES-1]');
    assert.equal(scan('gps.lon: 13.40495\ngps.lat: 52.52001'), 'gps.lon: [COORDINATES-1]\ngps.lat: [COORDINATES-2]');
    assert.equal(scan('{"Breite": "48.13715", "Länge": "11.57612"}'), '{"Breite": "[COORDINATES-1]", "Länge": "[COORDINATES-2]"}');
    assert.equal(scan('широта: 55.75582, долгота: 37.61730'), 'широта: [COORDINATES-1], долгота: [COORDINATES-2]');
  });
  it('decimal degrees with hemisphere letters before or after them', () => {
    assert.equal(scan('fix N 47.37689 E 8.54169; last 33.86882° S, 151.20929° E.'), 'fix [COORDINATES-1]; last [COORDINATES-2].');
  });
  it('numbers that are no coordinates stay', () => {
    assert.equal(scan('release 1.2.345, long: 12 weeks, latency=0.234 s'), 'release 1.2.345, long: 12 weeks, latency=0.234 s');
  });
});

describe('national identity numbers', () => {
  it('shapes with a check digit or letter, wherever they stand', () => {
    assert.equal(scan('CPF 418.273.650-80, DNI 48193726D, NIE X5729184E'), 'CPF [NATIONAL-ID-1], DNI [NATIONAL-ID-2], NIE [NATIONAL-ID-3]');
    assert.equal(scan('vlastník 905307/3007 volal'), 'vlastník [NATIONAL-ID-1] volal');
    assert.equal(scan('intestatario VRDLGU80A01H501Q, hetu 250387-123Y'), 'intestatario [NATIONAL-ID-1], hetu [NATIONAL-ID-2]');
    assert.equal(scan('assurée 2 87 04 75 123 456 06'), 'assurée [NATIONAL-ID-1]');
    assert.equal(scan('holder JT 48 21 09 B, PAN ABCPE1234F'), 'holder [NATIONAL-ID-1], PAN [NATIONAL-ID-2]');
  });
  it('Nordic, Belgian and Mexican numbers with their checks', () => {
    assert.equal(scan('personnummer 811228-9874; CPR 120385-1234; rijksregister 85.07.30-033.28; CURP HEGG560427MVZRRL04'), 'personnummer [NATIONAL-ID-1]; CPR [NATIONAL-ID-2]; rijksregister [NATIONAL-ID-3]; CURP [NATIONAL-ID-4]');
    assert.equal(scan('order 811228-9875 and 991385-1234'), 'order 811228-9875 and 991385-1234');
  });
  it('the same shapes with a wrong check stay without a label', () => {
    assert.equal(scan('sum 418.273.650-81 and 48193726A, build 905307/3008'), 'sum 418.273.650-81 and 48193726A, build 905307/3008');
    assert.equal(scan('dropped JT482109B.exe and ABCPE1234F.dll; build 20240315-1200'), 'dropped JT482109B.exe and ABCPE1234F.dll; build 20240315-1200');
  });
  it('digit runs after a label in many languages, in prose, JSON and key=value', () => {
    assert.equal(scan('SSN 521-44-7730, PESEL: 92071314764, T.C. Kimlik No: 31864192536'), 'SSN [NATIONAL-ID-1], PESEL: [NATIONAL-ID-2], T.C. Kimlik No: [NATIONAL-ID-3]');
    assert.equal(scan('national_id=771203998 {"nationalId": "bgtpk5521q"} BSN 123456782'), 'national_id=[NATIONAL-ID-1] {"nationalId": "[NATIONAL-ID-2]"} BSN [NATIONAL-ID-3]');
    assert.equal(scan('Aadhaar: 4821 7730 9912'), 'Aadhaar: [NATIONAL-ID-1]');
  });
  it('short labels that are also words need an id after them', () => {
    assert.equal(scan('sin embargo 2024; RFC 7231; PAN: n/a; tin 2 x 400g; PAN 10.2.3'), 'sin embargo 2024; RFC 7231; PAN: n/a; tin 2 x 400g; PAN 10.2.3');
  });
});

describe('values in HTML tables', () => {
  it('a label cell and its value cell', () => {
    assert.equal(
      scan('<table><tr><td>Vertragsnr.</td><td>AB-7730-1192</td></tr><tr><td>rego</td><td>1AB-2CD</td></tr><tr><td>cpf</td><td>902.114.735-10</td></tr></table>'),
      '<table><tr><td>Vertragsnr.</td><td>[CUSTOMER-ID-1]</td></tr><tr><td>rego</td><td>[PLATE-1]</td></tr><tr><td>cpf</td><td>[NATIONAL-ID-1]</td></tr></table>',
    );
  });
  it('a Swedish contract label in a cell', () => {
    assert.equal(scan('<table><tr><td>avtalsnummer</td><td>QX40912217</td></tr></table>'), '<table><tr><td>avtalsnummer</td><td>[CONTRACT-1]</td></tr></table>');
  });
  it('a header row names the columns; a threat column stays', () => {
    assert.equal(
      scan('<table><tr><th>Kennzeichen</th><th>C2</th></tr><tr><td>M-AB 1234</td><td>sync-relay.example</td></tr></table>'),
      '<table><tr><th>Kennzeichen</th><th>C2</th></tr><tr><td>[PLATE-1]</td><td>sync-relay.example</td></tr></table>',
    );
  });
});

describe('plates, addresses and reference numbers after their labels', () => {
  it('capitalised labels, Australian and Indian labels, a Brazilian plate after "placa"', () => {
    assert.equal(scan('Kenteken 52-KLV-7, Targa FA 123 BC, Placa BRA2E19'), 'Kenteken [PLATE-1], Targa [PLATE-2], Placa [PLATE-3]');
    assert.equal(scan('rego 1XY-2ZZ; vehicle no.: MH 12 AB 4321; {"licensePlate": "LR21 KXV"}'), 'rego [PLATE-1]; vehicle no.: [PLATE-2]; {"licensePlate": "[PLATE-3]"}');
    assert.equal(scan('Vehicle No.: DL 3C AB 1234, Reg. No. LR21 KXV'), 'Vehicle No.: [PLATE-1], Reg. No. [PLATE-2]');
    assert.equal(scan('placa base ASUS B450'), 'placa base ASUS B450');
  });
  it('a US address with a directional and an abbreviated street type, ending at state and ZIP', () => {
    assert.equal(scan('visit at 418 N Oakmont Dr, Dayton, OH 45402 today'), 'visit at [ADDRESS-1] today');
    assert.equal(scan('Address 9 Millbrook Ct, Salem, OR 97301, phone none'), 'Address [ADDRESS-1], phone none');
  });
  it('a labelled address ends at a UK postcode, before the next field', () => {
    assert.equal(scan('Address 7 Elmfield, Leeds LS6 1AB, Smartcard 4471 2290 8812 05'), 'Address [ADDRESS-1], Smartcard [SERIAL-1]');
  });
  it('service request numbers, "plan ref", "sr. no." and "nato/a il"', () => {
    assert.equal(scan('modem (SR40917733)'), 'modem ([CASE-ID-1])');
    assert.equal(scan('plan ref XK55012934, sr. no. RTR22AB018842, nato/a il 04/11/1961'), 'plan ref [CONTRACT-1], sr. no. [SERIAL-1], nato/a il [DOB-1]');
  });
  it('column headers "agreement #", "premises" and "national id"', () => {
    assert.equal(scan('agreement #,premises,national id\nQ-55012934,"4 Rose Lane, Leeds",771203998\n'), 'agreement #,premises,national id\n[CONTRACT-1],"[ADDRESS-1]",[NATIONAL-ID-1]\n');
  });
});

describe('phone numbers after Spanish abbreviations', () => {
  it('"tfno." is a phone label, also before a number of a range not yet valid', () => {
    assert.equal(scan('Sergio: tfno. 795 123 456'), 'Sergio: tfno. [PHONE-1]');
  });
});

describe('meter points and e-mobility ids', () => {
  it('an MPAN core and a CUPS with their checks; a wrong check stays', () => {
    assert.equal(scan('MPAN 12 3456 7890 126, CUPS ES0031405811223344WC'), 'MPAN [SERIAL-1], CUPS [SERIAL-2]');
    assert.equal(scan('batch 12 3456 7890 125, ES0031405811223344WD'), 'batch 12 3456 7890 125, ES0031405811223344WD');
  });
  it('a dashed eMAID anywhere', () => {
    assert.equal(scan('card DE-8EO-CAB12C34D-5 authorised'), 'card [CONTRACT-1] authorised');
  });
  it('a Czech meter number after its label', () => {
    assert.equal(scan('číslo elektroměru ZPA4471902231'), 'číslo elektroměru [SERIAL-1]');
  });
});

describe('internal host names of home routers and German networks', () => {
  it('.fritz.box, .intern, .home and .mshome.net', () => {
    assert.equal(scan('--host nas-7.huber.fritz.box --c2 relay.example:443'), '--host [HOST-1] --c2 relay.example:443');
    assert.equal(scan('ping srv-2.werk.intern, pc.home, laptop.mshome.net'), 'ping [HOST-1], [HOST-2], [HOST-3]');
  });
});

describe('the destination of a call record', () => {
  it('an international destination outside the caller\'s country stays; the caller goes', () => {
    const out = scanText('CDR +49 151 2345678 -> +882 16 5550123 40x 31s', testScanner({ region: 'DE' })).text;
    assert.equal(out, 'CDR [PHONE-1] -> +882 16 5550123 40x 31s');
    assert.equal(scan('CDR 447700900123 -> 00252901234567 12x 40s'), 'CDR 447700900123 -> 00252901234567 12x 40s');
  });
  it('both ends as bare E.164 digits, as switches write them', () => {
    const out = scanText('CDR 819087654321 -> 882161234567 25x 43s; CDR 819087654321 -> 819012345678 2x', testScanner({ region: 'JP' })).text;
    assert.equal(out, 'CDR [PHONE-1] -> 882161234567 25x 43s; CDR [PHONE-1] -> [PHONE-2] 2x');
  });
  it('the destination after a word ("Anrufe von … nach …")', () => {
    const out = scanText('Anrufe von +49 151 2345678 nach +882 16 5550123 (42x)', testScanner({ region: 'DE' })).text;
    assert.equal(out, 'Anrufe von [PHONE-1] nach +882 16 5550123 (42x)');
  });
  it('a domestic destination is a subscriber\'s number', () => {
    const out = scanText('CDR +49 151 2345678 -> +49 171 2345678 3x', testScanner({ region: 'DE' })).text;
    assert.equal(out, 'CDR [PHONE-1] -> [PHONE-2] 3x');
  });
  it('a number dialled with "+" is no payment card', () => {
    assert.equal(scan('premium-rate destination +225 0712345676, 352 calls'), 'premium-rate destination +225 0712345676, 352 calls');
  });
});
