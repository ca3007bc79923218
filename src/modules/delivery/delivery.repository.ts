import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { StixObject } from '../../anonymizer';
import type { Principal } from '../../common/auth/principal';
import { PublishedObject } from '../publication/published-object.entity';
import { visibleTo } from '../publication/visibility';
import { COLLECTION_SCOPE, type CollectionScope } from '../subscriptions/collection-scope';
import { subscriptionCondition } from '../subscriptions/subscription-filter';
import type { Subscription } from '../subscriptions/subscription.entity';

export interface DeliverableRow {
  seq: string;
  object: StixObject;
}

export interface ExportRow {
  /** date_added with microseconds, as TAXII shows it. */
  dateAdded: string;
  object: StixObject;
}

/**
 * The read paths of push delivery and bundle export. The TLP rule (visibleTo) is part of every
 * query's WHERE, evaluated for the reading organization; submission ids are never selected.
 */
@Injectable()
export class DeliveryRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(COLLECTION_SCOPE) private readonly collections: CollectionScope,
  ) {}

  /** The newest published seq (0 when nothing is published). */
  async latestSeq(em: EntityManager = this.dataSource.manager): Promise<string> {
    const [row] = (await em.query('SELECT coalesce(max(seq), 0)::text AS seq FROM published_objects')) as { seq: string }[];
    return row!.seq;
  }

  /** Objects the subscription selects with afterSeq < seq <= uptoSeq, oldest first. */
  async forSubscription(subscription: Subscription, afterSeq: string, uptoSeq: string, limit: number): Promise<DeliverableRow[]> {
    const condition = await subscriptionCondition(subscription, this.collections, 'p');
    const rows = await this.dataSource
      .getRepository(PublishedObject)
      .createQueryBuilder('p')
      .select('p.seq::text', 'seq')
      .addSelect('p.object', 'object')
      .where('p.seq > :afterSeq AND p.seq <= :uptoSeq', { afterSeq, uptoSeq })
      .andWhere(condition.sql, condition.params)
      .orderBy('p.seq', 'ASC')
      .limit(limit)
      .getRawMany<DeliverableRow>();
    return rows;
  }

  /** Objects in the collection visible to `who`, added after `addedAfter` (exclusive), oldest first. */
  async forExport(who: Principal, collectionId: string, addedAfter: string | undefined, limit: number): Promise<ExportRow[]> {
    const visible = visibleTo(who, 'p');
    const inCollection = await this.collections.matchAny([collectionId], 'p');
    const qb = this.dataSource
      .getRepository(PublishedObject)
      .createQueryBuilder('p')
      .select(`to_char(p.date_added AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`, 'dateAdded')
      .addSelect('p.object', 'object')
      .where(visible.sql, visible.params)
      .andWhere(`(${inCollection.sql})`, inCollection.params);
    if (addedAfter) qb.andWhere('p.date_added > CAST(:addedAfter AS timestamptz)', { addedAfter });
    return qb.orderBy('p.date_added', 'ASC').limit(limit).getRawMany<ExportRow>();
  }
}
