import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { StixBundle, StixObject } from '../../anonymizer';
import { isStaff, type Principal } from '../../common/auth/principal';
import { AppError } from '../../common/problem/app-error';
import type { StixIssue } from '../../stix';
import type { TlpLevel } from '../policies/policy-rules';
import { isStricter, tlpOfMarking } from '../publication/publication-rows';
import type { SubmissionState } from '../submissions/submission.entity';
import { SubmissionsService } from '../submissions/submissions.service';
import type { Collection } from './collection.entity';
import type { TaxiiReply } from './taxii-media';
import { TaxiiStatus, type PostedObject } from './taxii-status.entity';
import { permissionsOf, TaxiiService } from './taxii.service';

const MAX_OBJECTS = 10_000;

/** Submission states in which the posted objects are still being processed. */
const PENDING: SubmissionState[] = ['received'];
/** States in which they were refused; every other state means accepted into moderation. */
const FAILED: SubmissionState[] = ['invalid', 'rejected'];

/**
 * TAXII Add Objects (§5.5) and Get Status (§4.3). A POST to a writable collection becomes a
 * submission (validation, anonymization, moderation, as over REST); the status resource reports
 * per object: pending while the pipeline processes the envelope, then success once it is
 * accepted for moderation, failure when it is invalid or rejected.
 */
@Injectable()
export class TaxiiInboxService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly taxii: TaxiiService,
    private readonly submissions: SubmissionsService,
  ) {}

  async add(who: Principal, root: string, collectionId: string, body: unknown, idempotencyKey: string | undefined): Promise<TaxiiReply> {
    const c = await this.taxii.accessible(who, root, collectionId);
    if (!permissionsOf(who, c).canWrite) throw new AppError('FORBIDDEN', 'you cannot add objects to this collection (can_write is false for you)');
    const objects = envelopeObjects(body);
    const tlp = envelopeTlp(objects);
    const sharingGroupId = tlp === 'amber' || tlp === 'amber+strict' ? amberGroup(c, tlp) : undefined;
    const bundle: StixBundle = { type: 'bundle', id: bundleIdOf(objects), objects } as StixBundle;
    let submissionId: string;
    try {
      submissionId = (await this.submissions.submit(who, { bundle, tlp, sharingGroupId }, idempotencyKey)).id;
    } catch (error) {
      // Invalid STIX is stored as an invalid submission: the status reports the failures.
      const stored = error instanceof AppError && error.code === 'INVALID_STIX' ? error.options.extensions?.submissionId : undefined;
      if (!stored) throw error;
      submissionId = stored;
    }
    const repo = this.dataSource.getRepository(TaxiiStatus);
    const existing = await repo.findOneBy({ submissionId, organizationId: who.orgId });
    const statusId = existing?.id ?? (await repo.insert({ organizationId: who.orgId, collectionId: c.id, submissionId, objects: objects.map(posted) })).identifiers[0].id as string;
    return { status: 202, body: await this.resource(who, statusId) };
  }

  /** §4.3: the posting organization and staff see a status; anyone else gets 404. */
  async status(who: Principal, root: string, id: string): Promise<TaxiiReply> {
    this.taxii.assertRoot(root);
    return { body: await this.resource(who, id) };
  }

  private async resource(who: Principal, id: string): Promise<Record<string, unknown>> {
    const rows = !/^[0-9a-f-]{36}$/i.test(id)
      ? []
      : ((await this.dataSource.query(
          `SELECT s.id, s.objects, sub.state, sub.errors,
             to_char(s.request_timestamp AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "requestTimestamp"
           FROM taxii_statuses s JOIN submissions sub ON sub.id = s.submission_id
           WHERE s.id = $1 AND ($2::boolean OR s.organization_id = $3)`,
          [id, isStaff(who), who.orgId],
        )) as { id: string; objects: PostedObject[]; state: SubmissionState; errors: StixIssue[] | null; requestTimestamp: string }[]);
    const row = rows[0];
    if (!row) throw new AppError('STATUS_NOT_FOUND', `no status ${id}`);
    const objects = row.objects.map((o) => ({ id: o.id, version: o.version === '' ? row.requestTimestamp : o.version }));
    const successes: Record<string, string>[] = [];
    const failures: Record<string, string>[] = [];
    const pendings: Record<string, string>[] = [];
    if (PENDING.includes(row.state)) pendings.push(...objects);
    else if (FAILED.includes(row.state)) failures.push(...objects.map((o) => ({ ...o, message: failureMessage(row.state, row.errors ?? [], o.id) })));
    else successes.push(...objects);
    return {
      id: row.id,
      status: pendings.length > 0 ? 'pending' : 'complete',
      request_timestamp: row.requestTimestamp,
      total_count: objects.length,
      success_count: successes.length,
      ...(successes.length > 0 ? { successes } : {}),
      failure_count: failures.length,
      ...(failures.length > 0 ? { failures } : {}),
      pending_count: pendings.length,
      ...(pendings.length > 0 ? { pendings } : {}),
    };
  }
}

