import { createHmac, createSecretKey, type KeyObject } from 'node:crypto';
import { AnonymizerError } from './errors';

/** Supplies HMAC keys; keys live outside the library (ANONYMIZER.md §3.4). */
export interface Keyring {
  keyFor(scope: 'submission' | 'submitter'): Uint8Array;
}

function toBytes(key: Uint8Array | string, what: string): Uint8Array {
  const bytes = typeof key === 'string' ? (/^(?:[0-9a-fA-F]{2})+$/.test(key) ? Buffer.from(key, 'hex') : new Uint8Array()) : key;
  // 128 bits is the floor for an HMAC key that must resist offline enumeration.
  if (bytes.length < 16) throw new AnonymizerError('INVALID_KEY', [{ pointer: '', message: `${what} key must be at least 16 bytes (hex)` }]);
  return bytes;
}

/** Builds a keyring from raw key material (bytes or hex); the submitter key defaults to the submission key. */
export function createKeyring(submissionKey: Uint8Array | string, submitterKey?: Uint8Array | string): Keyring {
  const submission = toBytes(submissionKey, 'submission');
  const submitter = submitterKey === undefined ? submission : toBytes(submitterKey, 'submitter');
  return { keyFor: (scope) => (scope === 'submission' ? submission : submitter) };
}

const keyObjects = new WeakMap<Uint8Array, KeyObject>();

/** HMAC-SHA-256 of the parts joined by a separator that cannot occur in them, as hex (what ids use; no Buffer in between). */
export function hmac(key: Uint8Array, ...parts: string[]): string {
  // A KeyObject per key avoids re-importing the raw key on every call.
  let k = keyObjects.get(key);
  if (!k) {
    k = createSecretKey(key);
    keyObjects.set(key, k);
  }
  return createHmac('sha256', k).update(parts.join('\u0000')).digest('hex');
}
