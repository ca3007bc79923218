import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Organization } from '../orgs/organization.entity';
import { Submission } from '../submissions/submission.entity';
import { Collection } from './collection.entity';

/** One object of a TAXII POST, as the status resource reports it. */
export interface PostedObject {
  id: string;
  version: string;
}

/**
 * One TAXII Add Objects request (§5.5): what was posted and the submission it became. The
 * status resource (§4.3.1) is computed from the submission's state when it is read, so it can
 * never disagree with the pipeline.
 */
@Entity({ name: 'taxii_statuses' })
@Index('idx_taxii_statuses_organization', ['organizationId'])
export class TaxiiStatus {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_taxii_statuses' })
  id: string;

  /** The posting organization: only it (and staff) may read the status. */
  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_taxii_statuses_organization' })
  organization?: Organization;

  @Column({ type: 'uuid', nullable: true })
  collectionId: string | null;

  @ManyToOne(() => Collection, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'collection_id', foreignKeyConstraintName: 'fk_taxii_statuses_collection' })
  collection?: Collection | null;

  @Column({ type: 'uuid' })
  submissionId: string;

  @ManyToOne(() => Submission, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'submission_id', foreignKeyConstraintName: 'fk_taxii_statuses_submission' })
  submission?: Submission;

  /** Set by the database (microseconds kept); rendered in SQL. */
  @Column({ type: 'timestamptz', default: () => 'clock_timestamp()' })
  requestTimestamp: Date;

  @Column({ type: 'jsonb' })
  objects: PostedObject[];
}
