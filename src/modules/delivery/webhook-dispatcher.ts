import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
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
import type { Subscription } from '../subscriptions/subscription.entity';
import { backoffMs } from './backoff';
import { DeliveryRepository, type ClaimedSubscription, type CursorMove, type FailureUpdate, type Lease } from './delivery.repository';
import { FANOUT_QUEUE, WEBHOOK_QUEUE, wakeFanOut, type WebhookJob } from './delivery-queues';
import { ReceiverQueue, receiverOf, SendSlots } from './receiver-queue';
import { WebhookSender, type WebhookResult } from './webhook-sender';
import { WebhookDelivery } from './webhook-delivery.entity';

const SWEEP_QUEUE = 'webhook-sweep';
/** A fan-out at the moment the first lease held by a busy or crashed worker runs out (one queued at a time). */
const LEASE_EXPIRY_QUEUE = 'webhook-lease-expiry';
/** Beyond two request timeouts, how long a claim on a subscription outlives its worker. */
const LEASE_MARGIN_MS = 5_000;
/** Leases are renewed this many times per lease while their round is in flight. */
const RENEWALS_PER_LEASE = 3;
/** Subscriptions one fan-out round claims. */
const ROUND_SIZE = 1000;
/** A fan-out job hands over to a fresh one after this long, well inside its expiry. */
const FANOUT_BUDGET_MS = 60_000;
/**
 * Fan-outs one instance runs at once. A round ends with its slowest send, so with one, a
 * receiver that times out would hold the next publication back for everyone; with two, the
 * next round claims the subscriptions already served and sends them in the slots left free.
 */
const FANOUT_WORKERS = 2;

/** One subscription's batch, ready to sign and send. */
interface Send {
  subscription: Subscription;
  batchId: string;
  untilSeq: string;
  /** The batch's objects as JSON array elements, serialized once for every subscription sharing the selection. */
  objectsJson: string;
  objectCount: number;
}

interface Outcome extends Send {
  attempt: number;
  attemptedAt: Date;
  kid: string;
  result: WebhookResult;
}

/**
 * Push delivery. Each webhook subscription has a cursor (the last published seq it has been
 * given or that did not match it) and receives what lies past it in batches, one batch in
 * flight at a time (a lease on the subscription row, short and renewed while its round is in
 * flight, so a crashed worker's subscriptions come back within one lease). A fan-out round
 * claims every due subscription in one statement, computes the objects once per group of
 * subscriptions that select the same (equal filters, cursor and TLP reader key), signs and
 * posts each subscription's batch with bounded concurrency overall and per receiver (shared by
 * the rounds and retries that overlap in this process), and records outcomes in group commits.
 * Publication (and any change to a subscription) queues a fan-out in its own transaction; a
 * failed batch comes back through a per-subscription job at the end of its backoff; a sweep
 * every minute and at start-up queues a fan-out, so nothing depends on a job surviving a crash.
 * At least once: the cursor moves only after a 2xx, and a retried batch keeps its batch id.
 */
