import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { SYSTEM } from '../../common/auth/principal';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/config.schema';
import { AuditService } from '../audit/audit.service';
import { JobsService } from '../jobs/jobs.service';
import { PublicationService } from '../publication/publication.service';
import { AtRestEncryption } from '../signing/at-rest-encryption';
import { SigningService } from '../signing/signing.service';
import { Subscription } from '../subscriptions/subscription.entity';
import { backoffMs } from './backoff';
import { DeliveryRepository } from './delivery.repository';
import { WEBHOOK_QUEUE, type WebhookJob } from './delivery-queues';
import { postWebhook, type WebhookResult } from './webhook-sender';
import { WebhookDelivery } from './webhook-delivery.entity';

const FANOUT_QUEUE = 'webhook-fanout';
const SWEEP_QUEUE = 'webhook-sweep';
/** Beyond the request timeout, how long a worker's claim on a subscription outlives a crash. */
const LEASE_MARGIN_MS = 30_000;

/**
 * Push delivery. Each webhook subscription has a cursor (the last published seq it has been
 * given or that did not match it); a job per subscription delivers what lies past the cursor
 * in batches, one batch in flight at a time (a lease on the subscription row). Publication
 * queues a fan-out job in its own transaction; a sweep every minute and at start-up re-queues
 * any subscription with work and no job, so nothing depends on a job surviving a crash.
 * At least once: the cursor moves only after a 2xx, and a retried batch keeps its batch id.
 */
@Injectable()
export class WebhookDispatcher implements OnModuleInit {
  private readonly logger = new Logger(WebhookDispatcher.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobsService,
    private readonly publication: PublicationService,
    private readonly repository: DeliveryRepository,
    private readonly signing: SigningService,
    private readonly encryption: AtRestEncryption,
    private readonly audit: AuditService,
  ) {}

  onModuleInit(): void {
    const webhook = this.config.webhook;
    this.publication.listen({ published: (em) => this.jobs.sendInTransaction(em, FANOUT_QUEUE, {}, { singletonKey: 'fanout' }) });
    this.jobs.define<WebhookJob>({
      name: WEBHOOK_QUEUE,
      policy: 'short',
      // The embedded database gives pg-boss one connection: more pollers only queue behind each other.
      concurrency: this.config.databaseUrl ? webhook.concurrency : Math.min(webhook.concurrency, 2),
      batchSize: 50,
      retryLimit: 5,
      retryDelaySeconds: 5,
      expireInSeconds: Math.ceil((webhook.timeoutMs + LEASE_MARGIN_MS) / 1000) + 30,
      handle: (job) => this.deliver(job.subscriptionId),
    });
    this.jobs.define({ name: FANOUT_QUEUE, policy: 'short', concurrency: 1, handle: () => this.queueDue().then(() => undefined) });
    this.jobs.define({ name: SWEEP_QUEUE, concurrency: 1, cron: '* * * * *', handle: () => this.queueDue().then(() => undefined), onStart: () => this.queueDue().then(() => undefined) });
  }

  /** Queues a delivery job for every active webhook subscription behind the newest publication. */
  async queueDue(): Promise<number> {
    return this.dataSource.transaction(async (em) => {
      const due = (await em.query(
        `SELECT id FROM subscriptions
          WHERE mode = 'webhook' AND status = 'active' AND cursor_seq < (SELECT coalesce(max(seq), 0) FROM published_objects)`,
      )) as { id: string }[];
      await this.jobs.sendManyInTransaction<WebhookJob>(em, WEBHOOK_QUEUE, due.map((s) => ({ data: { subscriptionId: s.id }, singletonKey: s.id })));
      return due.length;
    });
  }

  /** Delivers the next batch of one subscription (or the batch being retried). */
  async deliver(subscriptionId: string): Promise<void> {
    const subscription = await this.claim(subscriptionId);
    if (!subscription) return;
    if (subscription.nextAttemptAt && subscription.nextAttemptAt.getTime() > Date.now()) {
      // Backing off: come back when the wait is over.
      await this.release(subscriptionId, subscription.nextAttemptAt);
      return;
    }
    const batch = await this.nextBatch(subscription);
    if (!batch) return;
    const { batchId, untilSeq, rows } = batch;
    const bundle = { type: 'bundle', id: `bundle--${batchId}`, objects: rows.map((r) => r.object) };
    const signed = await this.signing.sign(Buffer.from(JSON.stringify(bundle), 'utf8'), { sub: subscription.id, jti: batchId });
    const attempt = subscription.consecutiveFailures + 1;
    const attemptedAt = new Date();
    const result = await postWebhook({
      url: subscription.webhookUrl!,
      body: JSON.stringify(signed.jws),
      subscriptionId: subscription.id,
      batchId,
      attempt,
      kid: signed.kid,
      objectCount: rows.length,
      secret: subscription.webhookSecretEncrypted ? this.encryption.open('webhook-secret', subscription.webhookSecretEncrypted, subscription.id).toString('utf8') : null,
      timeoutMs: this.config.webhook.timeoutMs,
    });
    await this.dataSource.transaction(async (em) => {
      const current = await em.getRepository(Subscription).createQueryBuilder('s').setLock('pessimistic_write').where('s.id = :id', { id: subscriptionId }).getOne();
      if (!current) return; // deleted meanwhile
      await em.getRepository(WebhookDelivery).insert({
        subscriptionId,
        batchId,
        attempt,
        attemptedAt,
        durationMs: result.durationMs,
        outcome: result.ok ? 'delivered' : 'failed',
        statusCode: result.statusCode,
        error: result.error,
        objectCount: rows.length,
        signingKid: signed.kid,
      });
      if (result.ok) await this.succeeded(em, current, untilSeq);
      else await this.failed(em, current, result);
    });
  }

