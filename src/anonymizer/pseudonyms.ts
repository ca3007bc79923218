import { createHash } from 'node:crypto';
import { hmac } from './keyring';
import { matchAll } from './match-all';

/** Matches the typed tokens this library writes, so that a second pass leaves them alone. */
export const TOKEN_RE = /\[[A-Z][A-Z0-9]*(?:-[A-Z][A-Z0-9]*)*-\d{1,6}(?::[A-Za-z0-9=._-]{1,40})?\]/g;

function uuidFromBytes(b: Buffer, version: number): string {
  const h = Buffer.from(b.subarray(0, 16));
  h[6] = (h[6] & 0x0f) | (version << 4);
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = h.toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}

/**
 * Keyed pseudonyms for one submission: typed text tokens and object ids.
 * Token numbers follow first appearance within the submission; ids are keyed HMACs.
 */
export class Pseudonymizer {
  private readonly tokens = new Map<string, string>();
  private readonly next = new Map<string, number>();
  private readonly ids = new Map<string, string>();

  constructor(private readonly key: Uint8Array) {}

  /** Reserves numbers already used by tokens in the input, so re-anonymizing never collides. */
  reserve(text: string): void {
    for (const m of matchAll(TOKEN_RE, text)) {
      const inner = m[0].slice(1, -1).split(':')[0];
      const dash = inner.lastIndexOf('-');
      const type = inner.slice(0, dash);
      const n = Number(inner.slice(dash + 1));
      if ((this.next.get(type) ?? 1) <= n) this.next.set(type, n + 1);
    }
  }

  /** `[TYPE-n]` for a normalised value; `suffix` carries a generalisation (e.g. `TAC=35332509`). */
  token(type: string, normalised: string, suffix?: string): string {
    // The map lives only for this call; tokens carry nothing but a per-submission counter.
    const mapKey = `${type}\u0000${normalised}`;
    let t = this.tokens.get(mapKey);
    if (!t) {
      const n = this.next.get(type) ?? 1;
      this.next.set(type, n + 1);
      t = `[${type}-${n}${suffix ? `:${suffix}` : ''}]`;
      this.tokens.set(mapKey, t);
    }
    return t;
  }

  /**
   * `type--uuid` from HMAC(key, original id). The last 4 bytes are a MAC over the first 12,
   * so an id this key already produced is recognised and kept (idempotence).
   */
  objectId(original: string): string {
    let id = this.ids.get(original);
    if (id === undefined) {
      const [type, uuid] = splitId(original);
      if (this.isOwnId(uuid)) id = original;
      else {
        const body = withUuidV4Bits(hmac(this.key, 'id', original).slice(0, 24));
        const hex = body + this.tag(body);
        id = `${type}--${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
      }
      this.ids.set(original, id);
    }
    return id;
  }

  /** The 4-byte MAC (8 hex digits) over the first 12 bytes of an id, version and variant bits set. */
  private tag(body: string): string {
    return hmac(this.key, 'id-tag', body).slice(0, 8);
  }

  private isOwnId(uuid: string): boolean {
    const hex = uuid.replace(/-/g, '');
    if (!/^[0-9a-f]{32}$/.test(hex)) return false;
    const body = hex.slice(0, 24);
    // Our ids carry the v4 bits: anything else is not ours, without computing a MAC.
    return withUuidV4Bits(body) === body && this.tag(body) === hex.slice(24);
  }
}

/** 24 hex digits (12 bytes) with the UUID version (4) and RFC 4122 variant bits set. */
function withUuidV4Bits(hex: string): string {
  return `${hex.slice(0, 12)}4${hex.slice(13, 16)}${'89ab'[parseInt(hex[16], 16) & 3]}${hex.slice(17)}`;
}

/** Splits `type--uuid`. */
export function splitId(id: string): [string, string] {
  const i = id.indexOf('--');
  return i < 0 ? [id, ''] : [id.slice(0, i), id.slice(i + 2)];
}

/** RFC 4122 name-based UUIDv5 (SHA-1), used for SCO ids and the exchange's own constant objects. */
export function uuidv5(namespace: string, name: string): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const digest = createHash('sha1').update(ns).update(Buffer.from(name, 'utf8')).digest();
  return uuidFromBytes(digest, 5);
}
