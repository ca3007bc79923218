import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { anonymize, createKeyring, DEFAULT_POLICY } from './index';
import { scanProtected } from './test-scanner';

// Leak classes of the fourth review (CJK names, DOB forms, grouped customer numbers, partial
// addresses, UNC paths, phone extensions). Each case failed before its fix; the traps below the
// fixes must keep passing.

const scan = scanProtected;

describe('CJK and other non-Latin names by position', () => {
  it('a Chinese name after a Chinese person word, also running into the next word', () => {
    assert.equal(scan('用户唐书瑶(地址:北京)'), '用户[PERSON-1](地址:北京)');
    assert.equal(scan('现场工程师王建国更换了电表。'), '现场工程师[PERSON-1]更换了电表。');
  });
  it('a CJK name standing alone in a table cell', () => {
    assert.equal(scan('| 藤原千尋 | SN-1 |'), '| [PERSON-1] | SN-1 |');
    assert.equal(scan('| 山田市 | 東京都 |'), '| 山田市 | 東京都 |');
  });
  it('non-Latin names after Latin labels and under a signature dash', () => {
    assert.equal(scan('owner 西村さやか (on call)'), 'owner [PERSON-1] (on call)');
    assert.equal(scan('opened by: لمى الدوسري | queue: soc'), 'opened by: [PERSON-1] | queue: soc');
    assert.equal(scan('-- 森川颯太 ot security'), '-- [PERSON-1] ot security');
    assert.equal(scan('SELECT * FROM users -- 注释'), 'SELECT * FROM users -- 注释');
  });
  it('a Japanese name with a kana given name after お客様, not a compound noun', () => {
    assert.equal(scan('お客様 山口さやか様(東京都'), 'お客様 [PERSON-1]様(東京都');
    assert.match(scan('顧客番号 725-8514-738'), /^顧客番号 \[CUSTOMER-ID-1\]$/);
  });
  it('a Korean name before an honorific and a particle', () => {
    assert.equal(scan('임영연님이 확인했다.'), '[PERSON-1]님이 확인했다.');
    assert.equal(scan('고객님이 확인했다.'), '고객님이 확인했다.');
  });
  it('a mail header display name with a hyphenated surname', () => {
    assert.equal(scan('From: Turki Al-Harbi <t.harbi@example.org>'), 'From: [PERSON-1] <[EMAIL-1]>');
  });
});

describe('a CJK name found once is removed everywhere in the bundle', () => {
  it('spreads without word boundaries', () => {
    const bundle = {
      type: 'bundle', id: 'bundle--6b4c4b39-7d0a-4d65-9ad0-2c0a4e0d5a11',
      objects: [
        { type: 'note', spec_version: '2.1', id: 'note--0d4c0b7e-3a49-4a43-9e55-7d39f5a1a001', created: '2024-05-01T00:00:00Z', modified: '2024-05-01T00:00:00Z', content: '用户唐书瑶报告电表异常。', object_refs: ['note--0d4c0b7e-3a49-4a43-9e55-7d39f5a1a002'] },
        { type: 'note', spec_version: '2.1', id: 'note--0d4c0b7e-3a49-4a43-9e55-7d39f5a1a002', created: '2024-05-01T00:00:00Z', modified: '2024-05-01T00:00:00Z', content: '已通知唐书瑶。', object_refs: ['note--0d4c0b7e-3a49-4a43-9e55-7d39f5a1a001'] },
      ],
    };
    const out = anonymize(bundle as never, DEFAULT_POLICY, createKeyring('5eed5eed5eed5eed5eed5eed5eed5eed'), {} as never, { now: '2024-06-01T00:00:00Z' });
    assert.doesNotMatch(JSON.stringify(out.bundle), /唐书瑶/);
  });
});

