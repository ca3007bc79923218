import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Organization } from '../orgs/organization.entity';
import { User } from '../users/user.entity';
import { Policy } from './policy.entity';

/** An organization's acceptance of one policy version, given by a named person. */
@Entity({ name: 'policy_acceptances' })
@Index('uq_policy_acceptances_org_version', ['organizationId', 'policyVersion'], { unique: true })
export class PolicyAcceptance {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_policy_acceptances_organization' })
  organization?: Organization;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_policy_acceptances_user' })
  user?: User;

  @Column({ type: 'text' })
  policyVersion: string;

  @ManyToOne(() => Policy, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'policy_version', referencedColumnName: 'version', foreignKeyConstraintName: 'fk_policy_acceptances_policy' })
  policy?: Policy;

  @Column({ type: 'text' })
  contentHash: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  acceptedAt: Date;
}
