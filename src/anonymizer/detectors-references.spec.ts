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
