import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanText } from './scan';
import { testScanner } from './test-scanner';

// Identifier classes of the sixth review: dates of birth in prose, the submitter's reference
// numbers (tickets, contracts, customer accounts, meters, staff), threat values next to them.

const scan = (text: string, protectedValues: string[] = []) => scanText(text, testScanner({ protectedValues })).text;

describe('dates of birth a few words after their label', () => {
  it('words and a bracket between the label and the date, in several languages', () => {
    assert.equal(scan("the patient's date of birth (3 March 1961) was checked"), "the patient's date of birth ([DOB-1]) was checked");
    assert.equal(scan('la fecha de nacimiento de la titular: 02/11/1974.'), 'la fecha de nacimiento de la titular: [DOB-1].');
    assert.equal(scan('podał datę urodzenia — dacie? nie, daty urodzenia klienta 14.02.1966 r.'), 'podał datę urodzenia — dacie? nie, daty urodzenia klienta [DOB-1] r.');
    assert.equal(scan('сверили дату рождения владельца (1970-01-31)'), 'сверили дату рождения владельца ([DOB-1])');
    assert.equal(scan('müşterinin doğum tarihini 9.9.1999 olarak verdi'), 'müşterinin doğum tarihini [DOB-1] olarak verdi');
    assert.equal(scan('تم التحقق من تاريخ ميلاد العميل 1/2/1980'), 'تم التحقق من تاريخ ميلاد العميل [DOB-1]');
  });
  it('CJK labels right after a particle', () => {
    assert.equal(scan('本人确认了客户的出生日期（1990年1月2日）'), '本人确认了客户的出生日期（[DOB-1]）');
    assert.equal(scan('お客様の誕生日は1985年4月3日です'), 'お客様の誕生日は[DOB-1]です');
  });
  it('a date in the next sentence, or after a word that only starts like a label, stays', () => {
    for (const t of ['Date of birth unknown. Incident on 03/04/2024.', 'airborne since 12/01/2023', 'the stubborn host rebooted 01/02/2024']) assert.equal(scan(t), t);
  });
});
