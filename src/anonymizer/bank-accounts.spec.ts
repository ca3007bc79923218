import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { abaCheck } from './detectors/bank-accounts';
import { anonymize, createKeyring, DEFAULT_POLICY } from './index';
import { scanProtected as scan } from './test-scanner';

// Domestic bank accounts in the layouts each country writes them in: labelled, in prose near a
// bank word, and in a table column; and the numbers of the same texts that are not accounts.

describe('ABA routing numbers', () => {
  it('accepts a valid routing number and rejects one changed digit or a prefix no district uses', () => {
    assert.ok(abaCheck('021000021'));
    assert.ok(abaCheck('011000015'));
    assert.ok(!abaCheck('021000022'));
    assert.ok(!abaCheck('501000014'));
  });
});

describe('bank accounts by national layout', () => {
  it('Brazil: agência and conta with its check digit, labelled or in prose', () => {
    assert.equal(scan('Agência/Conta: 0341 / 1234567-8'), 'Agência/Conta: [BANK-ACCOUNT-1]');
    assert.equal(scan('Reembolso no banco, agência 0341, conta 00123-4.'), 'Reembolso no banco, agência 0341, conta [BANK-ACCOUNT-1].');
    assert.equal(scan('Dados bancários do cliente: 2811 / 40012-X'), 'Dados bancários do cliente: [BANK-ACCOUNT-1]');
  });

  it('Japan: branch, account type and seven digits; the Japan Post Bank symbol and number', () => {
    assert.equal(scan('振込先: 三井住友銀行 新宿支店 普通 1234567'), '振込先: 三井住友銀行 [BANK-ACCOUNT-1]');
    assert.equal(scan('返金先 りそな銀行 本店営業部 当座 7654321 です'), '返金先 りそな銀行 [BANK-ACCOUNT-1] です');
    assert.equal(scan('ゆうちょ銀行 記号 12345 番号 12345678'), 'ゆうちょ銀行 [BANK-ACCOUNT-1]');
  });

  it('Korea: the bank name before the number, also without a label', () => {
    assert.equal(scan('계좌: 국민은행 123456-01-234567'), '계좌: [BANK-ACCOUNT-1]');
    assert.equal(scan('환불은 카카오뱅크 3333-01-2345678 으로 요청'), '환불은 카카오뱅크 [BANK-ACCOUNT-1] 으로 요청');
  });

  it('Taiwan: the bank code in brackets before the account', () => {
    assert.equal(scan('帳號: (822) 12345678901234'), '帳號: [BANK-ACCOUNT-1]');
    assert.equal(scan('退款至銀行帳戶 (013) 0123456789012'), '退款至銀行帳戶 [BANK-ACCOUNT-1]');
  });

  it('Mexico: a CLABE near a bank word, by its check digit', () => {
    assert.equal(scan('Transferencia SPEI a 072180004512345673 confirmada'), 'Transferencia SPEI a [BANK-ACCOUNT-1] confirmada');
    assert.equal(scan('Transferencia SPEI a 072180004512345674 confirmada'), 'Transferencia SPEI a 072180004512345674 confirmada');
    assert.equal(scan('Depositar en la cuenta 072180004512345673 (Banorte)'), 'Depositar en la cuenta [BANK-ACCOUNT-1] (Banorte)');
  });

  it('US, UK, Australia, India and Canada: routing, sort code, BSB, IFSC and transit with the account', () => {
    assert.equal(scan('Routing/Account: 021000021 / 123456789'), 'Routing/Account: [BANK-ACCOUNT-1]');
    assert.equal(scan('ACH refund to bank 011000015 / 4455667788 pending'), 'ACH refund to bank [BANK-ACCOUNT-1] pending');
    assert.equal(scan('Sort code 20-32-06, account 53481946'), 'Sort code [BANK-ACCOUNT-1]');
    assert.equal(scan('Bank: BSB/Acc: 062-000 12345678'), 'Bank: BSB/Acc: [BANK-ACCOUNT-1]');
    assert.equal(scan('Payout 123456789012 / SBIN0001234 held'), 'Payout [BANK-ACCOUNT-1] held');
    assert.equal(scan('Direct deposit: transit 12345-003 1234567'), 'Direct deposit: transit [BANK-ACCOUNT-1]');
  });

  it('any grouped account number after a bank label', () => {
    assert.equal(scan('Kontonummer: 1234567890'), 'Kontonummer: [BANK-ACCOUNT-1]');
    assert.equal(scan('Nr rachunku 12 3456 7890 1234'), 'Nr rachunku [BANK-ACCOUNT-1]');
  });

  it('a bank column of a pasted table, whatever the layout of the cell', () => {
    assert.equal(scan('Cliente\tConta\nAna Souza\t0341 / 1234567-8'), 'Cliente\tConta\n[PERSON-1]\t[BANK-ACCOUNT-1]');
    assert.equal(scan('| # | 口座 |\n|---|---|\n| 7 | みずほ銀行 048支店 普通 1502372 |'), '| # | 口座 |\n|---|---|\n| 7 | [BANK-ACCOUNT-1] |');
  });
});

describe('numbers near bank words that are not accounts', () => {
  it('keeps versions, CVE ids, addresses and ports, hashes, dates, counts, amounts and public bank codes', () => {
    for (const text of [
      'Banking trojan Grandoreiro v4.2.1 hit 1,234 customers of 45 banks (CVE-2024-12345); C2 185.220.101.45:443, port 8443; build 2024/05/12.',
      'Bank account 2 of 3 was drained since 2024-05-12; SHA-256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
      'Konto 3 von 12; conta 2024/05; cuenta 1.234.567,89 MXN; 계좌 이체 1회',
      'The bank lost $1,250,000 in 2024; 021000021 is a routing number, SBIN0001234 an IFSC code.',
      'routing table 10.0.0.0/8, ASN 64512 / 13335',
    ]) assert.equal(scan(text), text);
  });
});

describe('anonymize: a bank account in a ticket and the threat beside it', () => {
  it('removes the account and keeps the banking trojan C2 and hash', () => {
    const T = '2024-05-01T10:11:12.345Z';
    const content = 'Cliente: Ana Souza\nAgência/Conta: 0341 / 1234567-8\nC2 banking-sync.top (45.133.1.22:8443), SHA-256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';
    const r = anonymize(
      { type: 'bundle', id: 'bundle--6b7c8d9e-0f1a-4b2c-8d3e-4f5a6b7c8d9e', objects: [{ type: 'note', spec_version: '2.1', id: 'note--7c8d9e0f-1a2b-4c3d-9e4f-5a6b7c8d9e0f', created: T, modified: T, content, object_refs: ['note--7c8d9e0f-1a2b-4c3d-9e4f-5a6b7c8d9e0f'] }] },
      DEFAULT_POLICY,
      createKeyring('e0e1e2e3e4e5e6e7e8e9eaebecedeeef'),
      { names: ['Serra Telecom S.A.'] },
      { now: T },
    );
    const out = JSON.stringify(r.bundle);
    assert.doesNotMatch(out, /1234567/);
    assert.match(out, /banking-sync\.top/);
    assert.match(out, /45\.133\.1\.22:8443/);
    assert.match(out, /9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08/);
  });
});
