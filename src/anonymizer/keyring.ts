import { createHash } from 'node:crypto';
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

// SHA-256 (FIPS 180-4) in JavaScript. An HMAC here hashes a few dozen bytes, three per new object
// id: node's createHmac cost more in object setup and native calls than the two compressions
// it needs, and the key's padded blocks are compressed once per key (midstates), not per call.
const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);
const IV = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
const W = new Int32Array(64);

/** One compression of the 64-byte block at `bytes[off]` into the state `h`. */
function compress(h: Int32Array, bytes: Uint8Array, off: number): void {
  for (let i = 0; i < 16; i++) {
    const j = off + i * 4;
    W[i] = (bytes[j] << 24) | (bytes[j + 1] << 16) | (bytes[j + 2] << 8) | bytes[j + 3];
  }
  for (let i = 16; i < 64; i++) {
    const x = W[i - 15];
    const y = W[i - 2];
    const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
    const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
    W[i] = (W[i - 16] + s0 + W[i - 7] + s1) | 0;
  }
  let a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
  for (let i = 0; i < 64; i++) {
    const t1 = (hh + (((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7))) + ((e & f) ^ (~e & g)) + K[i] + W[i]) | 0;
    const t2 = ((((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10))) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
    hh = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) | 0;
  }
  h[0] = (h[0] + a) | 0;
  h[1] = (h[1] + b) | 0;
  h[2] = (h[2] + c) | 0;
  h[3] = (h[3] + d) | 0;
  h[4] = (h[4] + e) | 0;
  h[5] = (h[5] + f) | 0;
  h[6] = (h[6] + g) | 0;
  h[7] = (h[7] + hh) | 0;
}

/** The SHA-256 states after the key's inner and outer padded block (RFC 2104). */
interface Midstates {
  inner: Int32Array;
  outer: Int32Array;
}

const midstates = new WeakMap<Uint8Array, Midstates>();

function midstatesOf(key: Uint8Array): Midstates {
  let m = midstates.get(key);
  if (!m) {
    const block = new Uint8Array(64);
    block.set(key.length > 64 ? createHash('sha256').update(key).digest() : key);
    const pad = (x: number): Int32Array => {
      const h = new Int32Array(IV);
      compress(h, block.map((b) => b ^ x), 0);
      return h;
    };
    m = { inner: pad(0x36), outer: pad(0x5c) };
    midstates.set(key, m);
  }
  return m;
}

const HEX: string[] = [];
for (let i = 0; i < 256; i++) HEX.push(i.toString(16).padStart(2, '0'));
const state = new Int32Array(8);
const outerBlock = new Uint8Array(64);
let message = Buffer.alloc(256);

/** Writes `text` as UTF-8 at the start of `message`; returns its length in bytes. */
function writeUtf8(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Ids and token values are ASCII: copied by code unit; anything else through the encoder.
    if (c > 127) return message.write(text, 0, 'utf8');
    message[i] = c;
  }
  return text.length;
}

/** HMAC-SHA-256 of the parts joined by a separator that cannot occur in them, as hex (what ids use; no Buffer in between). */
export function hmac(key: Uint8Array, ...parts: string[]): string {
  const { inner, outer } = midstatesOf(key);
  const text = parts.join('\u0000');
  // UTF-8 with room for the padding (at most three bytes per UTF-16 unit).
  if (message.length < text.length * 3 + 72) message = Buffer.alloc(text.length * 3 + 72);
  const len = writeUtf8(text);
  // Padding: 0x80, zeros, and the length in bits of key block + message (64 bytes + len).
  const end = ((len + 9 + 63) >>> 6) << 6;
  message.fill(0, len, end);
  message[len] = 0x80;
  const bits = (len + 64) * 8;
  message[end - 5] = bits / 0x100000000;
  message[end - 4] = bits >>> 24;
  message[end - 3] = bits >>> 16;
  message[end - 2] = bits >>> 8;
  message[end - 1] = bits;
  state.set(inner);
  for (let off = 0; off < end; off += 64) compress(state, message, off);
  for (let i = 0; i < 8; i++) {
    const x = state[i];
    outerBlock[i * 4] = x >>> 24;
    outerBlock[i * 4 + 1] = x >>> 16;
    outerBlock[i * 4 + 2] = x >>> 8;
    outerBlock[i * 4 + 3] = x;
  }
  outerBlock[32] = 0x80;
  // 64 bytes of key block + 32 of inner digest = 768 bits.
  outerBlock[62] = 3;
  outerBlock[63] = 0;
  state.set(outer);
  compress(state, outerBlock, 0);
  let hex = '';
  for (let i = 0; i < 8; i++) {
    const x = state[i];
    hex += HEX[x >>> 24] + HEX[(x >>> 16) & 255] + HEX[(x >>> 8) & 255] + HEX[x & 255];
  }
  return hex;
}
