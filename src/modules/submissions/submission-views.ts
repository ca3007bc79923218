import type { EntityManager } from 'typeorm';
import { Organization } from '../orgs/organization.entity';
import { SharingGroup } from '../sharing-groups/sharing-group.entity';
import type { HistoryEntryResponse, SubmissionDetailResponse, SubmissionSummaryResponse } from './dto/submission.dto';
import { SubmissionHistory } from './submission-history.entity';
import type { Submission } from './submission.entity';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toSummary(s: Submission, groups: Map<string, SharingGroup>, org?: Organization): SubmissionSummaryResponse {
  const group = s.sharingGroupId ? groups.get(s.sharingGroupId) : undefined;
  return {
    id: s.id,
    state: s.state,
    tlp: s.tlp,
    sharingGroup: group ? { id: group.id, name: group.name } : null,
    revision: s.revision,
    objectCount: s.objectCount,
    verdict: s.verdict,
    riskScore: s.riskScore,
    policyVersion: s.policyVersion,
    policyHash: s.policyHash,
    attributionConsent: s.attributionConsent,
    receivedAt: s.receivedAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
    embargoUntil: iso(s.embargoUntil),
    publishAt: iso(s.publishAt),
    publishedAt: iso(s.publishedAt),
    approvals: s.approvals,
    message: s.message,
    ...(org ? { organization: { id: org.id, name: org.name, kind: org.kind, sectors: org.sectors, country: org.country } } : {}),
  };
}

/** The sharing groups a page of submissions names, in one query. */
export async function groupsOf(em: EntityManager, submissions: Submission[]): Promise<Map<string, SharingGroup>> {
  const ids = [...new Set(submissions.map((s) => s.sharingGroupId).filter((id): id is string => id !== null))];
  if (ids.length === 0) return new Map();
  const groups = await em.getRepository(SharingGroup).createQueryBuilder('g').where('g.id IN (:...ids)', { ids }).getMany();
  return new Map(groups.map((g) => [g.id, g]));
}

export async function historyOf(em: EntityManager, submissionId: string): Promise<HistoryEntryResponse[]> {
  const rows = await em.getRepository(SubmissionHistory).find({ where: { submissionId }, order: { at: 'ASC' } });
  return rows.map((h) => ({ at: h.at.toISOString(), revision: h.revision, fromState: h.fromState, toState: h.toState, action: h.action, actor: h.actor, message: h.message }));
}

export async function toDetail(em: EntityManager, s: Submission, org?: Organization): Promise<SubmissionDetailResponse> {
  return {
    ...toSummary(s, await groupsOf(em, [s]), org),
    errors: s.errors,
    anonymizedBundle: s.anonymizedBundle,
    report: s.report,
    history: await historyOf(em, s.id),
  };
}

/** Opaque keyset cursor over (receivedAt, id). */
export function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string): unknown[] | null {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    return Array.isArray(values) ? values : null;
  } catch {
    return null;
  }
}
