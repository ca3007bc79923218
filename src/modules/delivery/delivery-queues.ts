/** pg-boss queue of webhook deliveries: one job per subscription with work to do (singleton key = subscription id). */
export const WEBHOOK_QUEUE = 'webhook-deliver';

export interface WebhookJob {
  subscriptionId: string;
}
