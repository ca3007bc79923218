import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Organization } from '../orgs/organization.entity';

export const API_KEY_SCOPES = ['submit', 'read'] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

@Entity({ name: 'api_keys' })
@Index('uq_api_keys_prefix', ['prefix'], { unique: true })
@Index('idx_api_keys_organization', ['organizationId'])
export class ApiKey {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_api_keys_organization' })
  organization?: Organization;

  @Column({ type: 'text' })
  name: string;

  /** Public lookup part of the key (`ssk_<prefix>`); unique. */
  @Column({ type: 'text' })
  prefix: string;

  /** SHA-256 of the whole key: keys are high-entropy, so a slow hash buys nothing. */
  @Column({ type: 'bytea' })
  secretHash: Buffer;

  @Column({ type: 'text', array: true })
  scopes: ApiKeyScope[];

  @Column({ type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
