import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import type { StixBundle } from '../../anonymizer';
import type { Principal } from '../../common/auth/principal';
import { AppError } from '../../common/problem/app-error';
import { isUniqueViolation } from '../../database/postgres-errors';
import { validate, type StixIssue } from '../../stix';
import { JobsService } from '../jobs/jobs.service';
import type { AcceptedPolicy } from '../policies/policies.service';
import { PoliciesService } from '../policies/policies.service';
import { PublicationService } from '../publication/publication.service';
import { stricterMarkings } from '../publication/publication-rows';
import { SharingGroupsService } from '../sharing-groups/sharing-groups.service';
import {
  CreateSubmissionDto,
  SubmissionAcceptedResponse,
  SubmissionDetailResponse,
  SubmissionListQuery,
  SubmissionPageResponse,
  WithdrawDto,
} from './dto/submission.dto';
import { SubmissionHistory } from './submission-history.entity';
import { decodeCursor, encodeCursor, groupsOf, toDetail, toSummary } from './submission-views';
import { columns, SUMMARY_COLUMNS, SubmissionWorkflow } from './submission-workflow';
import { Submission } from './submission.entity';

export const PROCESS_QUEUE = 'submission-process';
export interface ProcessJob {
  submissionId: string;
  revision: number;
}

const DAY_MS = 86_400_000;

/** A checked request: the bundle's STIX verdict is computed before any transaction opens. */
interface CheckedContent {
  dto: CreateSubmissionDto;
  rawSha256: string;
  rawBytes: number;
  requestHash: string;
  errors: StixIssue[];
}

