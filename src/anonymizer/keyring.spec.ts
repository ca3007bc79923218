import assert from 'node:assert/strict';
import { createHmac, randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { hmac } from './keyring';

describe('hmac', () => {
  it('equals HMAC-SHA-256 of the parts joined by NUL, for every padding length, UTF-8 and long keys', () => {
    const keys = [randomBytes(16), randomBytes(32), randomBytes(64), randomBytes(65), randomBytes(200)];
    const texts: string[] = [];
    // Every message length around the one- and two-block boundaries (55/56 and 119/120 bytes).
    for (let n = 0; n <= 200; n++) texts.push('x'.repeat(n));
    texts.push('Müller 山田太郎 😀', 'é'.repeat(60), 'indicator--0b7d8e2c-6a1e-4c3f-9d2b-5e8f1a3c7b9d');
    for (const key of keys) {
      for (const t of texts) {
        const expected = createHmac('sha256', key).update(`id\u0000${t}`).digest('hex');
        assert.equal(hmac(key, 'id', t), expected, `key ${key.length} bytes, message ${JSON.stringify(t.slice(0, 20))} (${t.length})`);
      }
    }
  });
});