  /** Takes the subscription's lease; null when it is not an active webhook or another worker holds it. */
  private async claim(id: string): Promise<Subscription | null> {
    const leaseMs = this.config.webhook.timeoutMs + LEASE_MARGIN_MS;
    const claimed = (await this.dataSource.query(
      `UPDATE subscriptions SET lease_until = now() + make_interval(secs => $2::double precision / 1000)
        WHERE id = $1 AND mode = 'webhook' AND status = 'active' AND (lease_until IS NULL OR lease_until < now())
        RETURNING id`,
      [id, leaseMs],
    )) as unknown[];
    const rows = Array.isArray(claimed[0]) ? (claimed[0] as unknown[]) : claimed;
    if (rows.length > 0) return this.dataSource.getRepository(Subscription).findOneBy({ id });
    // Held by another worker: make sure someone looks again once its lease runs out.
    const held = await this.dataSource.getRepository(Subscription).findOneBy({ id });
    if (held?.mode === 'webhook' && held.status === 'active' && held.leaseUntil) {
      await this.dataSource.transaction((em) => this.queue(em, id, held.leaseUntil!));
    }
    return null;
  }

  private async release(id: string, retryAt: Date | null): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      await em.getRepository(Subscription).update({ id }, { leaseUntil: null });
      if (retryAt) await this.queue(em, id, retryAt);
    });
  }

  /**
   * The batch being retried, or a new one: at most WEBHOOK_BATCH_SIZE selected objects past the
   * cursor. When nothing past the cursor matches, the cursor moves to the newest seq and the
   * lease is released (null).
   */
  private async nextBatch(s: Subscription): Promise<{ batchId: string; untilSeq: string; rows: { seq: string; object: Record<string, unknown> }[] } | null> {
    const size = this.config.webhook.batchSize;
    if (s.batchId && s.batchUntilSeq) {
      const rows = await this.repository.forSubscription(s, s.cursorSeq, s.batchUntilSeq, size);
      if (rows.length > 0) return { batchId: s.batchId, untilSeq: rows.length === size ? rows[rows.length - 1]!.seq : s.batchUntilSeq, rows };
      // Nothing of the batch is selected any more (filters or visibility changed): done with it.
      await this.dataSource.transaction((em) => this.succeeded(em, s, s.batchUntilSeq!));
      return null;
    }
    const upto = await this.repository.latestSeq();
    const rows = await this.repository.forSubscription(s, s.cursorSeq, upto, size);
    if (rows.length === 0) {
      await this.dataSource.getRepository(Subscription).update({ id: s.id }, { cursorSeq: upto, leaseUntil: null });
      return null;
    }
    const untilSeq = rows.length === size ? rows[rows.length - 1]!.seq : upto;
    const batchId = randomUUID();
    await this.dataSource.getRepository(Subscription).update({ id: s.id }, { batchId, batchUntilSeq: untilSeq });
    return { batchId, untilSeq, rows };
  }

  private async succeeded(em: EntityManager, s: Subscription, untilSeq: string): Promise<void> {
    await em.getRepository(Subscription).update(
      { id: s.id },
      { cursorSeq: untilSeq, batchId: null, batchUntilSeq: null, consecutiveFailures: 0, nextAttemptAt: null, leaseUntil: null, lastDeliveredAt: new Date(), lastError: null },
    );
    const [more] = (await em.query('SELECT EXISTS (SELECT 1 FROM published_objects WHERE seq > $1) AS more', [untilSeq])) as { more: boolean }[];
    if (more?.more && s.status === 'active') await this.queue(em, s.id, null);
  }

  private async failed(em: EntityManager, s: Subscription, result: WebhookResult): Promise<void> {
    const webhook = this.config.webhook;
    const failures = s.consecutiveFailures + 1;
    const error = result.error ?? 'failed';
    if (failures >= webhook.pauseAfterFailures) {
      const reason = `paused after ${failures} consecutive failed deliveries; last: ${error}`;
      await em.getRepository(Subscription).update(
        { id: s.id },
        { consecutiveFailures: failures, lastError: error, status: 'paused', pausedReason: reason, pausedAt: new Date(), nextAttemptAt: null, leaseUntil: null },
      );
      await this.audit.record(em, SYSTEM, 'subscription.paused', { type: 'subscription', id: s.id }, { reason, failures });
      this.logger.warn({ msg: 'webhook subscription paused', subscriptionId: s.id, failures });
      return;
    }
    const nextAttemptAt = new Date(Date.now() + backoffMs(failures, webhook.retryBaseMs, webhook.retryMaxMs));
    await em.getRepository(Subscription).update({ id: s.id }, { consecutiveFailures: failures, lastError: error, nextAttemptAt, leaseUntil: null });
    if (s.status === 'active') await this.queue(em, s.id, nextAttemptAt);
  }

  private queue(em: EntityManager, subscriptionId: string, startAfter: Date | null): Promise<void> {
    return this.jobs.sendInTransaction<WebhookJob>(em, WEBHOOK_QUEUE, { subscriptionId }, { singletonKey: subscriptionId, ...(startAfter ? { startAfter } : {}) });
  }
}
