import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { JobsService } from '../jobs/jobs.service';
import { Organization } from '../orgs/organization.entity';
import { PublicationService } from '../publication/publication.service';
import type { HistoryActor } from './submission-history.entity';
import { SubmissionWorkflow } from './submission-workflow';
import type { Approval, Submission } from './submission.entity';

export const RELEASE_QUEUE = 'submission-release';
export interface ReleaseJob {
  submissionId: string;
}

export interface ApproveOptions {
  who: Principal;
  actor: HistoryActor;
  publishAt: Date | null;
  approvals: Approval[];
  message?: string | null;
  details?: Record<string, unknown>;
}

/** Approval and publication, shared by coordinators' actions, auto-approval and embargo release. */
@Injectable()
export class SubmissionPublisher {
  constructor(
    private readonly workflow: SubmissionWorkflow,
    private readonly publication: PublicationService,
    private readonly jobs: JobsService,
  ) {}

  /** Publishes now, or schedules publication for `publishAt` (an embargo). `submission` is locked, with its anonymized bundle. */
  async approve(em: EntityManager, submission: Submission, options: ApproveOptions): Promise<void> {
    const { who, actor, publishAt, approvals } = options;
    if (publishAt && publishAt.getTime() > Date.now()) {
      await this.workflow.record(em, submission, 'approve', 'approved', { who, actor, message: options.message, details: { ...options.details, publishAt: publishAt.toISOString() } }, { publishAt, approvals });
      await this.jobs.sendInTransaction<ReleaseJob>(em, RELEASE_QUEUE, { submissionId: submission.id }, { startAfter: publishAt });
      return;
    }
    await this.publish(em, submission, 'approve', { ...options, details: options.details });
  }

  /** Writes the published objects and moves the submission to `published`, in the caller's transaction. */
  async publish(em: EntityManager, submission: Submission, action: 'approve' | 'release', options: ApproveOptions): Promise<void> {
    const org = await em.getRepository(Organization).findOneByOrFail({ id: submission.organizationId });
    const objects = await this.publication.publish(em, submission, org.sectors);
    await this.workflow.record(
      em,
      submission,
      action,
      'published',
      { who: options.who, actor: options.actor, message: options.message, details: { ...options.details, publishedObjects: objects } },
      { publishedAt: new Date(), approvals: options.approvals, publishAt: options.publishAt },
    );
  }
}