@Injectable()
export class WebhookDispatcher implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(WebhookDispatcher.name);
  private readonly sender: WebhookSender;
  private readonly slots: SendSlots;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobsService,
    private readonly publication: PublicationService,
    private readonly repository: DeliveryRepository,
    private readonly signing: SigningService,
    private readonly encryption: AtRestEncryption,
    private readonly audit: AuditService,
  ) {
    this.sender = new WebhookSender(config.webhook.allowHttpLocalhost);
    this.slots = new SendSlots(config.webhook.concurrency, config.webhook.receiverConcurrency);
  }

  onModuleInit(): void {
    // A round's sends may take one timeout per wave of concurrent requests, its own and those of the
    // rounds it shares the slots with; a job held longer is retried elsewhere.
    const { timeoutMs, concurrency } = this.config.webhook;
    const expireInSeconds = Math.ceil((timeoutMs * Math.ceil((FANOUT_WORKERS * ROUND_SIZE) / concurrency)) / 1000) + 60;
    this.publication.listen({ published: (em) => this.wake(em) });
    this.jobs.define<WebhookJob>({
      name: WEBHOOK_QUEUE,
      policy: 'short',
      concurrency: 1,
      batchSize: 20,
      retryLimit: 5,
      retryDelaySeconds: 5,
      expireInSeconds,
      handle: (job) => this.deliverOne(job.subscriptionId),
    });
    const fanOut = { expireInSeconds: expireInSeconds + FANOUT_BUDGET_MS / 1000, handle: () => this.deliverDue().then(() => undefined) };
    this.jobs.define({ name: FANOUT_QUEUE, concurrency: FANOUT_WORKERS, ...fanOut });
    this.jobs.define({ name: LEASE_EXPIRY_QUEUE, policy: 'short', concurrency: 1, ...fanOut });
    const sweep = () => this.dataSource.transaction((em) => this.wake(em));
    this.jobs.define({ name: SWEEP_QUEUE, concurrency: 1, cron: '* * * * *', handle: sweep, onStart: sweep });
  }

  onModuleDestroy(): void {
    this.sender.close();
  }

  /**
   * Fan-out: delivers the next batch of every due subscription, round after round, until none
   * is due or the time budget is spent (then a fresh fan-out job carries on). Returns how many
   * subscriptions were handled.
   */
  async deliverDue(): Promise<number> {
    const started = Date.now();
    let handled = 0;
    for (;;) {
      const lease = this.newLease();
      const claimed = await this.repository.claimDue(ROUND_SIZE, lease, null);
      if (claimed.length === 0) {
        await this.fanOutAtLeaseExpiry();
        return handled;
      }
      await this.deliverClaimed(claimed, lease);
      handled += claimed.length;
      if (Date.now() - started > FANOUT_BUDGET_MS) {
        await this.dataSource.transaction((em) => this.wake(em));
        return handled;
      }
    }
  }

  /**
   * A subscription's retry at the end of its backoff. Early (clocks differ): again when the
   * backoff ends. Held by another worker: that worker releases it, or its lease runs out and
   * the lease-expiry fan-out takes it.
   */
  async deliverOne(subscriptionId: string): Promise<void> {
    const lease = this.newLease();
    const claimed = await this.repository.claimDue(1, lease, [subscriptionId]);
    if (claimed.length > 0) return this.deliverClaimed(claimed, lease);
    const at = await this.repository.backingOffUntil(subscriptionId);
    if (at) await this.dataSource.transaction((em) => this.queue(em, subscriptionId, at));
    else await this.fanOutAtLeaseExpiry();
  }

  /** A claim for one round: two request timeouts and a margin, renewed while the round is in flight. */
  private newLease(): Lease {
    return { ms: 2 * this.config.webhook.timeoutMs + LEASE_MARGIN_MS, owner: randomUUID() };
  }

  /**
   * Nothing claimable, but due subscriptions may be leased: by a busy worker, which renews its
   * leases and releases each when recorded, or by a crashed one, whose leases run out. A fan-out
   * at the first expiry takes over the crashed worker's subscriptions without waiting for the
   * sweep; for a live worker it finds nothing and looks again at the next expiry.
   */
  private async fanOutAtLeaseExpiry(): Promise<void> {
    const at = await this.repository.nextLeaseExpiry();
    if (!at) return;
    await this.dataSource.transaction((em) => this.jobs.sendInTransaction(em, LEASE_EXPIRY_QUEUE, {}, { singletonKey: 'lease-expiry', startAfter: at }));
  }

  private async deliverClaimed(claimed: ClaimedSubscription[], lease: Lease): Promise<void> {
    const ids = claimed.map((c) => c.subscription.id);
    const renewal = setInterval(() => {
      this.repository.renewLeases(ids, lease).catch((error: Error) => this.logger.error({ msg: 'webhook lease renewal failed', error: error.message }));
    }, lease.ms / RENEWALS_PER_LEASE);
    try {
      const { sends, skipped, started } = await this.prepare(claimed);
      if (skipped.length > 0 || started.length > 0) {
        await this.dataSource.transaction(async (em) => {
          await this.repository.advance(em, skipped, false);
          await this.repository.startBatches(em, started);
          await this.wakeIfBehind(em, skipped);
        });
      }
      await this.sendAll(sends);
    } finally {
      clearInterval(renewal);
    }
  }

  /**
   * Each claimed subscription's batch: the one being retried (same id, same range) or a new one
   * of at most WEBHOOK_BATCH_SIZE selected objects past the cursor. Subscriptions of one group
   * select the same objects, so the group's query runs once; the TLP rule in it is evaluated for
   * the group's reader key. Where nothing past the cursor matches, the cursor just moves on.
   */
  private async prepare(claimed: ClaimedSubscription[]): Promise<{ sends: Send[]; skipped: CursorMove[]; started: (CursorMove & { batchId: string })[] }> {
    const size = this.config.webhook.batchSize;
    const latest = await this.repository.latestSeq();
    const sends: Send[] = [];
    const skipped: CursorMove[] = [];
    const started: (CursorMove & { batchId: string })[] = [];
    for (const group of groupBySelection(claimed)) {
      const first = group[0]!;
      const upto = first.batchUntilSeq ?? latest;
      const rows = await this.repository.forSubscription(first, first.cursorSeq, upto, size);
      if (rows.length === 0) {
        for (const s of group) skipped.push({ id: s.id, untilSeq: upto });
        continue;
      }
      const untilSeq = rows.length === size ? rows[rows.length - 1]!.seq : upto;
      const objectsJson = rows.map((r) => r.objectJson).join(',');
      for (const subscription of group) {
        const batchId = subscription.batchId ?? randomUUID();
        if (!subscription.batchId) started.push({ id: subscription.id, batchId, untilSeq });
        sends.push({ subscription, batchId, untilSeq, objectsJson, objectCount: rows.length });
      }
    }
    return { sends, skipped, started };
  }

  /**
   * Signs and posts every batch, at most WEBHOOK_CONCURRENCY at a time and WEBHOOK_RECEIVER_CONCURRENCY
   * per receiver in this process; outcomes are recorded while the rest are in flight.
   */
  private async sendAll(sends: Send[]): Promise<void> {
    const recorder = groupCommit<Outcome>((outcomes) => this.record(outcomes));
    const queue = new ReceiverQueue(sends, (send) => receiverOf(send.subscription.webhookUrl!), this.slots);
    const worker = async () => {
      for (let send = await queue.take(); send; send = await queue.take()) {
        try {
          recorder.add(await this.send(send));
        } finally {
          queue.done(send);
        }
      }
    };
    const workers = await Promise.allSettled(Array.from({ length: Math.min(this.config.webhook.concurrency, sends.length) }, worker));
    await recorder.drain();
    // A send that threw (signing, unsealing) keeps its lease: the subscription comes back when it runs out.
    const failed = workers.find((w): w is PromiseRejectedResult => w.status === 'rejected');
    if (failed) throw failed.reason;
  }

  private async send(item: Send): Promise<Outcome> {
    const s = item.subscription;
    const bundle = `{"type":"bundle","id":"bundle--${item.batchId}","objects":[${item.objectsJson}]}`;
    const signed = await this.signing.sign(Buffer.from(bundle, 'utf8'), { sub: s.id, jti: item.batchId });
    const attempt = s.consecutiveFailures + 1;
    const attemptedAt = new Date();
    const result = await this.sender.post({
      url: s.webhookUrl!,
      body: JSON.stringify(signed.jws),
      subscriptionId: s.id,
      batchId: item.batchId,
      attempt,
      kid: signed.kid,
      objectCount: item.objectCount,
      secret: s.webhookSecretEncrypted ? this.encryption.open('webhook-secret', s.webhookSecretEncrypted, s.id).toString('utf8') : null,
      timeoutMs: this.config.webhook.timeoutMs,
    });
    return { ...item, attempt, attemptedAt, kid: signed.kid, result };
  }

  /** Delivery log rows and cursor moves of finished attempts, in one transaction; deleted subscriptions are skipped. */
  private async record(outcomes: Outcome[]): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      const current = await this.repository.lockForUpdate(em, outcomes.map((o) => o.subscription.id));
      const present = outcomes.filter((o) => current.has(o.subscription.id));
      const delivered = present.filter((o) => o.result.ok);
      const pauses = new Map<string, { reason: string; error: string; failures: number }>();
      const retries: FailureUpdate[] = [];
      for (const o of present.filter((f) => !f.result.ok)) {
        const now = current.get(o.subscription.id)!;
        const failures = now.consecutiveFailures + 1;
        const error = o.result.error ?? 'failed';
        if (now.status === 'active' && failures >= this.config.webhook.pauseAfterFailures) {
          pauses.set(o.subscription.id, { reason: `paused after ${failures} consecutive failed deliveries; last: ${error}`, error, failures });
        } else {
          const nextAttemptAt = new Date(Date.now() + backoffMs(failures, this.config.webhook.retryBaseMs, this.config.webhook.retryMaxMs));
          retries.push({ id: o.subscription.id, consecutiveFailures: failures, lastError: error, nextAttemptAt });
        }
      }
      await em.getRepository(WebhookDelivery).insert(present.map((o) => logRow(o, pauses.get(o.subscription.id)?.reason ?? null)));
      await this.repository.advance(em, delivered.map((o) => ({ id: o.subscription.id, untilSeq: o.untilSeq })), true);
      await this.repository.backOff(em, retries);
      const retrying = retries.filter((r) => current.get(r.id)!.status === 'active');
      await this.jobs.sendManyInTransaction<WebhookJob>(em, WEBHOOK_QUEUE, retrying.map((r) => ({ data: { subscriptionId: r.id }, singletonKey: r.id, startAfter: r.nextAttemptAt })));
      for (const [id, pause] of pauses) await this.pause(em, id, pause);
      await this.wakeIfBehind(em, delivered.map((o) => ({ id: o.subscription.id, untilSeq: o.untilSeq })));
    });
  }

  /** Stops deliveries to a subscription that keeps failing; the member reads why in the subscription, its delivery log and the audit log. */
  private async pause(em: EntityManager, id: string, { reason, error, failures }: { reason: string; error: string; failures: number }): Promise<void> {
    await em.query(
      `UPDATE subscriptions SET status = 'paused', paused_reason = $2, paused_at = now(), consecutive_failures = $3, last_error = $4,
              next_attempt_at = NULL, lease_until = NULL, updated_at = now() WHERE id = $1`,
      [id, reason, failures, error],
    );
    await this.audit.record(em, SYSTEM, 'subscription.paused', { type: 'subscription', id }, { reason, failures });
    this.logger.warn({ msg: 'webhook subscription paused', subscriptionId: id, failures });
  }

  /** Queues a fan-out when a cursor that just moved is still behind the newest publication. */
  private async wakeIfBehind(em: EntityManager, moves: CursorMove[]): Promise<void> {
    if (moves.length === 0) return;
    const lowest = moves.reduce((min, m) => (BigInt(m.untilSeq) < BigInt(min) ? m.untilSeq : min), moves[0]!.untilSeq);
    const [row] = (await em.query('SELECT EXISTS (SELECT 1 FROM published_objects WHERE seq > $1) AS behind', [lowest])) as { behind: boolean }[];
    if (row?.behind) await this.wake(em);
  }

  /** Queues a fan-out job, visible once the caller's transaction commits. */
  private wake(em: EntityManager): Promise<void> {
    return wakeFanOut(this.jobs, em);
  }

  private queue(em: EntityManager, subscriptionId: string, startAfter: Date): Promise<void> {
    return this.jobs.sendInTransaction<WebhookJob>(em, WEBHOOK_QUEUE, { subscriptionId }, { singletonKey: subscriptionId, startAfter });
  }
}

