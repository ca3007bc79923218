import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CountryCode } from 'libphonenumber-js/max';
import { scanText } from './scan';
import { testScanner } from './test-scanner';

// Leak classes of the fifth review (national phone numbers without context, names outside the
// gazetteer, cloud keys in configs). Each case failed before its fix; the traps below the fixes
// must keep passing.

const scan = (text: string, protectedValues: string[] = [], region?: CountryCode) => scanText(text, testScanner({ protectedValues, region })).text;

describe('national phone numbers without a context word or region hint', () => {
  it('a bracketed area code', () => {
    assert.equal(scan('Reach Tom on (415) 757-5828.'), 'Reach Tom on [PHONE-1].');
  });
  it('a trunk zero and grouped digits, valid in some region', () => {
    assert.equal(scan('Escalated by Tom (0473 252 978).'), 'Escalated by Tom ([PHONE-1]).');
    assert.equal(scan('Escalated by Tom (098681 79506).'), 'Escalated by Tom ([PHONE-1]).');
    assert.equal(scan('Escalated by Tom (030 12345678).'), 'Escalated by Tom ([PHONE-1]).');
  });
  it('a Brazilian mobile with a bracketed area code, a Turkish extension word', () => {
    assert.equal(scan('Reach Ana on (31) 97474-7469.'), 'Reach Ana on [PHONE-1].');
    assert.equal(scan('Ali on 0676 1197903 dahili 2227.'), 'Ali on [PHONE-1].');
  });
  it('a national number of the submitter region in an unallocated range', () => {
    assert.equal(scan('Contact at psirt@acme.com or 06-04954782 (Tom).', [], 'NL'), 'Contact at [EMAIL-1] or [PHONE-1] (Tom).');
  });
  it('threat numbers and numbers that are not phone numbers stay', () => {
    for (const t of [
      'fraudulent calls went to the IRSF destination 0909 879 0879',
      'Version 0.10.2 build 2024 0101, ports 4443 8080 9000',
      'between 0800 1200 and 1400 2000 UTC',
      'CVE-2023-1389 and T1595.002, build 0.10.220.1',
      'offsets 0x0040 1000 and 0040 1000',
      'sha 0a1b2c3d 4e5f6071',
      'counted 0 1234 5678 events',
    ]) assert.equal(scan(t), t.replace(/(\d\d):(\d\d):\d\d/, '$1:$2'));
  });
});

describe('cloud keys in configs', () => {
  it('a quoted JSON key before its separator', () => {
    assert.equal(scan('{ "cloud": { "api_key": "AKIAwyHDKgeERkRSIGGjVLnvUQKA", "endpoint": "x" } }'), '{ "cloud": { "api_key": "[SECRET-1]", "endpoint": "x" } }');
    assert.equal(scan("{'aws_secret_access_key': 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'}"), "{'aws_secret_access_key': '[SECRET-1]'}");
  });
  it('a key that only mentions a secret word stays', () => {
    assert.equal(scan('{"token_type": "bearer", "secret_ref": "vault"}'), '{"token_type": "bearer", "secret_ref": "vault"}');
  });
});

describe('names outside the gazetteer by position', () => {
  it('the recipient name that opens a personalised lure subject', () => {
    assert.equal(scan('Reuben Brackley: Facture 272081'), '[PERSON-1]: Facture 272081');
    assert.equal(scan('RE: Χαρά Μπακογιάννη: Rechnung 473310'), 'RE: [PERSON-1]: Rechnung 473310');
    assert.equal(scan('藤本蒼: Invoice 795239'), '[PERSON-1]: Invoice 795239');
  });
  it('a sender name opening a bulk-mail subject stays', () => {
    assert.equal(scan('Amazon Billing: Invoice 123456'), 'Amazon Billing: Invoice 123456');
    assert.equal(scan('Security Update: Invoice overdue'), 'Security Update: Invoice overdue');
  });
  it('a name on a duty roster', () => {
    assert.equal(scan('Reuben Brackley (on call) restarted it.'), '[PERSON-1] (on call) restarted it.');
    assert.equal(scan('Rufbereitschaft: Torben Pfannkuch'), 'Rufbereitschaft: [PERSON-1]');
  });
  it('actor and malware names next to a duty word stay', () => {
    assert.equal(scan('Lazarus Group (on call) and Emotet (on call)'), 'Lazarus Group (on call) and Emotet (on call)');
    assert.equal(scan('on call: Cobalt Strike beacons to reuben-brackley.top', ['reuben-brackley.top']), 'on call: Cobalt Strike beacons to reuben-brackley.top');
  });
});

describe('names in file names that lost their non-ASCII letters', () => {
  it('a Turkish surname without its dotless i, next to a given name', () => {
    assert.equal(scan('aydn_emre_payslip_2024.pdf'), '[PERSON-1]_payslip_2024.pdf');
    assert.equal(scan('ylmaz_mehmet_bordro.xlsx'), '[PERSON-1]_bordro.xlsx');
  });
  it('without a given name it stays', () => {
    assert.equal(scan('aydn_config_2024.bin'), 'aydn_config_2024.bin');
  });
});

describe('non-Latin names after Latin sign-offs and escalation phrases', () => {
  it('Arabic and Hebrew names after "escalated by", "thanks," and "regards,"', () => {
    assert.equal(scan('escalated by يوسف منصور (on call).'), 'escalated by [PERSON-1] (on call).');
    assert.equal(scan('the card was blocked. thanks, مريم منصور'), 'the card was blocked. thanks, [PERSON-1]');
    assert.equal(scan('Best regards, יוסי לוי'), 'Best regards, [PERSON-1]');
  });
  it('keeps katakana alone (a product or actor name) and Latin text after the phrase', () => {
    assert.equal(scan('thanks, ラザルス'), 'thanks, ラザルス');
    assert.equal(scan('thanks, the SOC team'), 'thanks, the SOC team');
  });
});

describe('Hebrew given names in Latin transliteration', () => {
  it('an upper-case surname before a common diminutive ("BITON Yossi")', () => {
    assert.equal(scan('Rachel Cohen and BITON Yossi joined the bridge.'), '[PERSON-1] and [PERSON-2] joined the bridge.');
    assert.equal(scan('thanks, COHEN Yossi dropped md5'), 'thanks, [PERSON-1] dropped md5');
  });
});

describe('Arabic names: given name and family name', () => {
  it('a listed family name without the article, and the nisba form', () => {
    assert.equal(scan('حضر فاطمة حداد الاجتماع.'), 'حضر [PERSON-1] الاجتماع.');
    assert.equal(scan('أكد يوسف منصور إعادة التشغيل.'), 'أكد [PERSON-1] إعادة التشغيل.');
    assert.equal(scan('سارة القحطاني اتصلت'), '[PERSON-1] اتصلت');
  });
  it('a given name before a common noun with the article is not a name ("سارة الاجتماع")', () => {
    assert.equal(scan('حضرت سارة الاجتماع.'), 'حضرت سارة الاجتماع.');
  });
});

describe('Hebrew given names: common diminutives', () => {
  it('"יוסי" with a family name, also after the conjunction prefix', () => {
    assert.equal(scan('יוסי לוי אישר את האתחול.'), '[PERSON-1] אישר את האתחול.');
    assert.equal(scan('דנה כהן ויוסי פרידמן הצטרפו לשיחה.'), '[PERSON-1] ו[PERSON-2] הצטרפו לשיחה.');
  });
});

