import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { compareTimestamps, isStixTimestamp } from './index';

describe('isStixTimestamp', () => {
  const VALID = ['2016-05-12T08:17:27Z', '2016-05-12T08:17:27.000Z', '2016-05-12T08:17:27.123456789Z', '2024-02-29T00:00:00Z', '2000-02-29T00:00:00Z', '2016-12-31T23:59:60Z'];
  const INVALID = [
    '2016-05-12T08:17:27',
    '2016-05-12T08:17:27+00:00',
    '2016-05-12 08:17:27Z',
    '2016-05-12t08:17:27z',
    '2016-02-30T00:00:00Z',
    '2023-02-29T00:00:00Z',
    '1900-02-29T00:00:00Z',
    '2016-13-01T00:00:00Z',
    '2016-00-01T00:00:00Z',
    '2016-04-31T00:00:00Z',
    '2016-05-12T24:00:00Z',
    '2016-05-12T08:60:00Z',
    '2016-05-12T08:17:60Z',
    '2016-05-12T08:17:27.Z',
    '16-05-12T08:17:27Z',
    '',
  ];
  for (const t of VALID) it(`accepts ${t}`, () => assert.equal(isStixTimestamp(t), true));
  for (const t of INVALID) it(`rejects ${JSON.stringify(t)}`, () => assert.equal(isStixTimestamp(t), false));
});

describe('compareTimestamps', () => {
  it('orders by instant, including sub-millisecond digits and mixed precision', () => {
    assert.equal(compareTimestamps('2016-05-12T08:17:27Z', '2016-05-12T08:17:27.000Z'), 0);
    assert.ok(compareTimestamps('2016-05-12T08:17:27.0001Z', '2016-05-12T08:17:27Z') > 0);
    assert.ok(compareTimestamps('2016-05-12T08:17:26.999Z', '2016-05-12T08:17:27Z') < 0);
    assert.ok(compareTimestamps('2017-01-01T00:00:00Z', '2016-12-31T23:59:59.999Z') > 0);
  });
});
