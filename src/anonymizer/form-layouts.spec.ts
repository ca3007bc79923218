import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanText } from './scan';
import { testScanner } from './test-scanner';

// Labels set apart from their values: a printed form's dot leaders, a call transcript's question
// and answer; and the Chinese "serial number" label 序號 / 序号.

const scan = (text: string) => scanText(text, testScanner()).text;

describe('form layouts', () => {
  it('a value after dot leaders', () => {
    assert.equal(
      scan('Kundendienst-Einsatz\nKundennummer ........ 4410 2871 93\nContract no. ........ VT-55019233\nTermin ........ 14.05.2024'),
      'Kundendienst-Einsatz\nKundennummer ........ [CUSTOMER-ID-1]\nContract no. ........ [CONTRACT-1]\nTermin ........ 14.05.2024',
    );
  });
  it('the answer to a question naming the label, in any language', () => {
    assert.equal(scan('Agent: Vertragsnummer?\nKunde: VT-55019233\nAgent: Und die Seriennummer?\nKunde: Moment.'), 'Agent: Vertragsnummer?\nKunde: [CONTRACT-1]\nAgent: Und die Seriennummer?\nKunde: Moment.');
    assert.equal(scan('Agent: Số hợp đồng?\nKhách: HD-7731-2290\nAgent: Năm sản xuất?\nKhách: 2019'), 'Agent: Số hợp đồng?\nKhách: [CONTRACT-1]\nAgent: Năm sản xuất?\nKhách: 2019');
  });
  it('not a year, a date or an answer that is prose', () => {
    assert.equal(scan('Agent: Serial number?\nCaller: it is on the back, 2 stickers'), 'Agent: Serial number?\nCaller: it is on the back, 2 stickers');
  });
  it('序號 and 序号 label a serial number', () => {
    assert.equal(scan('序號: ZT-88120045'), '序號: [SERIAL-1]');
    assert.equal(scan('设备序号：ZT-88120046'), '设备序号：[SERIAL-1]');
  });
});

describe('labels of payment terminals, metering points and smart cards', () => {
  it('a terminal id (TID) in prose and under its key', () => {
    assert.equal(scan('Please collect: TID QL204418 and the card'), 'Please collect: TID [TERMINAL-ID-1] and the card');
    assert.equal(scan('{"event":"login","tid":"QL204418"}'), '{"event":"login","tid":"[TERMINAL-ID-1]"}');
  });
  it('a metering point, also after dot leaders', () => {
    assert.equal(scan('Metering point: 1012345678901'), 'Metering point: [METER-POINT-1]');
    assert.equal(scan('Metering point ........ GB1034PR9912004412'), 'Metering point ........ [METER-POINT-1]');
  });
  it('a smart card number in its printed groups: a short first group and a lone check digit', () => {
    assert.equal(scan('Smart card: 41 5520 88310 7 (viewing card)'), 'Smart card: [SERIAL-1] (viewing card)');
    assert.equal(scan('{"smartcard":"41 5520 88310 7","ok":true}'), '{"smartcard":"[SERIAL-1]","ok":true}');
  });
});
