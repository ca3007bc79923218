import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { collectionDefinition, type Bind } from '../taxii/collection-definition';
import { Collection } from '../taxii/collection.entity';
import type { CollectionScope, SqlCondition } from './collection-scope';

/**
 * Collections as the TAXII module defines them: feeds are readable by every member (what they
 * see inside is still cut by the TLP rule), inboxes by no one. Membership is the feed's
 * definition, the same SQL TAXII reads use (collectionDefinition).
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
      let n = 0;
      const bind: Bind = (value, type) => {
        const name = `col${i}p${n++}`;
        params[name] = value;
        return type ? `CAST(:${name} AS ${type})` : `:${name}`;
      };
      const parts = collectionDefinition(feed, alias, bind);
      return parts.length > 0 ? `(${parts.join(' AND ')})` : 'TRUE';
    });
    return { sql: each.join(' OR '), params };
  }
}