/** The submitter's side of the pipeline: submit, follow, withdraw, resubmit — own organization only. */
@Injectable()
export class SubmissionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policies: PoliciesService,
    private readonly groups: SharingGroupsService,
    private readonly jobs: JobsService,
    private readonly workflow: SubmissionWorkflow,
    private readonly publication: PublicationService,
  ) {}

  /**
   * Stores the submission and its processing job in one transaction: once this returns (202),
   * a crash loses nothing; before, it leaves nothing. Invalid STIX is stored as `invalid`, with
   * its errors, and answered 422.
   */
  async submit(who: Principal, dto: CreateSubmissionDto, idempotencyKey: string | undefined): Promise<SubmissionAcceptedResponse> {
    const content = checkContent(dto);
    let outcome: SubmissionAcceptedResponse;
    try {
      outcome = await this.dataSource.transaction(async (em) => {
        if (idempotencyKey) {
          const earlier = await this.earlier(em, who.orgId, idempotencyKey, content.requestHash);
          if (earlier) return earlier;
        }
        const policy = await this.checkRequest(em, who, content);
        const now = new Date();
        const submission = em.getRepository(Submission).create({
          organizationId: who.orgId,
          submittedByUserId: who.userId ?? null,
          submittedByApiKeyId: who.apiKeyId ?? null,
          idempotencyKey: idempotencyKey ?? null,
          requestHash: content.requestHash,
          state: content.errors.length > 0 ? 'invalid' : 'received',
          revision: 1,
          ...contentFields(content, policy, now),
          approvals: [],
          receivedAt: now,
          updatedAt: now,
        });
        await em.getRepository(Submission).insert(submission as object);
        await this.recordArrival(em, who, submission, 'submit');
        return accepted(submission, false);
      });
    } catch (error) {
      // Two requests with one key at once: the loser answers with the winner's submission.
      if (idempotencyKey && isUniqueViolation(error, 'uq_submissions_idempotency')) {
        outcome = (await this.earlier(this.dataSource.manager, who.orgId, idempotencyKey, content.requestHash))!;
      } else throw error;
    }
    if (outcome.state === 'invalid') throw invalidStix(outcome.id, await this.errorsOf(outcome.id));
    return outcome;
  }

  /** A corrected bundle after changes were requested (or after it was invalid): same submission, next revision. */
  async resubmit(who: Principal, id: string, dto: CreateSubmissionDto): Promise<SubmissionAcceptedResponse> {
    const content = checkContent(dto);
    const outcome = await this.dataSource.transaction(async (em) => {
      const submission = await this.lockOwn(em, who, id);
      this.workflow.assertAllowed(submission, 'resubmit');
      const policy = await this.checkRequest(em, who, content);
      const state = content.errors.length > 0 ? 'invalid' : 'received';
      const consent = consentOf(content.dto);
      await this.workflow.record(em, submission, 'resubmit', state, { who, actor: 'submitter', message: consent.message, details: { objectCount: content.dto.bundle.objects.length, attributionConsent: consent.given } }, {
        ...contentFields(content, policy, new Date()),
        revision: submission.revision + 1,
        requestHash: content.requestHash,
        anonymizedBundle: null,
        report: null,
        idMap: null,
        verdict: null,
        riskScore: null,
        approvals: [],
        publishAt: null,
      });
      if (state === 'received') await this.enqueue(em, submission);
      return accepted(submission, false);
    });
    if (outcome.state === 'invalid') throw invalidStix(outcome.id, await this.errorsOf(outcome.id));
    return outcome;
  }

  async list(who: Principal, query: SubmissionListQuery): Promise<SubmissionPageResponse> {
    const limit = query.limit ?? 50;
    const qb = this.dataSource
      .getRepository(Submission)
      .createQueryBuilder('s')
      .select(SUMMARY_COLUMNS.map((c) => `s.${c}`))
      .where('s.organization_id = :orgId', { orgId: who.orgId })
      .orderBy('s.received_at', 'DESC')
      .addOrderBy('s.id', 'DESC')
      .take(limit + 1);
    if (query.state) qb.andWhere('s.state = :state', { state: query.state });
    if (query.cursor) {
      const [at, lastId] = decodeCursor(query.cursor) ?? [];
      if (typeof at !== 'string' || typeof lastId !== 'string') throw new AppError('VALIDATION_FAILED', 'cursor is not one this API issued');
      qb.andWhere('(s.received_at, s.id) < (:at, :lastId)', { at, lastId });
    }
    const rows = await qb.getMany();
    const page = rows.slice(0, limit);
    const groups = await groupsOf(this.dataSource.manager, page);
    const last = page[page.length - 1];
    return { items: page.map((s) => toSummary(s, groups)), nextCursor: rows.length > limit ? encodeCursor([last.receivedAt.toISOString(), last.id]) : null };
  }

  async get(who: Principal, id: string): Promise<SubmissionDetailResponse> {
    const submission = await this.dataSource.getRepository(Submission).findOne({
      where: { id, organizationId: who.orgId },
      select: columns([...SUMMARY_COLUMNS, 'errors', 'anonymizedBundle', 'report']),
    });
    if (!submission) throw notFound(id);
    return toDetail(this.dataSource.manager, submission);
  }

  /** Before publication: withdrawn. After: every published object is revoked as a new STIX version. */
  async withdraw(who: Principal, id: string, dto: WithdrawDto): Promise<SubmissionDetailResponse> {
    await this.dataSource.transaction(async (em) => {
      const submission = await this.lockOwn(em, who, id);
      this.workflow.assertAllowed(submission, 'withdraw');
      if (submission.state === 'published') {
        const revoked = await this.publication.revoke(em, submission);
        await this.workflow.record(em, submission, 'withdraw', 'revoked', { who, actor: 'submitter', message: dto.reason, details: { revokedObjects: revoked } });
      } else {
        await this.workflow.record(em, submission, 'withdraw', 'withdrawn', { who, actor: 'submitter', message: dto.reason }, { publishAt: null });
      }
    });
    return this.get(who, id);
  }

  /** Sends the processing job inside the caller's transaction. */
  async enqueue(em: EntityManager, submission: Submission): Promise<void> {
    await this.jobs.sendInTransaction<ProcessJob>(em, PROCESS_QUEUE, { submissionId: submission.id, revision: submission.revision });
  }

  private async recordArrival(em: EntityManager, who: Principal, submission: Submission, action: string): Promise<void> {
    await em.getRepository(SubmissionHistory).insert({
      submissionId: submission.id,
      revision: submission.revision,
      fromState: null,
      toState: submission.state,
      action,
      actor: 'submitter',
      actorUserId: who.userId ?? null,
      message: consentOf(submission).message,
    });
    await this.workflow.audited(em, who, submission, action, {
      to: submission.state,
      objectCount: submission.objectCount,
      tlp: submission.tlp,
      policyVersion: submission.policyVersion,
      attributionConsent: submission.attributionConsent,
    });
    if (submission.state === 'received') await this.enqueue(em, submission);
  }

  /** The policy (accepted by the caller's organization), TLP and sharing-group rules. */
  private async checkRequest(em: EntityManager, who: Principal, content: CheckedContent): Promise<AcceptedPolicy> {
    const { dto } = content;
    const policy = await this.policies.assertAccepted(em, who.orgId);
    if (dto.attributionConsent && policy.rules.attribution !== 'with-consent') {
      throw new AppError('ATTRIBUTION_NOT_ALLOWED', `policy ${policy.version} never names the submitter of published objects; submit without attributionConsent`, {
        errors: [{ pointer: '/attributionConsent', message: `policy ${policy.version} never attributes` }],
      });
    }
    if (!policy.rules.allowedTlp.includes(dto.tlp)) {
      throw new AppError('TLP_NOT_ALLOWED', `policy ${policy.version} allows ${policy.rules.allowedTlp.join(', ')}; not ${dto.tlp}`);
    }
    const amber = dto.tlp === 'amber' || dto.tlp === 'amber+strict';
    if (amber && !dto.sharingGroupId) throw new AppError('SHARING_GROUP_REQUIRED', `TLP:${dto.tlp.toUpperCase()} content needs sharingGroupId: who may receive it`);
    if (!amber && dto.sharingGroupId) throw new AppError('SHARING_GROUP_NOT_APPLICABLE', `a sharing group applies to amber and amber+strict, not ${dto.tlp}`);
    if (dto.sharingGroupId) await this.groups.referenced(em, dto.sharingGroupId);
    if (content.errors.length === 0) {
      const stricter = stricterMarkings(dto.bundle, dto.tlp);
      if (stricter.length > 0) {
        throw new AppError('TLP_CONFLICT', `${stricter.length} object(s) are marked more restrictively than TLP:${dto.tlp.toUpperCase()}, e.g. ${stricter[0].objectId} (TLP:${stricter[0].marking.toUpperCase()}); submit at that level or remove the marking`);
      }
    }
    return policy;
  }

  private async earlier(em: EntityManager, orgId: string, idempotencyKey: string, requestHash: string): Promise<SubmissionAcceptedResponse | null> {
    const earlier = await em.getRepository(Submission).findOne({ where: { organizationId: orgId, idempotencyKey }, select: columns(['id', 'state', 'requestHash']) });
    if (!earlier) return null;
    if (earlier.requestHash !== requestHash) {
      throw new AppError('IDEMPOTENCY_KEY_REUSED', `Idempotency-Key was already used for submission ${earlier.id} with different content; use a new key`);
    }
    return accepted(earlier, true);
  }

  private async errorsOf(id: string): Promise<StixIssue[]> {
    const row = await this.dataSource.getRepository(Submission).findOne({ where: { id }, select: columns(['id', 'errors']) });
    return row?.errors ?? [];
  }

  private async lockOwn(em: EntityManager, who: Principal, id: string): Promise<Submission> {
    const submission = await this.workflow.lock(em, id);
    if (!submission || submission.organizationId !== who.orgId) throw notFound(id);
    return submission;
  }
}

