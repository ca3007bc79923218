import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { PublishedObject } from '../publication/published-object.entity';
import { visibleTo } from '../publication/visibility';
import { COLLECTION_SCOPE, type CollectionScope } from '../subscriptions/collection-scope';
import { subscriptionCondition } from '../subscriptions/subscription-filter';
import { Subscription } from '../subscriptions/subscription.entity';

export interface DeliverableRow {
  seq: string;
  /** The object's stored JSON text, sent as is. */
  objectJson: string;
}

/** A webhook subscription this worker holds the lease of. */
export interface ClaimedSubscription {
  subscription: Subscription;
  /**
   * What the TLP rule depends on for the owner organization as a member reader: the sharing
   * groups it belongs to (sorted, comma-separated). Subscriptions with equal keys and equal
   * filters select the same objects, so the selection is computed once for all of them.
   */
  readerKey: string;
}

/** A claim on subscriptions: how long it lasts unless renewed, and the round that holds it. */
export interface Lease {
  ms: number;
  owner: string;
}

/** Where a subscription's cursor moves to. */
export interface CursorMove {
  id: string;
  untilSeq: string;
}

export interface FailureUpdate {
  id: string;
  consecutiveFailures: number;
  lastError: string;
  nextAttemptAt: Date;
}

export interface ExportRow {
  /** date_added with microseconds, as TAXII shows it. */
  dateAdded: string;
  /** The object's stored JSON text, sent as is. */
  objectJson: string;
}

