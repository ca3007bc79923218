import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One link of the append-only, hash-chained audit log. */
@Entity({ name: 'audit_events' })
@Index('uq_audit_events_id', ['id'], { unique: true })
@Index('idx_audit_events_action', ['action', 'seq'])
@Index('idx_audit_events_target', ['targetType', 'targetId'])
@Index('idx_audit_events_occurred_at', ['occurredAt'])
export class AuditEvent {
  /** Position in the chain, gap-free from 1. bigint arrives as a string from `pg`. */
  @PrimaryColumn({ type: 'bigint' })
  seq: string;

  @Column({ type: 'uuid' })
  id: string;

  @Column({ type: 'timestamptz' })
  occurredAt: Date;

  @Column({ type: 'uuid', nullable: true })
  actorOrgId: string | null;

  @Column({ type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Column({ type: 'uuid', nullable: true })
  actorApiKeyId: string | null;

  @Column({ type: 'text' })
  actorVia: string;

  @Column({ type: 'text' })
  action: string;

  @Column({ type: 'text' })
  targetType: string;

  @Column({ type: 'text', nullable: true })
  targetId: string | null;

  /** Ids, codes and counts only: never raw personal data or secrets. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  details: Record<string, unknown>;

  @Column({ type: 'bytea' })
  prevHash: Buffer;

  @Column({ type: 'bytea' })
  hash: Buffer;
}