function envelopeObjects(body: unknown): StixObject[] {
  const objects = (body as { objects?: unknown } | null)?.objects;
  if (!body || typeof body !== 'object' || Array.isArray(body) || !Array.isArray(objects) || objects.length === 0) {
    throw new AppError('INVALID_BUNDLE', 'send a TAXII envelope: {"objects": [ …STIX objects… ]} with at least one object');
  }
  if (objects.length > MAX_OBJECTS) throw new AppError('INVALID_BUNDLE', `at most ${MAX_OBJECTS} objects per envelope`);
  const wrong = objects.findIndex((o) => !o || typeof o !== 'object' || Array.isArray(o) || typeof (o as StixObject).id !== 'string');
  if (wrong >= 0) throw new AppError('INVALID_BUNDLE', `objects[${wrong}] is not a STIX object with an id`, { errors: [{ pointer: `/objects/${wrong}`, message: 'not a STIX object' }] });
  return objects as StixObject[];
}

/**
 * The submission's TLP: the strictest TLP marking (1.0 or 2.0) referenced by any object in the
 * envelope, GREEN when none is. Each object keeps its own markings; publication marks everything
 * at the submission's level, so nothing is shared wider than its most restrictive object allows.
 */
export function envelopeTlp(objects: StixObject[]): TlpLevel {
  let level: TlpLevel = 'green';
  let marked = false;
  for (const o of objects) {
    const refs = [
      ...(Array.isArray(o.object_marking_refs) ? (o.object_marking_refs as unknown[]) : []),
      ...(Array.isArray(o.granular_markings) ? (o.granular_markings as { marking_ref?: unknown }[]).map((g) => g?.marking_ref) : []),
    ];
    for (const ref of refs) {
      const tlp = typeof ref === 'string' ? tlpOfMarking(ref) : undefined;
      if (!tlp) continue;
      if (!marked || isStricter(tlp, level)) level = tlp;
      marked = true;
    }
  }
  return level;
}

/** The same envelope gives the same bundle id, so an Idempotency-Key replay is recognized as the same content. */
function bundleIdOf(objects: StixObject[]): string {
  const h = createHash('sha256').update(JSON.stringify(objects)).digest('hex');
  const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  return `bundle--${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function amberGroup(c: Collection, tlp: TlpLevel): string {
  if (!c.sharingGroupId) {
    throw new AppError('SHARING_GROUP_REQUIRED', `the envelope is marked TLP:${tlp.toUpperCase()}, and this inbox names no sharing group to receive it; post it to an inbox bound to a sharing group, or submit over REST with sharingGroupId`);
  }
  return c.sharingGroupId;
}

/** Status details need a version; observables have none, so they report the request timestamp (filled in on read). */
function posted(o: StixObject): PostedObject {
  const version = typeof o.modified === 'string' ? o.modified : typeof o.created === 'string' ? o.created : '';
  return { id: o.id, version };
}

function failureMessage(state: SubmissionState, errors: StixIssue[], id: string): string {
  if (state === 'rejected') return 'rejected by the coordinators';
  const own = errors.filter((e) => e.objectId === id);
  if (own.length === 0) return `not accepted: the envelope has ${errors.length} STIX error(s) in other objects`;
  return own
    .slice(0, 5)
    .map((e) => `${e.rule}: ${e.message}`)
    .join('; ');
}