/**
 * The queries of push delivery (claiming subscriptions, selecting their objects, moving their
 * cursors) and of the bundle export. The TLP rule (visibleTo) is part of every object query's
 * WHERE, evaluated for the reading organization; submission ids are never selected.
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

  /**
   * Takes the lease on up to `limit` active webhook subscriptions (of `ids`, or any) that are
   * behind the newest publication and not backing off, oldest cursor first. Rows another
   * worker is claiming at the same moment are skipped, and held leases are respected, so
   * instances sharing the database never deliver to one subscription at the same time.
   */
  async claimDue(limit: number, lease: Lease, ids: string[] | null): Promise<ClaimedSubscription[]> {
    const result = (await this.dataSource.query(
      `WITH due AS (
         SELECT id FROM subscriptions
          WHERE mode = 'webhook' AND status = 'active'
            AND cursor_seq < (SELECT coalesce(max(seq), 0) FROM published_objects)
            AND (lease_until IS NULL OR lease_until < now())
            AND (next_attempt_at IS NULL OR next_attempt_at <= now())
            AND ($3::uuid[] IS NULL OR id = ANY($3::uuid[]))
          ORDER BY cursor_seq, id
          LIMIT $1
          FOR UPDATE SKIP LOCKED)
       UPDATE subscriptions s SET lease_until = now() + make_interval(secs => $2::double precision / 1000), lease_owner = $4
         FROM due WHERE s.id = due.id
       RETURNING s.id,
         (SELECT coalesce(string_agg(m.sharing_group_id::text, ',' ORDER BY m.sharing_group_id), '')
            FROM sharing_group_members m WHERE m.organization_id = s.organization_id) AS reader_key`,
      [limit, lease.ms, ids, lease.owner],
    )) as unknown[];
    const claimed = (Array.isArray(result[0]) ? result[0] : result) as { id: string; reader_key: string }[];
    if (claimed.length === 0) return [];
    const rows = await this.dataSource.getRepository(Subscription).findBy({ id: In(claimed.map((c) => c.id)) });
    const keys = new Map(claimed.map((c) => [c.id, c.reader_key]));
    return rows.map((subscription) => ({ subscription, readerKey: keys.get(subscription.id)! }));
  }

  /** Extends the lease of those `ids` that `lease.owner` still holds (not yet released by a recorded outcome). */
  async renewLeases(ids: string[], lease: Lease): Promise<void> {
    await this.dataSource.query(
      `UPDATE subscriptions SET lease_until = now() + make_interval(secs => $2::double precision / 1000)
        WHERE id = ANY($1::uuid[]) AND lease_owner = $3 AND lease_until IS NOT NULL`,
      [ids, lease.ms, lease.owner],
    );
  }

  /** When the first lease held on a due webhook subscription runs out (a busy or crashed worker's), if any is held. */
  async nextLeaseExpiry(): Promise<Date | null> {
    const [row] = (await this.dataSource.query(
      `SELECT min(lease_until) AS at FROM subscriptions
        WHERE mode = 'webhook' AND status = 'active' AND lease_until > now()
          AND cursor_seq < (SELECT coalesce(max(seq), 0) FROM published_objects)`,
    )) as { at: Date | null }[];
    return row?.at ? new Date(row.at) : null;
  }

  /** The end of an active webhook subscription's backoff, if it is still backing off. */
  async backingOffUntil(id: string): Promise<Date | null> {
    const [row] = (await this.dataSource.query(
      `SELECT next_attempt_at AS at FROM subscriptions WHERE id = $1 AND mode = 'webhook' AND status = 'active' AND next_attempt_at > now()`,
      [id],
    )) as { at: Date }[];
    return row ? new Date(row.at) : null;
  }

  /** Locks the rows (in id order, against deadlocks) of those `ids` that still exist. */
  async lockForUpdate(em: EntityManager, ids: string[]): Promise<Map<string, Pick<Subscription, 'status' | 'consecutiveFailures'>>> {
    const rows = (await em.query(`SELECT id, status, consecutive_failures FROM subscriptions WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`, [ids])) as {
      id: string;
      status: Subscription['status'];
      consecutive_failures: number;
    }[];
    return new Map(rows.map((r) => [r.id, { status: r.status, consecutiveFailures: r.consecutive_failures }]));
  }

  /** Records the batch each subscription is about to be sent, so a retry resends it under the same id. */
  async startBatches(em: EntityManager, batches: (CursorMove & { batchId: string })[]): Promise<void> {
    if (batches.length === 0) return;
    await em.query(
      `UPDATE subscriptions s SET batch_id = v.batch_id, batch_until_seq = v.until_seq
         FROM unnest($1::uuid[], $2::uuid[], $3::bigint[]) AS v(id, batch_id, until_seq) WHERE s.id = v.id`,
      [batches.map((b) => b.id), batches.map((b) => b.batchId), batches.map((b) => b.untilSeq)],
    );
  }

  /**
   * Moves cursors past a delivered batch (`delivered`) or past objects none of which the
   * subscription selects, clearing the batch, the failure count and the lease.
   */
  async advance(em: EntityManager, moves: CursorMove[], delivered: boolean): Promise<void> {
    if (moves.length === 0) return;
    await em.query(
      `UPDATE subscriptions s
          SET cursor_seq = v.until_seq, batch_id = NULL, batch_until_seq = NULL, consecutive_failures = 0,
              next_attempt_at = NULL, lease_until = NULL, last_error = NULL, updated_at = now(),
              last_delivered_at = CASE WHEN $3 THEN now() ELSE s.last_delivered_at END
         FROM unnest($1::uuid[], $2::bigint[]) AS v(id, until_seq) WHERE s.id = v.id`,
      [moves.map((m) => m.id), moves.map((m) => m.untilSeq), delivered],
    );
  }

  /** Failed attempts that do not pause: count, reason, next attempt; the lease is released. */
  async backOff(em: EntityManager, failures: FailureUpdate[]): Promise<void> {
    if (failures.length === 0) return;
    await em.query(
      `UPDATE subscriptions s
          SET consecutive_failures = v.failures, last_error = v.error, next_attempt_at = v.next_at, lease_until = NULL, updated_at = now()
         FROM unnest($1::uuid[], $2::int[], $3::text[], $4::timestamptz[]) AS v(id, failures, error, next_at) WHERE s.id = v.id`,
      [failures.map((f) => f.id), failures.map((f) => f.consecutiveFailures), failures.map((f) => f.lastError), failures.map((f) => f.nextAttemptAt.toISOString())],
    );
  }

  /** Objects the subscription selects with afterSeq < seq <= uptoSeq, oldest first. */
  async forSubscription(subscription: Pick<Subscription, 'organizationId' | 'collectionIds' | 'types' | 'sectors' | 'labels' | 'minConfidence'>, afterSeq: string, uptoSeq: string, limit: number): Promise<DeliverableRow[]> {
    const condition = await subscriptionCondition(subscription, this.collections, 'p');
    const rows = await this.dataSource
      .getRepository(PublishedObject)
      .createQueryBuilder('p')
      .select('p.seq::text', 'seq')
      .addSelect('p.object_text', 'objectJson')
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
      .addSelect('p.object_text', 'objectJson')
      .where(visible.sql, visible.params)
      .andWhere(`(${inCollection.sql})`, inCollection.params);
    if (addedAfter) qb.andWhere('p.date_added > CAST(:addedAfter AS timestamptz)', { addedAfter });
    return qb.orderBy('p.date_added', 'ASC').limit(limit).getRawMany<ExportRow>();
  }
}
