import assert from 'node:assert/strict';
import { createHmac, randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { HmacSha256 } from './hmac-sha256';
import { prng } from './synthetic';

describe('HmacSha256', () => {
  it('equals node:crypto on random keys and messages (multi-block, non-ASCII, keys longer than a block)', () => {
    const rnd = prng(7);
    const alphabet = ['a', 'Z', '0', '-', '\u0000', 'é', 'ß', '中', '😀', '\ud800'];
    for (let n = 0; n < 400; n++) {
      const key = randomBytes([16, 32, 64, 65, 100][n % 5]);
      const h = new HmacSha256(key);
      for (let m = 0; m < 5; m++) {
        // Lengths around the 55/56/64-byte padding boundaries and beyond two blocks.
        const len = Math.floor(rnd() * 140);
        let message = '';
        for (let i = 0; i < len; i++) message += alphabet[Math.floor(rnd() * alphabet.length)];
        assert.equal(h.hex(message), createHmac('sha256', key).update(message, 'utf8').digest('hex'), `key ${key.length} bytes, message ${JSON.stringify(message)}`);
      }
    }
  });
  it('matches the RFC 4231 test case 2', () => {
    const h = new HmacSha256(Buffer.from('Jefe'));
    assert.equal(h.hex('what do ya want for nothing?'), '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
  });
});
