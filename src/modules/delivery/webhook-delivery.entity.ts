import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Subscription } from '../subscriptions/subscription.entity';

/** One attempt to POST one batch to a subscription's webhook: the delivery log members read. */
@Entity({ name: 'webhook_deliveries' })
@Index('idx_webhook_deliveries_subscription_attempted', ['subscriptionId', 'attemptedAt'])
@Index('idx_webhook_deliveries_attempted', ['attemptedAt'])
@Check('ck_webhook_deliveries_outcome', `"outcome" IN ('delivered', 'failed')`)
export class WebhookDelivery {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_webhook_deliveries' })
  id: string;

  @Column({ type: 'uuid' })
  subscriptionId: string;

  @ManyToOne(() => Subscription, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'subscription_id', foreignKeyConstraintName: 'fk_webhook_deliveries_subscription' })
  subscription?: Subscription;

  /** Same for every attempt at the same batch, so receivers can drop duplicates. */
  @Column({ type: 'uuid' })
  batchId: string;

  /** 1 for the first attempt at this batch. */
  @Column({ type: 'integer' })
  attempt: number;

  @Column({ type: 'timestamptz' })
  attemptedAt: Date;

  @Column({ type: 'integer' })
  durationMs: number;

  @Column({ type: 'text' })
  outcome: 'delivered' | 'failed';

  @Column({ type: 'integer', nullable: true })
  statusCode: number | null;

  @Column({ type: 'text', nullable: true })
  error: string | null;

  @Column({ type: 'integer' })
  objectCount: number;

  @Column({ type: 'text' })
  signingKid: string;

  /** Set on the failed attempt that paused the subscription: the reason the member is shown. */
  @Column({ type: 'text', nullable: true })
  pausedReason: string | null;
}
