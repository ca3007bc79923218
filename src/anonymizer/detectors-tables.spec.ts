import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanText } from './scan';
import { testScanner } from './test-scanner';

// Tables pasted into free text: cells tokenised by their column header (detectors/tables.ts).

const scan = (text: string, protectedValues: string[] = []) => scanText(text, testScanner({ internalDomains: [], protectedValues })).text;

describe('tables in free text', () => {
  it('semicolon CSV: bare MACs, serials and names under their headers', () => {
    const out = scan('serial;mac;customer;note\nGRX42KT118830;84FCCD34685B;Anatole Vauquelin;ok\nGRX42KT118831;742837863DB6;藤原千尋;ok');
    assert.doesNotMatch(out, /GRX42KT11883|84FCCD34685B|742837863DB6|Anatole|藤原千尋/);
    assert.match(out, /\[SERIAL-1\];\[MAC-1\];\[PERSON-1\];ok/);
  });
  it('Markdown tables with headers of other languages; the rule row is skipped', () => {
    const out = scan('| Kunde | Seriennummer | Adresse |\n|---|---|---|\n| Gesa Pfisterer | A12BC345678 | Hauptstraße 5, 04229 Leipzig |');
    assert.doesNotMatch(out, /Gesa|A12BC345678|Hauptstraße/);
    const ja = scan('| 氏名 | シリアル | 住所 |\n|---|---|---|\n| 山口海斗 | A12BC345678 | 東京都港区1-2-3 |');
    assert.doesNotMatch(ja, /山口海斗|A12BC345678|東京都港区/);
  });
  it('threat columns and unknown columns are left alone', () => {
    const out = scan('src,c2 domain,sha256,customer\n203.0.113.9,jane-doe.top,' + 'ab'.repeat(32) + ',Jana Novak', ['jane-doe.top']);
    assert.match(out, /jane-doe\.top/);
    assert.match(out, /abab/);
    assert.doesNotMatch(out, /Jana Novak/);
  });
  it('prose with commas and a single line is not a table', () => {
    assert.equal(scan('Name, serial and MAC were checked; nothing found.'), 'Name, serial and MAC were checked; nothing found.');
  });
});
