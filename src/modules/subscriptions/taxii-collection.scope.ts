import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { Collection } from '../taxii/collection.entity';
import type { CollectionScope, SqlCondition } from './collection-scope';

const TLP_ORDER = ['clear', 'green', 'amber', 'amber+strict', 'red'];

/**
 * Collections as the TAXII module defines them: feeds are readable by every member (what they
 * see inside is still cut by the TLP rule), inboxes by no one. Membership is the feed's
 * definition evaluated in SQL (empty arrays and nulls: no restriction; the exchange's own
 * objects are in every sector).
 */
@Injectable()
export class TaxiiCollectionScope implements CollectionScope {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async readable(_who: Principal, ids: string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const found = await this.dataSource.getRepository(Collection).find({ where: { id: In(ids), kind: 'feed' }, select: { id: true } });
    return found.map((c) => c.id);
  }

  async matchAny(ids: string[], alias: string): Promise<SqlCondition> {
    const feeds = ids.length === 0 ? [] : await this.dataSource.getRepository(Collection).find({ where: { id: In(ids), kind: 'feed' } });
    if (feeds.length === 0) return { sql: 'FALSE', params: {} };
    const params: Record<string, unknown> = {};
    const each = feeds.map((feed, i) => {
      const parts: string[] = [];
      const name = (n: string) => `col${i}${n}`;
      if (feed.objectTypes.length > 0) {
        parts.push(`${alias}.stix_type = ANY(:${name('Types')})`);
        params[name('Types')] = feed.objectTypes;
      }
      if (feed.sectors.length > 0) {
        parts.push(`(${alias}.submission_id IS NULL OR ${alias}.sectors && CAST(:${name('Sectors')} AS text[]))`);
        params[name('Sectors')] = feed.sectors;
      }
      if (feed.labels.length > 0) {
        parts.push(`${alias}.labels && CAST(:${name('Labels')} AS text[])`);
        params[name('Labels')] = feed.labels;
      }
      if (feed.minConfidence !== null) {
        parts.push(`${alias}.confidence >= :${name('MinConfidence')}`);
        params[name('MinConfidence')] = feed.minConfidence;
      }
      if (feed.maxTlp) {
        parts.push(`${alias}.tlp = ANY(:${name('Tlps')})`);
        params[name('Tlps')] = TLP_ORDER.slice(0, TLP_ORDER.indexOf(feed.maxTlp) + 1);
      }
      return parts.length > 0 ? `(${parts.join(' AND ')})` : 'TRUE';
    });
    return { sql: each.join(' OR '), params };
  }
}
