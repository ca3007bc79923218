import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanText } from './scan';
import { scanProtected, testScanner } from './test-scanner';

// Identifier classes of the sixth review: dates of birth in prose, the submitter's reference
// numbers (tickets, contracts, customer accounts, meters, staff), threat values next to them.

const scan = scanProtected;

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

describe('the submitter reference numbers', () => {
  it('ticket ids that say what they are, and tracker numbers behind #', () => {
    assert.equal(scan('Jane – TKT-88231'), 'Jane – [CASE-ID-1]');
    assert.equal(scan('Acme router: Mirai (SR-2023-004512)'), 'Acme router: Mirai ([CASE-ID-1])');
    assert.equal(scan('Subject: RE: [#7781234] modem swap'), 'Subject: RE: [[CASE-ID-1]] modem swap');
    assert.equal(scan('logged as incidencia #7214692.'), 'logged as incidencia [CASE-ID-1].');
  });
  it('contracts, customer accounts, meters and staff after their labels, in several languages', () => {
    assert.equal(scan('Vertrag 4411-220931-07 gekündigt'), 'Vertrag [CONTRACT-1] gekündigt');
    assert.equal(scan('Договор CNT/2022/0042, заявка'), 'Договор [CONTRACT-1], заявка');
    assert.equal(scan('合同号AB-20417731，已关闭'), '合同号[CONTRACT-1]，已关闭');
    assert.equal(scan('número de contador ZX9-1120-4431 sustituido'), 'número de contador [SERIAL-1] sustituido');
    assert.equal(scan('matricola contatore LT-77120-4 sostituita'), 'matricola contatore [SERIAL-1] sostituita');
    assert.equal(scan('numer klienta KD-00412977'), 'numer klienta [CUSTOMER-ID-1]');
    assert.equal(scan('Personalnummer: 0047113'), 'Personalnummer: [EMPLOYEE-ID-1]');
  });
  it('ids under record keys, meter-point ids, EMP- ids and staff ids in brackets after a person', () => {
    assert.equal(scan('{"chargeBoxSerialNumber":"ABB-22-91731","model":"Terra"}'), '{"chargeBoxSerialNumber":"[SERIAL-1]","model":"Terra"}');
    assert.equal(scan('ChargeBoxId=EVB-P2201-0042'), 'ChargeBoxId=[SERIAL-1]');
    assert.equal(scan('{"contractId":"DE-8EO-C12345678-3"}'), '{"contractId":"[CONTRACT-1]"}');
    assert.equal(scan('Zählpunkt-Kennung AT0010000000000000001000004567890 gesperrt'), 'Zählpunkt-Kennung [SERIAL-1] gesperrt');
    assert.equal(scan('meter 1EMH0012345678 replaced'), 'meter [SERIAL-1] replaced');
    assert.equal(scan('escalated by the night shift (EMP-20417)'), 'escalated by the night shift ([EMPLOYEE-ID-1])');
    assert.equal(scan('Owner of laptop: the site lead (K7741902)'), 'Owner of laptop: the site lead ([EMPLOYEE-ID-1])');
  });
  it('threat and public identifiers next to the same words stay', () => {
    for (const t of [
      'Amazon Billing: Invoice 123456',
      'the smart contract 0x52908400098527886E0F7030069857D2E4169EE7 drained funds',
      'the operator ran PowerShell (T1059) and Cobalt Strike (S0154)',
      'the contract ended in 2023; see CVE-2024-3400 and GHSA-2024-12345',
      'color: #333333; background:#102030',
      'GitHub issue #12345 in the public tracker',
      'meter firmware v2.4.1',
    ]) assert.equal(scan(t, ['0x52908400098527886e0f7030069857d2e4169ee7']), t);
  });
});

describe('table columns', () => {
  it('quoted CSV cells keep their separators, so the row still lines up with its header', () => {
    assert.equal(
      scan('Name,Meter,Address,Customer no.\n"Roe, Jane",GX-2231-99812,"1 High St, Leeds",C-974-04439'),
      'Name,Meter,Address,Customer no.\n"[PERSON-1]",[SERIAL-1],"[ADDRESS-1]",[CUSTOMER-ID-1]',
    );
  });
  it('customer-number and staff-id headers in several languages', () => {
    assert.equal(scan('Nom;N° client\nRoe;2925350528'), 'Nom;N° client\n[PERSON-1];[CUSTOMER-ID-1]');
    assert.equal(scan('Nome,Cód. cliente\nAna,ACC-641147'), 'Nome,Cód. cliente\n[PERSON-1],[CUSTOMER-ID-1]');
    assert.equal(scan('| Role | Emp. ID |\n|---|---|\n| on-call | S-83032 |'), '| Role | Emp. ID |\n|---|---|\n| on-call | [EMPLOYEE-ID-1] |');
  });
});

