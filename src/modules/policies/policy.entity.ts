import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { PolicyRules } from './policy-rules';

/** One published, immutable version of the legal-shield policy. */
@Entity({ name: 'policies' })
@Index('idx_policies_published_at', ['publishedAt'])
export class Policy {
  /** Semantic version, e.g. 1.0.0. */
  @PrimaryColumn({ type: 'text' })
  version: string;

  @Column({ type: 'text' })
  title: string;

  /** The human text, markdown. */
  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'jsonb' })
  rules: PolicyRules;

  /** `sha256:<hex>` over the canonical JSON of version, title, text and rules. */
  @Column({ type: 'text' })
  contentHash: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  publishedAt: Date;

  @Column({ type: 'uuid', nullable: true })
  publishedByUserId: string | null;
}
