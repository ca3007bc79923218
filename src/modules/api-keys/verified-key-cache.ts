import type { Role } from '../../common/auth/role';

/** What a verified key stands for; the caller adds how it was presented (`via`). */
export interface VerifiedKey {
  apiKeyId: string;
  orgId: string;
  roles: Role[];
  /** The key's own expiry (ms since epoch), checked on every hit. */
  expiresAt: number | null;
}

/**
 * Keys verified in the last few seconds, by the SHA-256 of the whole key, so a busy TAXII poller
 * costs one database lookup per TTL instead of one per request. Revocation through this instance
 * drops the entry at once (`forget`), and other processes through the invalidation bus; the TTL
 * bounds what the bus can miss (a listener reconnecting), which is why it stays at a few seconds.
 */
export class VerifiedKeyCache {
  private readonly entries = new Map<string, { key: VerifiedKey; until: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries: number,
  ) {}

  get(hash: string, now = Date.now()): VerifiedKey | undefined {
    const entry = this.entries.get(hash);
    if (!entry) return undefined;
    if (entry.until <= now || (entry.key.expiresAt !== null && entry.key.expiresAt <= now)) {
      this.entries.delete(hash);
      return undefined;
    }
    return entry.key;
  }

  set(hash: string, key: VerifiedKey, now = Date.now()): void {
    if (this.entries.size >= this.maxEntries) this.evict(now);
    this.entries.set(hash, { key, until: now + this.ttlMs });
  }

  /** Drops every entry of this key (revoked, or otherwise changed). */
  forget(apiKeyId: string): void {
    for (const [hash, entry] of this.entries) if (entry.key.apiKeyId === apiKeyId) this.entries.delete(hash);
  }

  /** Drops the keys of an organization (suspended, or otherwise changed). */
  forgetOrganization(orgId: string): void {
    for (const [hash, entry] of this.entries) if (entry.key.orgId === orgId) this.entries.delete(hash);
  }

  clear(): void {
    this.entries.clear();
  }

  /** Expired entries go first; if every entry is live, the oldest half (Map keeps insertion order). */
  private evict(now: number): void {
    for (const [hash, entry] of this.entries) if (entry.until <= now) this.entries.delete(hash);
    if (this.entries.size < this.maxEntries) return;
    let drop = Math.ceil(this.entries.size / 2);
    for (const hash of this.entries.keys()) {
      if (drop-- <= 0) break;
      this.entries.delete(hash);
    }
  }
}