function checkContent(dto: CreateSubmissionDto): CheckedContent {
  const bundle = dto.bundle as Partial<StixBundle>;
  if (bundle.type !== 'bundle' || !Array.isArray(bundle.objects)) {
    throw new AppError('INVALID_BUNDLE', 'bundle must be a STIX bundle: {"type": "bundle", "id": "bundle--…", "objects": […]}');
  }
  if (bundle.objects.length === 0) throw new AppError('INVALID_BUNDLE', 'the bundle has no objects; there is nothing to share');
  if (dto.embargoUntil && Date.parse(dto.embargoUntil) > Date.now() + 366 * DAY_MS) {
    throw new AppError('VALIDATION_FAILED', 'embargoUntil is more than a year away', { errors: [{ pointer: '/embargoUntil', message: 'at most one year ahead' }] });
  }
  const raw = JSON.stringify(dto.bundle);
  const rawSha256 = sha256(raw);
  return {
    dto,
    rawSha256,
    rawBytes: Buffer.byteLength(raw),
    // Consent joins the hash only when given, so hashes of earlier requests stay what they were.
    requestHash: sha256([rawSha256, dto.tlp, dto.sharingGroupId ?? '', dto.embargoUntil ?? '', ...(dto.attributionConsent ? ['attribution-consented'] : [])].join('\n')),
    errors: validate(dto.bundle).errors,
  };
}

function contentFields(content: CheckedContent, policy: AcceptedPolicy, now: Date): Partial<Submission> {
  const { dto } = content;
  return {
    tlp: dto.tlp,
    sharingGroupId: dto.sharingGroupId ?? null,
    embargoUntil: dto.embargoUntil ? new Date(dto.embargoUntil) : null,
    policyVersion: policy.version,
    policyHash: policy.contentHash,
    attributionConsent: dto.attributionConsent === true,
    rawBundle: dto.bundle,
    rawSha256: content.rawSha256,
    rawBytes: content.rawBytes,
    rawPurgeAfter: new Date(now.getTime() + policy.rules.retentionDays * DAY_MS),
    rawPurgedAt: null,
    objectCount: dto.bundle.objects.length,
    errors: content.errors.length > 0 ? content.errors : null,
  };
}

/** The submitter's consent as the history shows it (the audit event carries the flag). */
function consentOf(source: { attributionConsent?: boolean }): { given: boolean; message: string | null } {
  const given = source.attributionConsent === true;
  return { given, message: given ? 'The submitter consented to being named as the creator of the published objects.' : null };
}

function accepted(submission: Pick<Submission, 'id' | 'state'>, replayed: boolean): SubmissionAcceptedResponse {
  return { id: submission.id, state: submission.state, statusUrl: `/api/v1/submissions/${submission.id}`, replayed };
}

function invalidStix(id: string, errors: StixIssue[]): AppError {
  return new AppError('INVALID_STIX', `${errors.length} STIX error(s); the first: ${errors[0]?.message ?? 'unknown'}. The submission ${id} is kept as invalid; resubmit a corrected bundle`, {
    errors: errors.slice(0, 100).map((e) => ({ pointer: `/bundle${e.path}`, message: `${e.rule}: ${e.message}` })),
    extensions: { submissionId: id },
  });
}

function notFound(id: string): AppError {
  return new AppError('SUBMISSION_NOT_FOUND', `no submission ${id} in your organization`);
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