/** Claimed subscriptions grouped by what they select: equal reader key, filters, cursor and batch range. */
function groupBySelection(claimed: ClaimedSubscription[]): Subscription[][] {
  const groups = new Map<string, Subscription[]>();
  for (const { subscription: s, readerKey } of claimed) {
    const key = JSON.stringify([readerKey, [...s.collectionIds].sort(), [...s.types].sort(), [...s.sectors].sort(), [...s.labels].sort(), s.minConfidence, s.cursorSeq, s.batchUntilSeq]);
    const group = groups.get(key);
    if (group) group.push(s);
    else groups.set(key, [s]);
  }
  return [...groups.values()];
}

function logRow(o: Outcome, pausedReason: string | null): Partial<WebhookDelivery> {
  return {
    subscriptionId: o.subscription.id,
    batchId: o.batchId,
    attempt: o.attempt,
    attemptedAt: o.attemptedAt,
    durationMs: o.result.durationMs,
    outcome: o.result.ok ? 'delivered' : 'failed',
    statusCode: o.result.statusCode,
    error: o.result.error,
    objectCount: o.objectCount,
    signingKid: o.kid,
    pausedReason,
  };
}

/**
 * Collects items and writes them in as few calls as possible: one write at a time, each taking
 * everything added since the last. `drain` waits for all of it and throws a write's error.
 */
function groupCommit<T>(write: (items: T[]) => Promise<void>): { add(item: T): void; drain(): Promise<void> } {
  const pending: T[] = [];
  let running: Promise<void> | null = null;
  let failure: unknown = null;
  const start = () => {
    running = (async () => {
      while (pending.length > 0) await write(pending.splice(0));
    })()
      .catch((error: unknown) => {
        failure ??= error;
      })
      .finally(() => {
        running = null;
        if (pending.length > 0 && !failure) start();
      });
  };
  return {
    add(item) {
      pending.push(item);
      if (!running && !failure) start();
    },
    async drain() {
      while (running) await running;
      if (failure) throw failure;
    },
  };
}
