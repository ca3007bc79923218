import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import type { Role } from '../../common/auth/role';
import { AppError } from '../../common/problem/app-error';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/config.schema';
import { AuditService } from '../audit/audit.service';
import { CollectionCache } from './collection-cache';
import { Collection } from './collection.entity';
import { API_ROOT, apiRootUrl, STIX_MEDIA_TYPE, TAXII_MEDIA_TYPE, type TaxiiReply } from './taxii-media';
import { TaxiiObjectsRepository, type ObjectQuery, type ObjectRecord, type ObjectsPage } from './taxii-objects.repository';
import { encodeNext } from './taxii-query';

const READERS: Role[] = ['member', 'coordinator', 'admin'];
const STAFF: Role[] = ['coordinator', 'admin'];

/** What one caller may do with one collection (TAXII §5.2.1 can_read / can_write). */
export function permissionsOf(who: Principal, c: Collection): { canRead: boolean; canWrite: boolean } {
  const has = (roles: Role[]) => who.roles.some((r) => roles.includes(r));
  // A feed is read by members; staff may also write (DELETE) to it. An inbox only takes submissions.
  return c.kind === 'feed' ? { canRead: has(READERS), canWrite: has(STAFF) } : { canRead: false, canWrite: has(['submitter']) };
}

/** TAXII 2.1 reads: discovery, API root, collections, objects, object, versions, manifest; and DELETE. */
@Injectable()
export class TaxiiService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly objects: TaxiiObjectsRepository,
    private readonly audit: AuditService,
    private readonly cache: CollectionCache,
  ) {}

  /** §4.1 */
  discovery(_who: Principal): TaxiiReply {
    const root = apiRootUrl(this.config.publicUrl);
    return {
      body: {
        title: 'ShieldShare TAXII 2.1',
        description: 'Anonymized security events from connected-device manufacturers and carriers, shared under the ShieldShare legal-shield policy.',
        contact: 'coordination desk of this ShieldShare exchange',
        default: root,
        api_roots: [root],
      },
    };
  }

  /** §4.2 */
  apiRoot(_who: Principal, root: string): TaxiiReply {
    this.assertRoot(root);
    return {
      body: {
        title: 'ShieldShare feeds',
        description: 'Feeds defined by the coordinators, and the inbox for submissions.',
        versions: [TAXII_MEDIA_TYPE],
        max_content_length: this.config.bodyLimitBytes,
      },
    };
  }

  /** §5.1: the collections this caller can read or write (others are not listed). */
  async collections(who: Principal, root: string): Promise<TaxiiReply> {
    this.assertRoot(root);
    const rows = await this.dataSource.getRepository(Collection).find({ order: { createdAt: 'ASC', id: 'ASC' } });
    const listed = rows.map((c) => ({ c, perms: permissionsOf(who, c) })).filter(({ perms }) => perms.canRead || perms.canWrite);
    return { body: listed.length > 0 ? { collections: listed.map(({ c }) => this.resource(who, c)) } : {} };
  }

  /** §5.2 */
  async collection(who: Principal, root: string, id: string): Promise<TaxiiReply> {
    return { body: this.resource(who, await this.accessible(who, root, id)) };
  }

  /** §5.4 Get Objects: an envelope. */
  async getObjects(who: Principal, root: string, collectionId: string, q: ObjectQuery): Promise<TaxiiReply> {
    const c = await this.readable(who, root, collectionId);
    return this.envelope(await this.objects.objects(who, c, q));
  }

  /** §5.6 Get an Object: an envelope with that id's versions (latest by default); 404 if the reader sees none. */
  async getObject(who: Principal, root: string, collectionId: string, q: ObjectQuery): Promise<TaxiiReply> {
    const c = await this.readable(who, root, collectionId);
    const page = await this.objects.objects(who, c, q);
    if (page.objects === null) await this.assertExists(who, c, q.ids![0]);
    return this.envelope(page);
  }

  /** §5.3 Get Object Manifests. */
  async manifest(who: Principal, root: string, collectionId: string, q: ObjectQuery): Promise<TaxiiReply> {
    const c = await this.readable(who, root, collectionId);
    const { records, more } = await this.objects.page(who, c, q);
    const body: Record<string, unknown> = { more };
    if (more) body.next = encodeNext(records[records.length - 1].dateAdded);
    if (records.length > 0) {
      body.objects = records.map((r) => ({ id: r.id, date_added: r.dateAdded, version: r.version, media_type: mediaTypeOf(r) }));
    }
    return { body, headers: dateAddedHeaders(records[0]?.dateAdded, records.at(-1)?.dateAdded) };
  }

  /** §5.8 Get Object Versions. */
  async versions(who: Principal, root: string, collectionId: string, q: ObjectQuery): Promise<TaxiiReply> {
    const c = await this.readable(who, root, collectionId);
    const { records, more } = await this.objects.page(who, c, q);
    if (records.length === 0) await this.assertExists(who, c, q.ids![0]);
    const body: Record<string, unknown> = { more };
    if (more) body.next = encodeNext(records[records.length - 1].dateAdded);
    body.versions = records.map((r) => r.version);
    return { body, headers: dateAddedHeaders(records[0]?.dateAdded, records.at(-1)?.dateAdded) };
  }

  /**
   * §5.7 Delete an Object: coordinators (can_write on feeds) take an object down. Collections are
   * views over published objects, so it leaves every collection; the removal is audited.
   */
  async deleteObject(who: Principal, root: string, collectionId: string, q: ObjectQuery): Promise<TaxiiReply> {
    const c = await this.accessible(who, root, collectionId);
    if (!permissionsOf(who, c).canWrite || c.kind !== 'feed') throw new AppError('FORBIDDEN', 'only coordinators may delete objects, from a feed collection');
    await this.dataSource.transaction(async (em) => {
      const removed = await this.objects.delete(em, who, c, q);
      if (removed.length === 0) throw new AppError('OBJECT_NOT_FOUND', `no object ${q.ids![0]} in this collection`);
      await this.audit.record(em, who, 'taxii.object_deleted', { type: 'stix_object', id: null }, {
        stixId: q.ids![0],
        collectionId: c.id,
        versions: removed.map((r) => r.version),
        submissionIds: [...new Set(removed.map((r) => r.submissionId).filter((s): s is string => s !== null))],
      });
    });
    return { body: {} };
  }

  /**
   * The collection, if the caller may read or write it; 404 otherwise (existence is not revealed).
   * Reads may take the definition from CollectionCache; writes always look it up.
   */
  async accessible(who: Principal, root: string, id: string, cached = false): Promise<Collection> {
    this.assertRoot(root);
    const load = (key: string) => this.dataSource.getRepository(Collection).findOneBy({ id: key });
    const c = !/^[0-9a-f-]{36}$/i.test(id) ? null : cached ? await this.cache.get(id, load) : await load(id);
    if (!c) throw new AppError('COLLECTION_NOT_FOUND', `no collection ${id} in this API root`);
    const perms = permissionsOf(who, c);
    if (!perms.canRead && !perms.canWrite) throw new AppError('COLLECTION_NOT_FOUND', `no collection ${id} in this API root`);
    return c;
  }

  private async readable(who: Principal, root: string, id: string): Promise<Collection> {
    const c = await this.accessible(who, root, id, true);
    if (!permissionsOf(who, c).canRead) throw new AppError('FORBIDDEN', 'this collection cannot be read (can_read is false for you); it is an inbox for submissions');
    return c;
  }

  private async assertExists(who: Principal, c: Collection, id: string): Promise<void> {
    if (!(await this.objects.exists(who, c, id))) throw new AppError('OBJECT_NOT_FOUND', `no object ${id} in this collection`);
  }

  assertRoot(root: string): void {
    if (root !== API_ROOT) throw new AppError('API_ROOT_NOT_FOUND', `no API root "${root}"; this server has /${API_ROOT}/`);
  }

  private resource(who: Principal, c: Collection): Record<string, unknown> {
    const perms = permissionsOf(who, c);
    return {
      id: c.id,
      title: c.title,
      ...(c.description ? { description: c.description } : {}),
      ...(c.alias ? { alias: c.alias } : {}),
      can_read: perms.canRead,
      can_write: perms.canWrite,
      media_types: [STIX_MEDIA_TYPE],
    };
  }

  /** §3.7 envelope: built from the stored JSON text, so objects are never re-serialized. */
  private envelope({ objects, first, last, more }: ObjectsPage): TaxiiReply {
    const head = `{"more":${more}${more && last ? `,"next":${JSON.stringify(encodeNext(last))}` : ''}`;
    const json = objects === null ? [`${head}}`] : [`${head},"objects":[`, objects, ']}'];
    return { json, headers: dateAddedHeaders(first, last) };
  }
}

function mediaTypeOf(r: ObjectRecord): string {
  return `application/stix+json;version=${r.specVersion}`;
}

/** §3.3.1 X-TAXII-Date-Added-First / -Last: the first and last record of this page, in µs. */
function dateAddedHeaders(first: string | null | undefined, last: string | null | undefined): Record<string, string> {
  return first && last ? { 'X-TAXII-Date-Added-First': first, 'X-TAXII-Date-Added-Last': last } : {};
}
