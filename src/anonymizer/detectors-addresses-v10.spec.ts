import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanProtected as scan } from './test-scanner';

// Leak classes of the tenth evaluation: a postcode between a numbered street line and a city in
// another script, the street line before a postcode, HL7 address components, postcodes taken for
// phone numbers, and British plates. The traps must stay untouched.

describe('a postcode between a numbered street line and a city in its own script', () => {
  it('Arabic, Thai, Russian, Chinese and Japanese lines: street and postcode', () => {
    assert.equal(scan('Location: 7 طريق الملك عبدالله, 23331 جدة'), 'Location: [ADDRESS-1], [ADDRESS-2] جدة');
    assert.equal(scan('device at เลขที่ 9 ถนนสุขุมวิท, 10110 กรุงเทพมหานคร reported'), 'device at [ADDRESS-1], [ADDRESS-2] กรุงเทพมหานคร reported');
    assert.match(scan('адрес; ул. Ленина, д. 5, 420111 Казань'), /\[ADDRESS-\d\], \[ADDRESS-\d\] Казань$/);
    assert.equal(scan('meter at मकान नं. 14, जे.एल.एन. मार्ग, 302001 जयपुर offline'), 'meter at [ADDRESS-1], [ADDRESS-2] जयपुर offline');
    assert.equal(scan('meter at 人民路8号, 200001 上海市黄浦区 offline'), 'meter at [ADDRESS-1], [ADDRESS-2] 上海市黄浦区 offline');
    assert.equal(scan('Caller: 本町二丁目3番, 〒060-0001 札幌市中央区'), 'Caller: [ADDRESS-1], [ADDRESS-2] 札幌市中央区');
  });
  it('counts and versions in those scripts have no street word', () => {
    assert.equal(scan('الإصدار 5، 10000 جهاز'), 'الإصدار 5، 10000 جهاز');
    assert.equal(scan('версия 5, 10000 Пользователей'), 'версия 5, 10000 Пользователей');
    assert.equal(scan('版本 3, 100000 台设备'), '版本 3, 100000 台设备');
    assert.equal(scan('รุ่น 4, 2024 ผู้ใช้'), 'รุ่น 4, 2024 ผู้ใช้');
    assert.equal(scan('अपडेट 5, संस्करण 2, 100000 उपयोगकर्ता'), 'अपडेट 5, संस्करण 2, 100000 उपयोगकर्ता');
  });
});

describe('the street line before a postcode and its city', () => {
  it('takes the street whatever its type word', () => {
    assert.equal(scan('Location: Brink 12, 7411 BR Deventer'), 'Location: [ADDRESS-1], [ADDRESS-2] Deventer');
  });
  it('leaves counts before a capitalised word', () => {
    assert.equal(scan('Tier 2, 2500 Devices'), 'Tier 2, 2500 Devices');
    assert.equal(scan('Release 7, 2024 Roadmap'), 'Release 7, 2024 Roadmap');
  });
  it('a German preposition street after its label', () => {
    assert.equal(scan('Anschrift Auf dem Berge 4\nnächster Termin'), 'Anschrift [ADDRESS-1]\nnächster Termin');
  });
});

describe('postcodes that look like phone numbers', () => {
  it('Brazilian CEP and the Japanese postal mark next to a phone word', () => {
    assert.equal(scan('endereço: Rua das Flores, 120, 80010-130 Curitiba; cel. (41) 99123-4567'), 'endereço: [ADDRESS-1]; cel. [PHONE-1]');
    assert.doesNotMatch(scan('Tel. 03-1234-5678, 〒150-0002 東京都渋谷区'), /〒\[PHONE/);
  });
  it('a phone number in those notations stays one', () => {
    assert.equal(scan('cel. (41) 99123-4567'), 'cel. [PHONE-1]');
  });
});

describe('an HL7 patient address', () => {
  it('street, other designation, city and postcode of every repetition; state and country stay', () => {
    const pid = 'PID|1||MRN1234567||Jansen^Eva||19800101|F|||Herengracht 12^3hoog^Amsterdam^NH^1015 BZ^NL~Damrak 5^^^^1012 LM||0612345678';
    const out = scan(`MSH|^~\\&|LAB|H\n${pid}\nOBX|1|ST|FW||v2`);
    assert.match(out, /\|\|\|\[ADDRESS-\d\]\^\[ADDRESS-\d\]\^\[ADDRESS-\d\]\^NH\^\[ADDRESS-\d\]\^NL~\[ADDRESS-\d\]\^\^\^\^\[ADDRESS-\d\]\|\|/);
    assert.doesNotMatch(out, /1015 BZ|1012 LM|3hoog/);
  });
});

describe('number plates', () => {
  it('a British plate with a valid age identifier needs no vehicle word', () => {
    assert.equal(scan('Customer record: wallbox WB-88213, BD21 XKP'), 'Customer record: wallbox WB-88213, [PLATE-1]');
    assert.equal(scan('owner paid for KY68 RTU on Monday'), 'owner paid for [PLATE-1] on Monday');
  });
  it('age identifiers no plate has, letters I and Q, units and codes stay', () => {
    assert.equal(scan('see AB99 CDE and AB30 CDE'), 'see AB99 CDE and AB30 CDE');
    assert.equal(scan('batch QA21 XKP, lot IB21 XKP'), 'batch QA21 XKP, lot IB21 XKP');
    assert.equal(scan('KB25 USD and EW12 TCP'), 'KB25 USD and EW12 TCP');
  });
});
