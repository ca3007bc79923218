import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { VerifiedKeyCache, type VerifiedKey } from './verified-key-cache';

const T0 = 1_700_000_000_000;
const TTL = 5_000;
const key = (id: string, expiresAt: number | null = null): VerifiedKey => ({ apiKeyId: id, orgId: `org-${id}`, roles: ['member'], expiresAt });

describe('VerifiedKeyCache', () => {
  it('answers a verified key until its TTL ends, then forgets it', () => {
    const cache = new VerifiedKeyCache(TTL, 100);
    cache.set('h1', key('a'), T0);
    assert.equal(cache.get('h1', T0 + TTL - 1)?.apiKeyId, 'a');
    assert.equal(cache.get('h1', T0 + TTL), undefined);
    assert.equal(cache.get('h1', T0 + 1), undefined, 'an expired entry is dropped, not revived');
  });

  it('never answers a key past its own expiry, even within the TTL', () => {
    const cache = new VerifiedKeyCache(TTL, 100);
    cache.set('h1', key('a', T0 + 1_000), T0);
    assert.equal(cache.get('h1', T0 + 999)?.apiKeyId, 'a');
    assert.equal(cache.get('h1', T0 + 1_000), undefined);
  });

  it('forget drops every entry of that key id and only those', () => {
    const cache = new VerifiedKeyCache(TTL, 100);
    cache.set('h1', key('a'), T0);
    cache.set('h2', key('a'), T0);
    cache.set('h3', key('b'), T0);
    cache.forget('a');
    assert.equal(cache.get('h1', T0), undefined);
    assert.equal(cache.get('h2', T0), undefined);
    assert.equal(cache.get('h3', T0)?.apiKeyId, 'b');
  });

  it('forgetOrganization drops the keys of that organization only; clear drops all', () => {
    const cache = new VerifiedKeyCache(TTL, 100);
    cache.set('h1', key('a'), T0);
    cache.set('h2', { ...key('b'), orgId: 'org-a' }, T0);
    cache.set('h3', key('c'), T0);
    cache.forgetOrganization('org-a');
    assert.deepEqual(['h1', 'h2', 'h3'].map((h) => cache.get(h, T0)?.apiKeyId), [undefined, undefined, 'c']);
    cache.clear();
    assert.equal(cache.get('h3', T0), undefined);
  });

  it('stays bounded: expired entries go first, then the oldest half', () => {
    const cache = new VerifiedKeyCache(TTL, 4);
    cache.set('old', key('old'), T0);
    for (const h of ['a', 'b', 'c']) cache.set(h, key(h), T0 + TTL);
    cache.set('d', key('d'), T0 + TTL); // full: 'old' has expired and makes room
    assert.deepEqual(['a', 'b', 'c', 'd'].map((h) => cache.get(h, T0 + TTL)?.apiKeyId), ['a', 'b', 'c', 'd']);
    cache.set('e', key('e'), T0 + TTL); // full of live entries: a and b go
    assert.deepEqual(['a', 'b', 'c', 'd', 'e'].map((h) => cache.get(h, T0 + TTL)?.apiKeyId), [undefined, undefined, 'c', 'd', 'e']);
  });
});
