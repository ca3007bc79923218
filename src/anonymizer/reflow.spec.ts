import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { softWrapDigitBreaks } from './reflow';
import { scanText } from './scan';
import { testScanner } from './test-scanner';

// A PDF's text layer or a mail wrapped at a fixed width splits numbers across lines.

const wrappedAt40 = [
  'Field report for the smart meter batch.',
  'Ms Harriet Quayle phoned in from +44',
  '7911 123456 because the display kept',
  'resetting overnight; the unit was',
  'swapped on site and sealed for the lab.',
].join('\n');

describe('numbers across a soft wrap', () => {
  it('a phone number split by the wrap is found whole', () => {
    const out = scanText(wrappedAt40, testScanner({ region: 'GB' })).text;
    assert.doesNotMatch(out, /\+44|7911|123456/);
  });
  it('the break inside the number is the only one read as a space', () => {
    assert.deepEqual(softWrapDigitBreaks(wrappedAt40), [wrappedAt40.indexOf('+44') + 3]);
  });
  it('log lines that end and start with numbers keep their breaks', () => {
    const log = [
      'modbus write from scanner, unit id 1, port 502',
      '2024-03-13 18:10 write coil 10 from scanner 4',
      '2024-03-13 18:11 write coil 11 from scanner 5',
    ].join('\n');
    assert.deepEqual(softWrapDigitBreaks(log), []);
  });
  it('nor does a short list of numbers', () => {
    assert.deepEqual(softWrapDigitBreaks('counts per day\n12\n14\n9'), []);
  });
});
