import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

// Key format: ssk_<10-char lookup prefix>_<43-char secret>. The prefix finds the row; the
// SHA-256 of the whole key is compared in constant time. The prefix alone (`ssk_<prefix>`)
// is the key id, which TAXII clients send as the Basic username, with the secret as password.
const KEY_ID = /^ssk_([a-z2-7]{10})$/;
const FULL_KEY = /^ssk_([a-z2-7]{10})_([A-Za-z0-9_-]{43})$/;
const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

export interface GeneratedApiKey {
  prefix: string;
  key: string;
  hash: Buffer;
}

export function generateApiKey(): GeneratedApiKey {
  const prefix = Array.from(randomBytes(10), (b) => BASE32[b & 31]).join('');
  const key = `ssk_${prefix}_${randomBytes(32).toString('base64url')}`;
  return { prefix, key, hash: hashApiKey(key) };
}

export function hashApiKey(key: string): Buffer {
  return createHash('sha256').update(key).digest();
}

/** The lookup prefix of a well-formed key, or undefined for anything else. */
export function apiKeyPrefix(key: string): string | undefined {
  return FULL_KEY.exec(key)?.[1];
}

/** Rebuilds the full key from Basic credentials (key id + secret), or undefined. */
export function apiKeyFromBasic(username: string, password: string): string | undefined {
  if (!KEY_ID.test(username)) return undefined;
  const key = `${username}_${password}`;
  return FULL_KEY.test(key) ? key : undefined;
}

export function apiKeyMatches(key: string, storedHash: Buffer): boolean {
  const hash = hashApiKey(key);
  return hash.length === storedHash.length && timingSafeEqual(hash, storedHash);
}
