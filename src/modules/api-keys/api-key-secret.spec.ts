import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { apiKeyFromBasic, apiKeyMatches, apiKeyPrefix, generateApiKey, hashApiKey } from './api-key-secret';

const FORMAT = /^ssk_([a-z2-7]{10})_([A-Za-z0-9_-]{43})$/;

describe('api-key-secret', () => {
  it('generates ssk_<10 base32>_<43 base64url> keys with their prefix and SHA-256', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const { prefix, key, hash } = generateApiKey();
      const match = FORMAT.exec(key);
      assert.ok(match, `bad format: ${key}`);
      assert.equal(match[1], prefix);
      assert.equal(hash.length, 32);
      assert.deepEqual(hash, createHash('sha256').update(key).digest());
      assert.ok(!seen.has(key), 'keys repeat');
      seen.add(key);
    }
  });

  it('parses the prefix of well-formed keys only', () => {
    const { prefix, key } = generateApiKey();
    assert.equal(apiKeyPrefix(key), prefix);
    const secret = key.slice(15);
    for (const bad of [
      'ssk_short',
      `ssk_${prefix}`,
      `ssk_${prefix}_`,
      `ssk_${prefix}_${secret}x`,
      `ssk_${prefix}_${secret.slice(1)}`,
      `ssk_${prefix.toUpperCase()}_${secret}`,
      `ssk_${prefix.slice(0, 9)}1_${secret}`, // 1 is not base32
      `SSK_${prefix}_${secret}`,
      ` ${key}`,
      `${key}\n`,
      `ssk_${prefix}_${secret.slice(1)}+`,
      '',
    ]) {
      assert.equal(apiKeyPrefix(bad), undefined, JSON.stringify(bad));
    }
  });

  it('rebuilds the key from Basic credentials (key id + secret)', () => {
    const { prefix, key } = generateApiKey();
    const secret = key.slice(`ssk_${prefix}_`.length);
    assert.equal(apiKeyFromBasic(`ssk_${prefix}`, secret), key);
    assert.equal(apiKeyFromBasic(prefix, secret), undefined);
    assert.equal(apiKeyFromBasic(`ssk_${prefix}_`, secret), undefined);
    assert.equal(apiKeyFromBasic(`ssk_${prefix}`, secret.slice(1)), undefined);
    assert.equal(apiKeyFromBasic(`ssk_${prefix}`, `${secret}A`), undefined);
    assert.equal(apiKeyFromBasic(`ssk_${prefix}`, ''), undefined);
    assert.equal(apiKeyFromBasic('user@example.org', 'a-person-password'), undefined);
    assert.equal(apiKeyFromBasic(`ssk_${prefix}`, `${secret.slice(0, 42)}:`), undefined);
  });

  it('matches the stored hash of the same key only, and never throws on a wrong length', () => {
    const a = generateApiKey();
    const b = generateApiKey();
    assert.equal(apiKeyMatches(a.key, a.hash), true);
    assert.equal(apiKeyMatches(b.key, a.hash), false);
    assert.equal(apiKeyMatches(a.key, hashApiKey(`${a.key}x`)), false);
    assert.equal(apiKeyMatches(a.key, a.hash.subarray(0, 16)), false);
    assert.equal(apiKeyMatches(a.key, Buffer.alloc(0)), false);
    assert.equal(apiKeyMatches(a.key, Buffer.concat([a.hash, Buffer.from([0])])), false);
  });
});
