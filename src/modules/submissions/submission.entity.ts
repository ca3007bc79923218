import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ApiKey } from '../api-keys/api-key.entity';
import { Policy } from '../policies/policy.entity';
import { User } from '../users/user.entity';
import type { ResidualRiskReport, StixBundle } from '../../anonymizer';
import type { StixIssue } from '../../stix';
import { Organization } from '../orgs/organization.entity';
import type { TlpLevel } from '../policies/policy-rules';
import { SharingGroup } from '../sharing-groups/sharing-group.entity';

export const SUBMISSION_STATES = [
  'received',
  'invalid',
  'pending_review',
  'changes_requested',
  'rejected',
  'approved',
  'published',
  'withdrawn',
  'revoked',
] as const;
export type SubmissionState = (typeof SUBMISSION_STATES)[number];

export const VERDICTS = ['auto-publish', 'review-required', 'block'] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface Approval {
  userId: string;
  at: string;
}

/** One incident submitted under a policy version; raw content is kept until `rawPurgeAfter`. */
@Entity({ name: 'submissions' })
@Index('uq_submissions_idempotency', ['organizationId', 'idempotencyKey'], { unique: true, where: '"idempotency_key" IS NOT NULL' })
@Index('idx_submissions_state_received', ['state', 'receivedAt'])
@Index('idx_submissions_organization_received', ['organizationId', 'receivedAt'])
@Index('idx_submissions_raw_purge_after', ['rawPurgeAfter'])
@Check('ck_submissions_state', `"state" IN ('received', 'invalid', 'pending_review', 'changes_requested', 'rejected', 'approved', 'published', 'withdrawn', 'revoked')`)
@Check('ck_submissions_tlp', `"tlp" IN ('clear', 'green', 'amber', 'amber+strict', 'red')`)
@Check('ck_submissions_amber_group', `"tlp" NOT IN ('amber', 'amber+strict') OR "sharing_group_id" IS NOT NULL`)
export class Submission {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_submissions_organization' })
  organization?: Organization;

  @Column({ type: 'uuid', nullable: true })
  submittedByUserId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'submitted_by_user_id', foreignKeyConstraintName: 'fk_submissions_user' })
  submittedByUser?: User | null;

  @Column({ type: 'uuid', nullable: true })
  submittedByApiKeyId: string | null;

  @ManyToOne(() => ApiKey, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'submitted_by_api_key_id', foreignKeyConstraintName: 'fk_submissions_api_key' })
  submittedByApiKey?: ApiKey | null;

  @Column({ type: 'text', nullable: true })
  idempotencyKey: string | null;

  /** SHA-256 of the canonical request, so an idempotency key reused for other content is refused. */
  @Column({ type: 'text' })
  requestHash: string;

  @Column({ type: 'text' })
  state: SubmissionState;

  @Column({ type: 'integer', default: 1 })
  revision: number;

  @Column({ type: 'text' })
  tlp: TlpLevel;

  @Column({ type: 'uuid', nullable: true })
  sharingGroupId: string | null;

  @ManyToOne(() => SharingGroup, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sharing_group_id', foreignKeyConstraintName: 'fk_submissions_sharing_group' })
  sharingGroup?: SharingGroup | null;

  /** Requested by the submitter: not before this time. */
  @Column({ type: 'timestamptz', nullable: true })
  embargoUntil: Date | null;

  /** Set at approval: publication waits for it. */
  @Column({ type: 'timestamptz', nullable: true })
  publishAt: Date | null;

  @Column({ type: 'text' })
  policyVersion: string;

  @ManyToOne(() => Policy, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'policy_version', referencedColumnName: 'version', foreignKeyConstraintName: 'fk_submissions_policy' })
  policy?: Policy;

  @Column({ type: 'text' })
  policyHash: string;

  /** The submitter's explicit consent to be named as the creator of what it published (only under a `with-consent` policy). */
  @Column({ type: 'boolean', default: false })
  attributionConsent: boolean;

  @Column({ type: 'jsonb', nullable: true })
  rawBundle: StixBundle | null;

  @Column({ type: 'text' })
  rawSha256: string;

  @Column({ type: 'integer' })
  rawBytes: number;

  @Column({ type: 'timestamptz' })
  rawPurgeAfter: Date;

  @Column({ type: 'timestamptz', nullable: true })
  rawPurgedAt: Date | null;

  @Column({ type: 'integer' })
  objectCount: number;

  @Column({ type: 'jsonb', nullable: true })
  errors: StixIssue[] | null;

  @Column({ type: 'jsonb', nullable: true })
  anonymizedBundle: StixBundle | null;

  @Column({ type: 'jsonb', nullable: true })
  report: ResidualRiskReport | null;

  /** Raw id → published id; shown to coordinators only, purged with the raw content. */
  @Column({ type: 'jsonb', nullable: true })
  idMap: Record<string, string> | null;

  @Column({ type: 'text', nullable: true })
  verdict: Verdict | null;

  @Column({ type: 'double precision', nullable: true })
  riskScore: number | null;

  /** The last coordinator message (reason of a rejection, changes requested). */
  @Column({ type: 'text', nullable: true })
  message: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  approvals: Approval[];

  @Column({ type: 'timestamptz', default: () => 'now()' })
  receivedAt: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;
}
