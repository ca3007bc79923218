import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CountryCode } from 'libphonenumber-js/max';
import { scanText } from './scan';
import { testScanner } from './test-scanner';

// HL7 PID fields, OCPP idTag, display names, CN/KR plates, ticket words, signature phones (v3 misses).

const scan = (text: string, region?: string, prot: string[] = []) => scanText(text, testScanner({ internalDomains: [], region: region as CountryCode | undefined, protectedValues: prot })).text;

describe('structured messages', () => {
  it('HL7 v2 PID: MRN, name, date of birth, address', () => {
    const out = scan('MSH|^~\\&|APP|FAC|LIS|LAB|202405010930||ORU^R01|123456|P|2.5\nPID|1||MRN12518561^^^HOSP^MR||BERTHELOT^Solene||19681223|F|||26 rue des Tanneurs^^^^||x');
    assert.doesNotMatch(out, /MRN12518561|BERTHELOT|19681223|Tanneurs/);
  });
  it('OCPP idTag', () => {
    assert.doesNotMatch(scan('[2,"19223201","Authorize",{"idTag":"FC9495F5752CD8"}]'), /FC9495F5752CD8/);
  });
  it('display names of victim addresses, not of a protected phishing sender', () => {
    const out = scan('Cc: 山口海斗 <k.yamaguchi@example.jp>; Lure sent to Jana Novak <jana@example.com> from Billing Team <billing@evil.example>.', undefined, ['billing@evil.example']);
    assert.doesNotMatch(out, /山口海斗|Jana Novak/);
    assert.match(out, /Billing Team/);
    assert.equal(scan('SOC <soc@example.com>'), 'SOC <[EMAIL-1]>');
  });
  it('Chinese and Korean plates', () => {
    const out = scan('车牌 京A·12345, 粤B12345; 번호판 12가3456 / 175가 9044');
    assert.doesNotMatch(out, /12345|3456|9044/);
  });
  it('ticket ids after ticket words of other languages; CVE ids stay', () => {
    const out = scan('Vorgang 123456, 工单 12345, case SEC-2024-0042; incident CVE-2024-1234');
    assert.doesNotMatch(out, /123456|12345|SEC-2024-0042/);
    assert.match(out, /CVE-2024-1234/);
  });
  it('signature phones: the number is not joined to the next line', () => {
    assert.doesNotMatch(scan('OT Security\nMobile: +33680836782\n26 rue des Tanneurs, 59800 Lille', 'FR'), /680836782/);
    assert.doesNotMatch(scan('Field Engineer\nTel.: 07838 721306\n167 Queensway Gardens, Derby', 'GB'), /721306/);
  });
  it('bare E.164 subscriber numbers after RADIUS and Diameter labels', () => {
    assert.doesNotMatch(scan('Calling-Station-Id="4915942708864" 3GPP-IMSI', 'DE'), /4915942708864/);
  });
});
