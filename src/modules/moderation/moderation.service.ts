import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, SelectQueryBuilder } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { AppError } from '../../common/problem/app-error';
import { validate } from '../../stix';
import { AuditService } from '../audit/audit.service';
import { Organization } from '../orgs/organization.entity';
import { SharingGroupsService } from '../sharing-groups/sharing-groups.service';
import { SubmissionPublisher } from '../submissions/submission-publisher';
import { decodeCursor, encodeCursor, groupsOf, toDetail, toSummary } from '../submissions/submission-views';
import { columns, SUMMARY_COLUMNS, SubmissionWorkflow } from '../submissions/submission-workflow';
import { Submission } from '../submissions/submission.entity';
import { diffBundles } from './bundle-diff';
import {
  ApproveDto,
  AutoApprovalDto,
  ChangeSharingGroupDto,
  ModerationDetailResponse,
  QueuePageResponse,
  QueueQuery,
  RedactionsDto,
  RejectDto,
  RequestChangesDto,
} from './dto/moderation.dto';
import { applyRedactions, RedactionError, type RedactionOperation } from './redactions';

const HOUR_MS = 3_600_000;

/** The coordinators' side: the queue, review data and every moderation action. */
@Injectable()
export class ModerationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly workflow: SubmissionWorkflow,
    private readonly publisher: SubmissionPublisher,
    private readonly groups: SharingGroupsService,
    private readonly audit: AuditService,
  ) {}

  async queue(_who: Principal, query: QueueQuery): Promise<QueuePageResponse> {
    const limit = query.limit ?? 50;
    const sort = query.sort ?? 'oldest';
    const qb = this.filtered(query).select(SUMMARY_COLUMNS.map((c) => `s.${c}`));
    if (query.state) qb.andWhere('s.state = :state', { state: query.state });
    if (sort === 'risk') qb.orderBy('coalesce(s.risk_score, -1)', 'DESC').addOrderBy('s.received_at', 'ASC').addOrderBy('s.id', 'ASC');
    else qb.orderBy('s.received_at', sort === 'oldest' ? 'ASC' : 'DESC').addOrderBy('s.id', sort === 'oldest' ? 'ASC' : 'DESC');
    if (query.cursor) applyCursor(qb, sort, query.cursor);
    const rows = await qb.take(limit + 1).getMany();
    const page = rows.slice(0, limit);
    const counted: { state: string; n: string }[] = await this.filtered(query).select('s.state', 'state').addSelect('count(*)', 'n').groupBy('s.state').getRawMany();
    const counts = Object.fromEntries(counted.map((c) => [c.state, Number(c.n)]));
    const [groups, orgs] = await Promise.all([groupsOf(this.dataSource.manager, page), this.orgsOf(page)]);
    const last = page[page.length - 1];
    return {
      items: page.map((s) => toSummary(s, groups, orgs.get(s.organizationId))),
      counts,
      nextCursor: rows.length > limit ? encodeCursor([last.riskScore ?? -1, last.receivedAt.toISOString(), last.id]) : null,
    };
  }

  async detail(_who: Principal, id: string): Promise<ModerationDetailResponse> {
    const s = await this.dataSource.getRepository(Submission).findOne({
      where: { id },
      select: columns([...SUMMARY_COLUMNS, 'errors', 'anonymizedBundle', 'report', 'rawBundle', 'idMap']),
    });
    if (!s) throw notFound(id);
    const org = await this.dataSource.getRepository(Organization).findOneByOrFail({ id: s.organizationId });
    const detail = await toDetail(this.dataSource.manager, s, org);
    return {
      ...detail,
      organization: detail.organization!,
      rawBundle: s.rawBundle,
      rawPurgedAt: s.rawPurgedAt ? s.rawPurgedAt.toISOString() : null,
      diff: s.rawBundle && s.anonymizedBundle ? diffBundles(s.rawBundle, s.anonymizedBundle, s.idMap) : [],
    };
  }

  /** TLP:CLEAR needs two different coordinators; the first approval is recorded and waits. */
  async approve(who: Principal, id: string, dto: ApproveDto): Promise<ModerationDetailResponse> {
    await this.dataSource.transaction(async (em) => {
      const s = await this.lock(em, id, true);
      this.workflow.assertAllowed(s, 'approve');
      if (s.verdict === 'block' && !dto.justification) {
        throw new AppError('JUSTIFICATION_REQUIRED', 'the anonymizer blocked this submission (residual risk); edit the redactions, or give a justification to approve it anyway');
      }
      const publishAt = dto.publishAt ? new Date(dto.publishAt) : s.embargoUntil;
      if (s.embargoUntil && (!publishAt || publishAt < s.embargoUntil) && !dto.justification) {
        throw new AppError('JUSTIFICATION_REQUIRED', `the submitter asked for an embargo until ${s.embargoUntil.toISOString()}; give a justification to publish earlier`);
      }
      if (dto.sharingGroupId && dto.sharingGroupId !== s.sharingGroupId) await this.setSharingGroup(em, who, s, dto.sharingGroupId, dto.justification);
      if (!who.userId) throw new AppError('FORBIDDEN', 'approvals are given by a signed-in coordinator');
      if (s.approvals.some((a) => a.userId === who.userId)) {
        throw new AppError('DUPLICATE_APPROVAL', 'you already approved this submission; TLP:CLEAR publication needs a second, different coordinator');
      }
      const approvals = [...s.approvals, { userId: who.userId, at: new Date().toISOString() }];
      const details = dto.justification ? { justification: dto.justification } : {};
      if (s.tlp === 'clear' && approvals.length < 2) {
        await this.workflow.record(em, s, 'approve', s.state, { who, actor: 'coordinator', message: 'first of two approvals for TLP:CLEAR', details }, { approvals });
        return;
      }
      await this.publisher.approve(em, s, { who, actor: 'coordinator', publishAt, approvals, details });
    });
    return this.detail(who, id);
  }

  async reject(who: Principal, id: string, dto: RejectDto): Promise<ModerationDetailResponse> {
    await this.dataSource.transaction(async (em) => {
      const s = await this.lock(em, id);
      this.workflow.assertAllowed(s, 'reject');
      await this.workflow.record(em, s, 'reject', 'rejected', { who, actor: 'coordinator', message: dto.reason }, { message: dto.reason, approvals: [] });
    });
    return this.detail(who, id);
  }

  async requestChanges(who: Principal, id: string, dto: RequestChangesDto): Promise<ModerationDetailResponse> {
    await this.dataSource.transaction(async (em) => {
      const s = await this.lock(em, id);
      this.workflow.assertAllowed(s, 'request-changes');
      await this.workflow.record(em, s, 'request-changes', 'changes_requested', { who, actor: 'coordinator', message: dto.message }, { message: dto.message, approvals: [] });
    });
    return this.detail(who, id);
  }

  /** Removes more from the anonymized bundle; putting anything in needs a recorded justification. Earlier approvals lapse. */
  async editRedactions(who: Principal, id: string, dto: RedactionsDto): Promise<ModerationDetailResponse> {
    const adds = dto.operations.some((o) => o.op === 'replace');
    if (adds && !dto.justification) {
      throw new AppError('JUSTIFICATION_REQUIRED', 'replace puts content back into what members receive; give a justification (it is recorded in the audit log)');
    }
    await this.dataSource.transaction(async (em) => {
      const s = await this.lock(em, id, true);
      this.workflow.assertAllowed(s, 'edit-redactions');
      let edited;
      try {
        edited = applyRedactions(s.anonymizedBundle!, dto.operations as RedactionOperation[]);
      } catch (error) {
        if (error instanceof RedactionError) {
          throw new AppError('INVALID_REDACTION', error.message, { errors: [{ pointer: `/operations/${error.index}`, message: error.message }] });
        }
        throw error;
      }
      const checked = validate(edited);
      if (!checked.valid) {
        throw new AppError('INVALID_REDACTION', `the edited bundle would not be valid STIX: ${checked.errors[0].message}`, {
          errors: checked.errors.slice(0, 50).map((e) => ({ pointer: `/anonymizedBundle${e.path}`, message: `${e.rule}: ${e.message}` })),
        });
      }
      await this.workflow.record(
        em,
        s,
        'edit-redactions',
        s.state,
        {
          who,
          actor: 'coordinator',
          details: {
            // Where and how, never the values.
            operations: dto.operations.map((o) => ({ op: o.op, objectId: o.objectId, path: o.path, partial: o.match !== undefined })),
            ...(dto.justification ? { justification: dto.justification } : {}),
          },
        },
        { anonymizedBundle: edited, approvals: [], objectCount: s.objectCount },
      );
    });
    return this.detail(who, id);
  }

  async changeSharingGroup(who: Principal, id: string, dto: ChangeSharingGroupDto): Promise<ModerationDetailResponse> {
    await this.dataSource.transaction(async (em) => {
      const s = await this.lock(em, id);
      this.workflow.assertAllowed(s, 'change-sharing-group');
      await this.setSharingGroup(em, who, s, dto.sharingGroupId, dto.justification);
    });
    return this.detail(who, id);
  }

  async setAutoApproval(who: Principal, orgId: string, dto: AutoApprovalDto): Promise<{ organizationId: string; autoApprove: boolean }> {
    return this.dataSource.transaction(async (em) => {
      const org = await em.getRepository(Organization).findOneBy({ id: orgId });
      if (!org) throw new AppError('ORGANIZATION_NOT_FOUND', `no organization ${orgId}`);
      await em.getRepository(Organization).update({ id: orgId }, { autoApprove: dto.enabled });
      await this.audit.record(em, who, 'organization.auto-approval', { type: 'organization', id: orgId }, { enabled: dto.enabled });
      return { organizationId: orgId, autoApprove: dto.enabled };
    });
  }

  /** A coordinator may narrow the group; widening (new organizations) needs a recorded justification. */
  private async setSharingGroup(em: EntityManager, who: Principal, s: Submission, groupId: string, justification: string | undefined): Promise<void> {
    if (s.tlp !== 'amber' && s.tlp !== 'amber+strict') throw new AppError('SHARING_GROUP_NOT_APPLICABLE', `a sharing group applies to amber and amber+strict, not ${s.tlp}`);
    const next = await this.groups.referenced(em, groupId);
    const current = s.sharingGroupId ? await this.groups.referenced(em, s.sharingGroupId) : null;
    const currentMembers = new Set((current?.members ?? []).map((m) => m.organizationId));
    const added = (next.members ?? []).map((m) => m.organizationId).filter((o) => !currentMembers.has(o));
    if (added.length > 0 && !justification) {
      throw new AppError('JUSTIFICATION_REQUIRED', `${next.name} includes ${added.length} organization(s) outside ${current?.name ?? 'the current group'}; widening needs a justification`);
    }
    await this.workflow.record(
      em,
      s,
      'change-sharing-group',
      s.state,
      { who, actor: 'coordinator', details: { from: s.sharingGroupId, to: groupId, widened: added.length > 0, ...(justification ? { justification } : {}) } },
      { sharingGroupId: groupId },
    );
  }

  private async lock(em: EntityManager, id: string, withBundle = false): Promise<Submission> {
    const s = await this.workflow.lock(em, id, withBundle ? ['anonymizedBundle'] : []);
    if (!s) throw notFound(id);
    return s;
  }

  /** The queue's filters, state aside (the counts are per state). */
  private filtered(query: QueueQuery): SelectQueryBuilder<Submission> {
    const qb = this.dataSource.getRepository(Submission).createQueryBuilder('s').where('TRUE');
    if (query.tlp) qb.andWhere('s.tlp = :tlp', { tlp: query.tlp });
    if (query.orgKind) qb.andWhere('s.organization_id IN (SELECT o.id FROM organizations o WHERE o.kind = :kind)', { kind: query.orgKind });
    if (query.sector) qb.andWhere('s.organization_id IN (SELECT o.id FROM organizations o WHERE :sector = ANY(o.sectors))', { sector: query.sector });
    if (query.minAgeHours !== undefined) qb.andWhere('s.received_at <= :olderThan', { olderThan: new Date(Date.now() - query.minAgeHours * HOUR_MS) });
    if (query.maxAgeHours !== undefined) qb.andWhere('s.received_at >= :newerThan', { newerThan: new Date(Date.now() - query.maxAgeHours * HOUR_MS) });
    return qb;
  }

  private async orgsOf(page: Submission[]): Promise<Map<string, Organization>> {
    const ids = [...new Set(page.map((s) => s.organizationId))];
    if (ids.length === 0) return new Map();
    const orgs = await this.dataSource.getRepository(Organization).findBy({ id: In(ids) });
    return new Map(orgs.map((o) => [o.id, o]));
  }
}

function applyCursor(qb: SelectQueryBuilder<Submission>, sort: string, cursor: string): void {
  const [risk, at, id] = decodeCursor(cursor) ?? [];
  if (typeof risk !== 'number' || typeof at !== 'string' || typeof id !== 'string' || Number.isNaN(Date.parse(at))) {
    throw new AppError('VALIDATION_FAILED', 'cursor is not one this API issued', { errors: [{ pointer: '/query/cursor', message: 'use nextCursor from the previous page' }] });
  }
  if (sort === 'oldest') qb.andWhere('(s.received_at, s.id) > (:at, :id)', { at, id });
  else if (sort === 'newest') qb.andWhere('(s.received_at, s.id) < (:at, :id)', { at, id });
  else qb.andWhere('(coalesce(s.risk_score, -1) < :risk OR (coalesce(s.risk_score, -1) = :risk AND (s.received_at, s.id) > (:at, :id)))', { risk, at, id });
}

function notFound(id: string): AppError {
  return new AppError('SUBMISSION_NOT_FOUND', `no submission ${id}`);
}
