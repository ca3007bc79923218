import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Organization } from '../orgs/organization.entity';

/** A named set of organizations that may receive AMBER content. */
@Entity({ name: 'sharing_groups' })
@Index('uq_sharing_groups_name', ['name'], { unique: true })
export class SharingGroup {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_sharing_groups' })
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @OneToMany(() => SharingGroupMember, (m) => m.sharingGroup)
  members?: SharingGroupMember[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

@Entity({ name: 'sharing_group_members' })
@Index('idx_sharing_group_members_organization', ['organizationId'])
export class SharingGroupMember {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_sharing_group_members' })
  sharingGroupId: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_sharing_group_members' })
  organizationId: string;

  @ManyToOne(() => SharingGroup, (g) => g.members, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sharing_group_id', foreignKeyConstraintName: 'fk_sharing_group_members_group' })
  sharingGroup?: SharingGroup;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_sharing_group_members_organization' })
  organization?: Organization;
}
