import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ApiKey } from '../api-keys/api-key.entity';
import { Organization } from '../orgs/organization.entity';
import { User } from '../users/user.entity';

/**
 * One organization's asset registry (AssetRegistryDocument). The document is stored only
 * sealed (AtRestEncryption, purpose `asset-registry`); `version` is the optimistic-concurrency counter behind
 * the API's ETag.
 */
@Entity({ name: 'asset_registries' })
export class AssetRegistry {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_asset_registries' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_asset_registries_organization' })
  organization?: Organization;

  @Column({ type: 'integer' })
  version: number;

  /** `v1.<iv>.<tag>.<ciphertext>` (base64url); aad `asset-registry:<organization id>:<version>`. */
  @Column({ type: 'text' })
  documentSealed: string;

  @Column({ type: 'timestamptz' })
  updatedAt: Date;

  @Column({ type: 'uuid', nullable: true })
  updatedByUserId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'updated_by_user_id', foreignKeyConstraintName: 'fk_asset_registries_user' })
  updatedByUser?: User | null;

  @Column({ type: 'uuid', nullable: true })
  updatedByApiKeyId: string | null;

  @ManyToOne(() => ApiKey, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'updated_by_api_key_id', foreignKeyConstraintName: 'fk_asset_registries_api_key' })
  updatedByApiKey?: ApiKey | null;
}
