/**
 * pg-boss queue of one subscription's retry at the end of its backoff (singleton key =
 * subscription id). Everything else (new publications, a subscription created, changed or
 * resumed) wakes the fan-out, which takes every subscription that is due.
 */
export const WEBHOOK_QUEUE = 'webhook-deliver';

export interface WebhookJob {
  subscriptionId: string;
}

/** pg-boss queue of the fan-out; at most one such job waits at a time (singleton key FANOUT_KEY). */
export const FANOUT_QUEUE = 'webhook-fanout';
export const FANOUT_KEY = 'fanout';