describe('threat values that look like personal data', () => {
  it('premium-rate destinations named in the languages of the exchange, before or after the number', () => {
    for (const t of [
      'chiamate verso numeri a tariffa maggiorata +224 66 134 771 dalla SIM',
      'genererades betalsamtal till +675 7860 3425 från SIM-kortet',
      '侵害されたSIMから高額課金番号+881 604 742 838への発信',
      '被入侵的SIM卡拨往高额付费号码+882 16 4407 1216的呼叫',
      '탈취된 SIM에서 고액 과금 번호 +881 643 081 484로 발신',
      'تم توليد مكالمات إلى رقم بتعرفة مرتفعة +881 670 306 341 من الشريحة',
      'SIM karttan +252 61 060 1231 numaralı özel ücretli hatta aramalar yapıldı',
      'प्रीमियम दर वाले नंबर +882 16 8001 4126 पर कॉल की गईं',
    ]) assert.equal(scan(t), t);
  });
  it('a subscriber number next to the same words is still removed', () => {
    assert.equal(scan('Call our subscriber +44 7700 900123 about premium services.'), 'Call our subscriber [PHONE-1] about premium services.');
  });
  it('Base58 wallet addresses stay: Monero, Litecoin, TRON', () => {
    for (const w of [
      '4msb7YstBzZtXzTdVmRBY84yf83oNsQQ4qHvxn4qDUL8aJTbg1TcczfE8LA1GtsHH9e5e4NLE8xkeoKs4qU9Ve2u2Sgx68j',
      'LVg2kJoFNg45Nbpy53h7Fe1wKyeXVRhMH9',
      'TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE',
    ]) assert.equal(scan(`the ransom note asks for payment to ${w} within 48 hours`), `the ransom note asks for payment to ${w} within 48 hours`);
  });
  it('the same shape after a key word is a secret', () => {
    assert.equal(scan('api token: TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE'), 'api token: [SECRET-1]');
  });
});

describe('IDS rule bodies', () => {
  it('a rule id is not a phone number, even with a region hint', () => {
    const rule = 'alert tcp $HOME_NET any -> 203.0.113.7 23 (msg:"C2 beacon"; content:"X-Bot-Id:"; sid:9164331; rev:1;)';
    assert.equal(scanText(rule, testScanner({ region: 'DE' })).text, rule);
  });
});

describe('MACs in a netfilter log line', () => {
  it('the MAC= run holds the destination and source MACs before the EtherType', () => {
    assert.equal(
      scan('kernel: IN=eth0 OUT= MAC=00:1a:2b:3c:4d:5e:f0:9e:63:12:ab:cd:08:00 SRC=10.0.0.7 DST=198.51.100.9 PROTO=TCP'),
      'kernel: IN=eth0 OUT= MAC=[MAC-1]:[MAC-2]:08:00 SRC=[PRIVATE-IP-1] DST=198.51.100.0/24 PROTO=TCP',
    );
    assert.equal(scan('MAC=00:1a:2b:3c:4d:5e:f0:9e:63:12:ab:cd:81:00:00:64:08:00 SRC'), 'MAC=[MAC-1]:[MAC-2]:81:00:00:64:08:00 SRC');
  });
});

describe('logins in chat transcripts, Windows accounts and password phrases', () => {
  it('chat speakers (handles and display names) and the handles they address', () => {
    assert.equal(
      scan('[09:14] mfischer: blocking it now\n[09:15] Anna Berg: thanks @mfischer, see the case\n[09:16] <k.ito> done'),
      '[09:14] [USER-1]: blocking it now\n[09:15] [PERSON-1]: thanks @[USER-1], see the case\n[09:16] <[USER-2]> done',
    );
  });
  it('a role as speaker, a timestamp in prose and an @ outside a transcript stay', () => {
    for (const t of ['[10:02] SOC: escalated', '[10:02] the beacon resumed: 3 hosts', 'at [10:02] ops: 3 hosts', 'follow @threatintel for updates']) assert.equal(scan(t), t);
  });
  it('the user part of DOMAIN\\user in an account field, and sessions opened by a login', () => {
    assert.equal(scan('EventID=4624 User=PLANT-A\\r.okafor LogonType=10'), 'EventID=4624 User=PLANT-A\\[USER-1] LogonType=10');
    assert.equal(scan('HMI session opened by dvoss on ws-07'), 'HMI session opened by [USER-1] on ws-07');
    assert.equal(scan('session opened by the operator'), 'session opened by the operator');
    assert.equal(scan('the share was mounted as NORDWIND\\jdoe from the jump host'), 'the share was mounted as NORDWIND\\[USER-1] from the jump host');
    for (const t of ['ran as NT AUTHORITY\\SYSTEM', 'BUILTIN\\Administrators', 'key HKLM\\Run', 'dropped TEMP\\svchost.exe']) assert.equal(scan(t), t);
  });
  it('the login of a client in a Mosquitto connect line', () => {
    assert.equal(
      scan("1715000000: New client connected from 10.1.2.3:50112 as gw-17 (p2, c1, k60, u'h.tanaka')."),
      "1715000000: New client connected from [PRIVATE-IP-1]:50112 as gw-17 (p2, c1, k60, u'[USER-1]').",
    );
  });
  it('the login and the secret after "password of/for <login>:"', () => {
    assert.equal(scan('VPN password for j_moreau: Sommer#2019'), 'VPN password for [USER-1]: [SECRET-1]');
    assert.equal(scan('router password of tkowalski: 5f4dcc3b5aa765d61d8327deb882cf99 (md5)'), 'router password of [USER-1]: [SECRET-1] (md5)');
    assert.equal(scan('password for the portal: see vault'), 'password for the portal: see vault');
  });
});

describe('number plates after their label', () => {
  it('a few lower-case words between the label and the plate, and a quoted key=value plate', () => {
    assert.equal(scan('the plate of the rental car was KL 4471 TZ, seen at the gate'), 'the plate of the rental car was [PLATE-1], seen at the gate');
    assert.equal(scan('la targa del furgone è AB 123CD'), 'la targa del furgone è [PLATE-1]');
    assert.equal(scan('vin=1HGCM82633A004352 plate="KR 7731X" speed=42'), 'vin=[VIN-1:WMI=1HG] plate="[PLATE-1]" speed=42');
  });
  it('a version, an ATT&CK id or a CVE a few words after "plate" stays', () => {
    for (const t of ['the plate reader runs firmware V2 1', 'plate of the malware was CVE-2024-3400', 'the plate was used in T1059', 'the plate was retired in 2024 Q3']) assert.equal(scan(t), t);
  });
});
