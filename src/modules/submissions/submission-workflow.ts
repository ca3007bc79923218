import { Injectable } from '@nestjs/common';
import type { EntityManager, FindOptionsSelect } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { AppError } from '../../common/problem/app-error';
import { AuditService } from '../audit/audit.service';
import { SubmissionHistory, type HistoryActor } from './submission-history.entity';
import { Submission, type SubmissionState } from './submission.entity';

/** The columns that hold whole bundles and reports, read only where needed. */
export const CONTENT_COLUMNS = ['rawBundle', 'anonymizedBundle', 'report', 'idMap', 'errors'] as const;
export type ContentColumn = (typeof CONTENT_COLUMNS)[number];

export const SUMMARY_COLUMNS = [
  'id', 'organizationId', 'submittedByUserId', 'submittedByApiKeyId', 'idempotencyKey', 'requestHash', 'state', 'revision', 'tlp',
  'sharingGroupId', 'embargoUntil', 'publishAt', 'policyVersion', 'policyHash', 'attributionConsent', 'rawSha256', 'rawBytes', 'rawPurgeAfter',
  'rawPurgedAt', 'objectCount', 'verdict', 'riskScore', 'message', 'approvals', 'receivedAt', 'updatedAt', 'publishedAt',
] as const satisfies readonly (keyof Submission)[];

/** A TypeORM `select` for the named columns. */
export function columns(names: readonly (keyof Submission)[]): FindOptionsSelect<Submission> {
  return Object.fromEntries(names.map((n) => [n, true]));
}

/** What may happen to a submission in which state (DESIGN.md, submission pipeline). */
const ALLOWED_FROM: Record<string, readonly SubmissionState[]> = {
  anonymize: ['received'],
  approve: ['pending_review'],
  release: ['approved'],
  reject: ['pending_review', 'changes_requested'],
  'request-changes': ['pending_review'],
  'edit-redactions': ['pending_review'],
  'change-sharing-group': ['pending_review', 'approved'],
  resubmit: ['changes_requested', 'invalid'],
  withdraw: ['received', 'invalid', 'pending_review', 'changes_requested', 'approved', 'published'],
};
export type SubmissionAction = keyof typeof ALLOWED_FROM;

const PHRASE: Record<string, string> = {
  anonymize: 'anonymized',
  approve: 'approved',
  release: 'released',
  reject: 'rejected',
  'request-changes': 'sent back for changes',
  'edit-redactions': 'edited',
  'change-sharing-group': 'given another sharing group',
  resubmit: 'resubmitted',
  withdraw: 'withdrawn',
};

export interface TransitionOptions {
  who: Principal;
  actor: HistoryActor;
  message?: string | null;
  /** Audit details: ids, counts and reasons, never raw content. */
  details?: Record<string, unknown>;
}

/**
 * Every change of a submission goes through here: the state check, the history row the
 * submitter reads and the audit event, all in the caller's transaction.
 */
@Injectable()
export class SubmissionWorkflow {
  constructor(private readonly audit: AuditService) {}

  /** Throws 409 when `action` is not possible in the submission's current state. */
  assertAllowed(submission: Submission, action: SubmissionAction): void {
    if (!ALLOWED_FROM[action].includes(submission.state)) {
      throw new AppError('ILLEGAL_TRANSITION', `a submission in state ${submission.state} cannot be ${PHRASE[action]}`);
    }
  }

  /**
   * Locks the submission row for the rest of the transaction; null when absent. The large
   * JSON columns are read only when asked for.
   */
  lock(em: EntityManager, id: string, content: readonly ContentColumn[] = []): Promise<Submission | null> {
    return em.getRepository(Submission).findOne({
      where: { id },
      select: columns([...SUMMARY_COLUMNS, ...content]),
      lock: { mode: 'pessimistic_write' },
    });
  }

  /** Writes `changes` and the new state, and records the step (the state may stay the same). */
  async record(
    em: EntityManager,
    submission: Submission,
    action: string,
    to: SubmissionState,
    options: TransitionOptions,
    changes: Partial<Submission> = {},
  ): Promise<void> {
    const from = submission.state;
    Object.assign(submission, changes, { state: to, updatedAt: new Date() });
    await em.getRepository(Submission).update({ id: submission.id }, { ...changes, state: to, updatedAt: submission.updatedAt } as object);
    await em.getRepository(SubmissionHistory).insert({
      submissionId: submission.id,
      revision: submission.revision,
      fromState: from,
      toState: to,
      action,
      actor: options.actor,
      actorUserId: options.actor === 'system' ? null : (options.who.userId ?? null),
      message: options.message ?? null,
    });
    await this.audited(em, options.who, submission, action, { from, to, ...options.details });
  }

  /** The audit event of a step: `submission.<action>` with the revision. */
  audited(em: EntityManager, who: Principal, submission: Submission, action: string, details: Record<string, unknown>): Promise<void> {
    return this.audit.record(em, who, `submission.${action}`, { type: 'submission', id: submission.id }, { revision: submission.revision, ...details });
  }
}
