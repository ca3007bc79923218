import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanProtected as scan } from './test-scanner';

// Victim identifiers of the ninth review by the place they stand in: the business beside a
// customer, a host named for its owner and device kind, a serial after a product model, a
// device column of a pasted table; and the same shapes where they are not the victim's.

describe('the business named beside a customer', () => {
  it('takes the bracket after the customer, in any script', () => {
    assert.equal(scan('Customer: Ana Souza (Padaria Vitória)\nAddress: on file'), 'Customer: [PERSON-1] ([ORG-1])\nAddress: on file');
    assert.equal(scan('고객: 김하은 (하은베이커리)'), '고객: [PERSON-1] ([ORG-1])');
  });
  it('leaves notes, ids, codes and counts in brackets', () => {
    assert.equal(scan('Customer: Ana Souza (via portal)'), 'Customer: [PERSON-1] (via portal)');
    assert.equal(scan('Customer: 4,000 subscribers (EU)'), 'Customer: 4,000 subscribers (EU)');
    assert.equal(scan('Customer: Acme GmbH (DE)'), 'Customer: Acme GmbH (DE)');
  });
});

describe('hosts named for their owner and device kind', () => {
  it('a lower-case owner before the device kind, as a command-line argument or alone', () => {
    assert.equal(scan('mips.bin --host weissenborn-nas --c2 upd332.relay-e24c.live'), 'mips.bin --host [HOST-1] --c2 upd332.relay-e24c.live');
    assert.equal(scan('./.x kowalczyk-pc'), './.x [HOST-1]');
  });
  it('not a file, a URL path, a domain label or an ordinary compound', () => {
    const text = 'download win-pc.exe from http://cdn.example.com/remote-pc and https://lena-macbook.example.org; the non-pc build';
    assert.equal(scan(text), text);
  });
});

describe('serials by their place', () => {
  it('a serial right after a product model designation', () => {
    assert.equal(scan('Returned HelixCharge Pro 535 HK2209957937D today'), 'Returned HelixCharge Pro 535 [SERIAL-1] today');
  });
  it('not a token after a threat tool name or a version', () => {
    const text = 'CobaltStrike 4 beacon ABCD1234EF5678; QakBot 20240512; PowerShell 7 stage2';
    assert.equal(scan(text), text);
  });
  it('a device column of a pasted table, headers in other languages', () => {
    assert.equal(scan('| # | Cihaz |\n|---|---|\n| 7 | GN2013173334T |'), '| # | Cihaz |\n|---|---|\n| 7 | [SERIAL-1] |');
    assert.equal(scan('| # | 단말 |\n|---|---|\n| 7 | VG2511112017F |'), '| # | 단말 |\n|---|---|\n| 7 | [SERIAL-1] |');
  });
});
