import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanText } from './scan';
import { testScanner } from './test-scanner';

// Person names outside the gazetteer, found by structure (sixth review): the word that introduces
// a person in each language and the shapes names are written in. The traps below each group must
// keep passing.

const scan = (text: string, protectedValues: string[] = []) => scanText(text, testScanner({ protectedValues })).text;

describe('a name after a person word, in any shape', () => {
  it('surname first, in capitals or before a comma, an initial, a particle', () => {
    assert.equal(scan('Der Servicetechniker OYELARAN Temitope (Mobil) kam um 9.'), 'Der Servicetechniker [PERSON-1] (Mobil) kam um 9.');
    assert.equal(scan('la cliente es Zubiri, Maitane, llamó ayer'), 'la cliente es [PERSON-1], llamó ayer');
    assert.equal(scan('il tecnico R. Abbondanza ha sostituito il modem'), 'il tecnico [PERSON-1] ha sostituito il modem');
    assert.equal(scan('account holder TER HORST Willemijn, IBAN follows'), 'account holder [PERSON-1], IBAN follows');
    assert.equal(scan('klant W. van Wijngaarden (ticket 4)'), 'klant [PERSON-1] (ticket 4)');
  });
  it('two unknown capitalised words after an unambiguous person word, a copula between', () => {
    assert.equal(scan('implant found on the device of Ikaika Mahoe.'), 'implant found on the device of [PERSON-1].');
    assert.equal(scan('kunden heter Oddvar Tjelta, ring 5'), 'kunden heter [PERSON-1], ring 5');
    assert.equal(scan('клиент — Radomir Zlatev, тел.'), 'клиент — [PERSON-1], тел.');
  });
  it('a Latin name after a person word of a script without spaces', () => {
    assert.equal(scan('顧客Ikaika Mahoe様の端末'), '顧客[PERSON-1]様の端末');
    assert.equal(scan('客户是Ikaika Mahoe,回拨'), '客户是[PERSON-1],回拨');
    assert.equal(scan('고객은 MAHOE Ikaika님, 연락처'), '고객은 [PERSON-1]님, 연락처');
    assert.equal(scan('قام الفني Mahoe, Ikaika باستبدال'), 'قام الفني [PERSON-1] باستبدال');
  });
  it('software, vendors, teams and threat names after the same words stay', () => {
    for (const t of [
      'VPN client Pulse Secure was exploited',
      'Customer Service replied within the hour',
      'the operator Sandworm Team used Industroyer',
      'the user Lazarus Group',
      'user Agent Tesla beacons',
      'the technician replaced the modem',
      'customer Acme Energy GmbH reported it',
    ]) assert.equal(scan(t), t);
    assert.equal(scan('owner Ragnar Locker affiliates', ['ragnar locker']), 'owner Ragnar Locker affiliates');
  });
});
