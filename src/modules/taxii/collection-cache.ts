import { Injectable } from '@nestjs/common';
import { InvalidationBus } from '../invalidation/invalidation-bus';
import type { Collection } from './collection.entity';

/**
 * Collection definitions for TAXII reads, kept a few seconds so a page costs one query instead of
 * two. Changes reach every process through the invalidation bus; COLLECTION_TTL_MS bounds what
 * a process misses while its listener is down. A stale definition only widens or narrows the feed's scope: what a
 * reader may see (TLP, sharing groups) is decided in SQL on every request, never cached.
 */
export const COLLECTION_TTL_MS = 5_000;
const MAX_ENTRIES = 1_000;

@Injectable()
export class CollectionCache {
  private readonly entries = new Map<string, { collection: Collection; until: number }>();

  constructor(bus: InvalidationBus) {
    bus.on('collection', (id) => (id ? this.forget(id) : this.entries.clear()));
  }

  async get(id: string, load: (id: string) => Promise<Collection | null>): Promise<Collection | null> {
    const now = Date.now();
    const hit = this.entries.get(id);
    if (hit && hit.until > now) return hit.collection;
    const collection = await load(id);
    // Unknown ids are not remembered: guessing ids must not crowd out the real collections.
    if (!collection) return null;
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(id, { collection, until: now + COLLECTION_TTL_MS });
    return collection;
  }

  forget(id: string): void {
    this.entries.delete(id);
  }
}
