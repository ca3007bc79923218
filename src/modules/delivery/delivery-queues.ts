/**
 * pg-boss queue of one subscription's next delivery (singleton key = subscription id): a retry
 * at the end of its backoff, or a kick after the subscription changed. New publications go
 * out through the dispatcher's fan-out instead.
 */
export const WEBHOOK_QUEUE = 'webhook-deliver';

export interface WebhookJob {
  subscriptionId: string;
}
