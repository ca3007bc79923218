import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Submission } from './submission.entity';

export type HistoryActor = 'submitter' | 'coordinator' | 'system';

/** One transition of a submission, readable by its submitter (the audit log is for staff). */
@Entity({ name: 'submission_history' })
@Index('idx_submission_history_submission_at', ['submissionId', 'at'])
export class SubmissionHistory {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  submissionId: string;

  @ManyToOne(() => Submission, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'submission_id', foreignKeyConstraintName: 'fk_submission_history_submission' })
  submission?: Submission;

  @Column({ type: 'integer' })
  revision: number;

  @Column({ type: 'timestamptz', default: () => 'clock_timestamp()' })
  at: Date;

  @Column({ type: 'text', nullable: true })
  fromState: string | null;

  @Column({ type: 'text' })
  toState: string;

  @Column({ type: 'text' })
  action: string;

  @Column({ type: 'text' })
  actor: HistoryActor;

  @Column({ type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Column({ type: 'text', nullable: true })
  message: string | null;
}
