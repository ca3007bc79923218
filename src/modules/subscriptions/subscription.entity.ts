import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Organization } from '../orgs/organization.entity';

export const DELIVERY_MODES = ['poll', 'webhook'] as const;
export type DeliveryMode = (typeof DELIVERY_MODES)[number];
export type SubscriptionStatus = 'active' | 'paused';

/**
 * A member organization's selection of published objects (collections and filters) and how
 * it receives them: by polling (TAXII or the bundle export) or pushed to a webhook. For
 * webhooks, `cursorSeq` is the last published_objects.seq delivered (or skipped as not
 * matching); `batchId`/`batchUntilSeq` hold the batch being delivered, so a retry resends the
 * same range under the same batch id.
 */
@Entity({ name: 'subscriptions' })
@Index('idx_subscriptions_organization', ['organizationId', 'createdAt'])
@Index('idx_subscriptions_pushing', ['cursorSeq'], { where: `"mode" = 'webhook' AND "status" = 'active'` })
@Check('ck_subscriptions_mode', `"mode" IN ('poll', 'webhook')`)
@Check('ck_subscriptions_status', `"status" IN ('active', 'paused')`)
@Check('ck_subscriptions_webhook_url', `("mode" = 'webhook') = ("webhook_url" IS NOT NULL)`)
export class Subscription {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_subscriptions' })
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_subscriptions_organization' })
  organization?: Organization;

  @Column({ type: 'text' })
  name: string;

  /** Empty: every published object the organization may see. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  collectionIds: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  types: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  sectors: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  labels: string[];

  @Column({ type: 'integer', nullable: true })
  minConfidence: number | null;

  @Column({ type: 'text' })
  mode: DeliveryMode;

  @Column({ type: 'text', nullable: true })
  webhookUrl: string | null;

  /** HMAC secret sealed with AtRestEncryption (aad: the subscription id); never returned. */
  @Column({ type: 'text', nullable: true })
  webhookSecretEncrypted: string | null;

  @Column({ type: 'text', default: 'active' })
  status: SubscriptionStatus;

  @Column({ type: 'text', nullable: true })
  pausedReason: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  pausedAt: Date | null;

  @Column({ type: 'bigint', default: 0 })
  cursorSeq: string;

  @Column({ type: 'uuid', nullable: true })
  batchId: string | null;

  @Column({ type: 'bigint', nullable: true })
  batchUntilSeq: string | null;

  @Column({ type: 'integer', default: 0 })
  consecutiveFailures: number;

  /** Backoff: no attempt before this. */
  @Column({ type: 'timestamptz', nullable: true })
  nextAttemptAt: Date | null;

  /** A worker holds the subscription until then (one delivery at a time per subscription). */
  @Column({ type: 'timestamptz', nullable: true })
  leaseUntil: Date | null;

  /** The fan-out round holding the lease: only it renews the lease. */
  @Column({ type: 'uuid', nullable: true })
  leaseOwner: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastDeliveredAt: Date | null;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
