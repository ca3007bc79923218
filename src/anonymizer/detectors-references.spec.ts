import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanProtected as scan } from './test-scanner';

// A reference quoted in correspondence (golden case ticket-chat-export-en); each case failed before its fix.

describe('references after their label', () => {
  it('in several languages and notations', () => {
    assert.equal(scan('Customer contact, reference REF-778-2291.'), 'Customer contact, reference [CASE-ID-1].');
    assert.equal(scan('our ref. 2291/44 dated 3 May'), 'our ref. [CASE-ID-1] dated 3 May');
    assert.equal(scan('Aktenzeichen: 4-C-118/24'), 'Aktenzeichen: [CASE-ID-1]');
  });
  it('not a catalogue id, a year, a short number or a threat URL parameter', () => {
    assert.equal(scan('see reference CVE-2024-3400 and reference T1059'), 'see reference CVE-2024-3400 and reference T1059');
    assert.equal(scan('Referencia: 2024; reference 3; reference implementation v1.2.3'), 'Referencia: 2024; reference 3; reference implementation v1.2.3');
    assert.doesNotMatch(scan('fetched https://evil.example/x.php?ref=A12345'), /CASE-ID/);
  });
});

describe('what is not a reference, a header or a name (precision)', () => {
  it('a period after a contract label is not its number', () => {
    assert.equal(scan('Renewal under contract 2024-Q3 was delayed; contract FY2025 and contract H1-2025.'), 'Renewal under contract 2024-Q3 was delayed; contract FY2025 and contract H1-2025.');
    assert.equal(scan('contract 2024-06-18 signed'), 'contract 2024-06-18 signed');
    assert.equal(scan('contract CNT-2024-0031 signed'), 'contract [CONTRACT-1] signed');
  });
  it('a call transcript with commas is not a table', () => {
    const t = 'Caller: Hello, the AX-200 keeps rebooting.\nAgent: Thanks, which model?\nCaller: Hello, the AX-200.';
    assert.doesNotMatch(scan(t), /SERIAL|PERSON/);
  });
  it('a greeting in a name slot is not a name; a name there still is', () => {
    assert.equal(scan('Caller: Hi, my meter keeps rebooting.'), 'Caller: Hi, my meter keeps rebooting.');
    assert.equal(scan('Caller: Ja, der Zähler startet neu.'), 'Caller: Ja, der Zähler startet neu.');
    assert.equal(scan('Caller: Anna Berg, meter keeps rebooting.'), 'Caller: [PERSON-1], meter keeps rebooting.');
  });
});
