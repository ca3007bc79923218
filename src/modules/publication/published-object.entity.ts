import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { StixObject } from '../../anonymizer';
import type { TlpLevel } from '../policies/policy-rules';
import { SharingGroup } from '../sharing-groups/sharing-group.entity';
import { Submission } from '../submissions/submission.entity';

/**
 * One published version of one STIX object. `seq` and `dateAdded` increase together (assigned
 * under a lock), so keyset paging on either is stable under concurrent publication.
 * `submissionId` is for coordinators and never leaves the service.
 */
@Entity({ name: 'published_objects' })
@Index('uq_published_objects_date_added', ['dateAdded'], { unique: true })
@Index('idx_published_objects_stix_id', ['stixId', 'modified'])
@Index('idx_published_objects_submission', ['submissionId'])
@Index('idx_published_objects_type_date_added', ['stixType', 'dateAdded'])
@Check('ck_published_objects_tlp', `"tlp" IN ('clear', 'green', 'amber', 'amber+strict', 'red')`)
export class PublishedObject {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  seq: string;

  @Column({ type: 'text' })
  stixId: string;

  @Column({ type: 'text' })
  stixType: string;

  @Column({ type: 'text' })
  specVersion: string;

  /** The object's `modified` (or `created`, or date added for SCOs) exactly as published. */
  @Column({ type: 'text' })
  version: string;

  @Column({ type: 'timestamptz' })
  modified: Date;

  @Column({ type: 'timestamptz' })
  dateAdded: Date;

  @Column({ type: 'text' })
  tlp: TlpLevel;

  @Column({ type: 'uuid', nullable: true })
  sharingGroupId: string | null;

  @ManyToOne(() => SharingGroup, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sharing_group_id', foreignKeyConstraintName: 'fk_published_objects_sharing_group' })
  sharingGroup?: SharingGroup | null;

  /** Null for the exchange's own objects (its identity, the policy statement, TLP definitions). */
  @Column({ type: 'uuid', nullable: true })
  submissionId: string | null;

  @ManyToOne(() => Submission, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'submission_id', foreignKeyConstraintName: 'fk_published_objects_submission' })
  submission?: Submission | null;

  /** The submitting organization's sectors, for sector collections and subscription filters. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  sectors: string[];

  @Column({ type: 'integer', nullable: true })
  confidence: number | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  labels: string[];

  @Column({ type: 'boolean', default: false })
  revoked: boolean;

  @Column({ type: 'jsonb' })
  object: StixObject;

  /** `object` as JSON text, written with it: TAXII pages join these texts instead of serializing jsonb per read. */
  @Column({ type: 'text', select: false })
  objectText: string;

  /** Read hints (see read-hints.ts): false proves there is no such row for this STIX id; true means "check". */
  @Column({ type: 'boolean', default: false, select: false })
  hasEarlierCopy: boolean;

  @Column({ type: 'boolean', default: false, select: false })
  hasNewerVersion: boolean;

  @Column({ type: 'boolean', default: false, select: false })
  hasOlderVersion: boolean;
}
