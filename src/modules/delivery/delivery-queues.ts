import type { EntityManager } from 'typeorm';
import type { JobsService } from '../jobs/jobs.service';

/**
 * pg-boss queue of one subscription's retry at the end of its backoff (singleton key =
 * subscription id). Everything else (new publications, a subscription created, changed or
 * resumed) wakes the fan-out, which takes every subscription that is due.
 */
export const WEBHOOK_QUEUE = 'webhook-deliver';

export interface WebhookJob {
  subscriptionId: string;
}

/** pg-boss queue of the fan-out (one worker per instance; a run with nothing due ends at once). */
export const FANOUT_QUEUE = 'webhook-fanout';

/**
 * Queues a fan-out in the caller's transaction. No singleton key: a queued fan-out that a
 * worker starts before this transaction commits would not see its publication, and a
 * singleton would have dropped this wake-up in its favour (a lost wake-up until the sweep).
 */
export function wakeFanOut(jobs: JobsService, em: EntityManager): Promise<void> {
  return jobs.sendInTransaction(em, FANOUT_QUEUE, {});
}