describe('dates of birth and national ids that embed them', () => {
  it('Korean date units and resident registration numbers (also masked)', () => {
    assert.equal(scan('생년월일 1985년 3월 2일'), '생년월일 [DOB-1]');
    assert.equal(scan('주민등록번호 850302-1234567'), '주민등록번호 [NATIONAL-ID-1]');
    assert.equal(scan('RRN 850302-1xxxxxx on file'), 'RRN [NATIONAL-ID-1] on file');
  });
  it('a Chinese identity number with a valid check character', () => {
    assert.equal(scan('身份证 11010519491231002X'), '身份证 [NATIONAL-ID-1]');
    assert.equal(scan('身份证 110105194912310021'), '身份证 110105194912310021');
  });
  it('unusual separators, compact dates with a time, quoted JSON keys', () => {
    assert.equal(scan('DOB 02_03_1985'), 'DOB [DOB-1]');
    assert.equal(scan('dob: 198503020930'), 'dob: [DOB-1]');
    assert.equal(scan('{"birthDate": "1985-03-02"}'), '{"birthDate": "[DOB-1]"}');
    assert.equal(scan('born March 2nd, 1985'), 'born [DOB-1]');
  });
  it('the HL7 birth date inside the message timestamp', () => {
    const out = scan('MSH|^~\\&|APP|ACME|LIS|LAB|199010200930||ORU^R01|123456|P|2.5\nPID|1||M123^^^HOSP^MR||DOE^JANE||19901020|F');
    assert.doesNotMatch(out, /19901020/);
  });
  it('threat timestamps without a birth label stay (floored)', () => {
    assert.equal(scan('first seen 2024-05-02T10:00:00Z, build 19850302'), 'first seen 2024-05-02T10:00Z, build 19850302');
  });
});

describe('customer, account and contract numbers in grouped formats', () => {
  for (const label of ['customer no.', 'Kundennummer:', 'n° client', 'account', 'contract no.', 'Vertragsnummer', 'Kd.-Nr.', 'acct']) {
    it(label, () => assert.equal(scan(`${label} 725 8514-738 called`), `${label} [CUSTOMER-ID-1] called`));
  }
});

describe('partial street addresses', () => {
  it('Swedish apartment and floor suffixes', () => {
    assert.equal(scan('bor på Kungsgatan 4 A, lgh 1102, Stockholm'), 'bor på [ADDRESS-1], Stockholm');
    assert.equal(scan('Drottninggatan 5 2tr'), '[ADDRESS-1]');
  });
  it('UK flats and street types', () => {
    assert.equal(scan('Apartment 4B, 22 Acacia Avenue'), '[ADDRESS-1]');
    assert.equal(scan('167 Queensway Gardens, Derby'), '[ADDRESS-1], Derby');
  });
  it('a lower-case postcode after its label', () => {
    assert.equal(scan('postcode: sw1a 2aa'), 'postcode: [ADDRESS-1]');
  });
});

describe('UNC and user paths', () => {
  it('the server and the user folder of a home share', () => {
    assert.equal(scan('Path \\\\fileserver01\\users\\jdoe\\Documents\\x.xlsx'), 'Path \\\\[HOST-1]\\users\\[USER-1]\\Documents\\x.xlsx');
    assert.equal(scan('\\\\FS05.corp.local\\home$\\leticia.ferreira at 14:00'), '\\\\[HOST-1]\\home$\\[USER-1] at 14:00');
    assert.equal(scan('\\\\fs01\\c$\\Users\\jdoe\\x'), '\\\\[HOST-1]\\c$\\Users\\[USER-1]\\x');
  });
  it('a public WebDAV host of a payload stays', () => {
    assert.equal(scan('loads \\\\evil-cdn.com@SSL\\DavWWWRoot\\p.dll', ['evil-cdn.com']), 'loads \\\\evil-cdn.com@SSL\\DavWWWRoot\\p.dll');
  });
});

describe('phone extensions and trunk zeros', () => {
  it('the extension goes with the number', () => {
    assert.equal(scan('Phone: +49 89 123456 ext. 45'), 'Phone: [PHONE-1]');
    assert.equal(scan('Tel. +1 212 555 0199 x123'), 'Tel. [PHONE-1]');
    assert.equal(scan('Tel. 089 1234-5678 Durchwahl -12'), 'Tel. [PHONE-1]');
  });
  it('an extension word marks a national number without other context', () => {
    assert.equal(scan('reach her on (617) 386-9771 ramal 4803.'), 'reach her on [PHONE-1].');
  });
  it('a bracketed trunk zero where the country has none', () => {
    assert.equal(scan('escalated (+351 (0)96 6867 972)'), 'escalated ([PHONE-1])');
  });
  it('a premium-rate destination stays', () => {
    assert.equal(scan('fraudulent calls went to the IRSF destination +882 16 2839 0107'), 'fraudulent calls went to the IRSF destination +882 16 2839 0107');
  });
});
