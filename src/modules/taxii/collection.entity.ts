import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { TlpLevel } from '../policies/policy-rules';
import { SharingGroup } from '../sharing-groups/sharing-group.entity';

export const COLLECTION_KINDS = ['feed', 'inbox'] as const;
export type CollectionKind = (typeof COLLECTION_KINDS)[number];

/**
 * A TAXII collection, defined by coordinators. A `feed` holds no rows of its own: a published
 * object is in every feed whose definition it matches, evaluated in the query (empty arrays and
 * nulls mean "no restriction"). An `inbox` is where submitters POST envelopes; what they post
 * becomes a submission and goes through moderation, so an inbox is never readable.
 */
@Entity({ name: 'collections' })
@Index('uq_collections_alias', ['alias'], { unique: true, where: '"alias" IS NOT NULL' })
@Check('ck_collections_kind', `"kind" IN ('feed', 'inbox')`)
@Check('ck_collections_max_tlp', `"max_tlp" IS NULL OR "max_tlp" IN ('clear', 'green', 'amber', 'amber+strict', 'red')`)
@Check('ck_collections_min_confidence', `"min_confidence" IS NULL OR "min_confidence" BETWEEN 0 AND 100`)
export class Collection {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_collections' })
  id: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  /** Optional human-friendly name, unique (TAXII `alias`). */
  @Column({ type: 'text', nullable: true })
  alias: string | null;

  @Column({ type: 'text' })
  kind: CollectionKind;

  /** Feed: STIX types included (empty = every type). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  objectTypes: string[];

  /** Feed: submitter sectors included (empty = every sector); the exchange's own objects are always in. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  sectors: string[];

  /** Feed: objects carrying at least one of these labels (empty = no label filter). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  labels: string[];

  /** Feed: objects with at least this confidence (null = no filter; objects without confidence are left out when set). */
  @Column({ type: 'integer', nullable: true })
  minConfidence: number | null;

  /** Feed: the most restrictive TLP the collection carries (null = whatever the reader may see). */
  @Column({ type: 'text', nullable: true })
  maxTlp: TlpLevel | null;

  /** Inbox: the sharing group AMBER envelopes posted here are shared with (none: AMBER is refused). */
  @Column({ type: 'uuid', nullable: true })
  sharingGroupId: string | null;

  @ManyToOne(() => SharingGroup, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sharing_group_id', foreignKeyConstraintName: 'fk_collections_sharing_group' })
  sharingGroup?: SharingGroup | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
