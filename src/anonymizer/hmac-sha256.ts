// HMAC-SHA-256 (RFC 2104, FIPS 180-4) for the short messages pseudonyms are keyed on.
//
// Why not node:crypto: every object id costs two or three HMACs, and createHmac() builds a
// stream object and crosses into C++ per call (a few microseconds each, several per cent of a
// run). Here the key's inner and outer pad blocks are compressed once per key, so an id costs
// two or three block compressions in plain integer arithmetic. Same bytes as createHmac (a test
// compares both on random keys and messages); no branch or table index depends on the key or
// the message, as in any SHA-2 implementation.

const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
  0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
  0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);
const IV = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

// Scratch space shared by all calls (the function is synchronous and not re-entrant).
const W = new Int32Array(64);
const encoder = new TextEncoder();
let buf = new Uint8Array(256);

/** One SHA-256 block compression of `b[off..off+64)` into the state `h`. */
function compress(h: Int32Array, b: Uint8Array, off: number): void {
  for (let i = 0; i < 16; i++) {
    const j = off + i * 4;
    W[i] = (b[j] << 24) | (b[j + 1] << 16) | (b[j + 2] << 8) | b[j + 3];
  }
  for (let i = 16; i < 64; i++) {
    const x = W[i - 15];
    const y = W[i - 2];
    const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
    const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
    W[i] = (W[i - 16] + s0 + W[i - 7] + s1) | 0;
  }
  let a = h[0], b1 = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
  for (let i = 0; i < 64; i++) {
    const t1 = (hh + (((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7))) + ((e & f) ^ (~e & g)) + K[i] + W[i]) | 0;
    const t2 = ((((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10))) + ((a & b1) ^ (a & c) ^ (b1 & c))) | 0;
    hh = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b1;
    b1 = a;
    a = (t1 + t2) | 0;
  }
  h[0] = (h[0] + a) | 0;
  h[1] = (h[1] + b1) | 0;
  h[2] = (h[2] + c) | 0;
  h[3] = (h[3] + d) | 0;
  h[4] = (h[4] + e) | 0;
  h[5] = (h[5] + f) | 0;
  h[6] = (h[6] + g) | 0;
  h[7] = (h[7] + hh) | 0;
}

/**
 * Continues a hash whose state `h` has absorbed `prefix` bytes (one pad block) with the
 * `len` bytes in `buf`, padding and all: afterwards `h` holds the digest.
 */
function finish(h: Int32Array, len: number, prefix: number): void {
  const blocks = Math.ceil((len + 9) / 64) * 64;
  if (buf.length < blocks) {
    const b = new Uint8Array(blocks * 2);
    b.set(buf.subarray(0, len));
    buf = b;
  }
  buf[len] = 0x80;
  buf.fill(0, len + 1, blocks);
  const bits = (len + prefix) * 8;
  buf[blocks - 5] = Math.floor(bits / 2 ** 32);
  buf[blocks - 4] = bits >>> 24;
  buf[blocks - 3] = bits >>> 16;
  buf[blocks - 2] = bits >>> 8;
  buf[blocks - 1] = bits;
  for (let off = 0; off < blocks; off += 64) compress(h, buf, off);
}

/** HMAC-SHA-256 under one key, with the key's pad blocks compressed once. */
export class HmacSha256 {
  private readonly inner = new Int32Array(IV);
  private readonly outer = new Int32Array(IV);
  private readonly h = new Int32Array(8);

  constructor(key: Uint8Array) {
    let k = key;
    if (k.length > 64) {
      // Keys longer than a block are hashed first (RFC 2104).
      const h = new Int32Array(IV);
      buf = buf.length < k.length + 72 ? new Uint8Array(k.length + 72) : buf;
      buf.set(k);
      finish(h, k.length, 0);
      k = new Uint8Array(32);
      writeDigest(h, k);
    }
    const pad = new Uint8Array(64);
    for (const [state, byte] of [[this.inner, 0x36], [this.outer, 0x5c]] as const) {
      pad.fill(byte);
      for (let i = 0; i < k.length; i++) pad[i] ^= k[i];
      compress(state, pad, 0);
    }
  }

  /** The HMAC of the UTF-8 encoding of `message`, as 64 lower-case hex digits. */
  hex(message: string): string {
    // UTF-8 takes at most three bytes per UTF-16 unit; room for the padding too.
    if (buf.length < message.length * 3 + 72) buf = new Uint8Array(message.length * 3 + 72);
    const len = encoder.encodeInto(message, buf).written!;
    const h = this.h;
    h.set(this.inner);
    finish(h, len, 64);
    writeDigest(h, buf);
    h.set(this.outer);
    finish(h, 32, 64);
    let out = '';
    for (let i = 0; i < 8; i++) {
      const v = h[i];
      out += HEX[(v >>> 24) & 255] + HEX[(v >>> 16) & 255] + HEX[(v >>> 8) & 255] + HEX[v & 255];
    }
    return out;
  }
}

function writeDigest(h: Int32Array, out: Uint8Array): void {
  for (let i = 0; i < 8; i++) {
    out[i * 4] = h[i] >>> 24;
    out[i * 4 + 1] = h[i] >>> 16;
    out[i * 4 + 2] = h[i] >>> 8;
    out[i * 4 + 3] = h[i];
  }
}
