import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { AppError } from '../../common/problem/app-error';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/config.schema';
import { isUniqueViolation } from '../../database/postgres-errors';
import { AuditService } from '../audit/audit.service';
import { InvalidationBus } from '../invalidation/invalidation-bus';
import { SharingGroupsService } from '../sharing-groups/sharing-groups.service';
import { Collection } from './collection.entity';
import { CollectionResponse, CreateCollectionDto, UpdateCollectionDto } from './dto/collection.dto';
import { collectionUrl } from './taxii-media';

/** Coordinators define collections (REST admin API); TAXII serves them. */
@Injectable()
export class CollectionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly groups: SharingGroupsService,
    private readonly bus: InvalidationBus,
  ) {}

  async list(_who: Principal): Promise<CollectionResponse[]> {
    const rows = await this.dataSource.getRepository(Collection).find({ order: { createdAt: 'ASC', id: 'ASC' } });
    return rows.map((c) => this.toResponse(c));
  }

  async get(_who: Principal, id: string): Promise<CollectionResponse> {
    return this.toResponse(await this.find(this.dataSource.manager, id));
  }

  async create(who: Principal, dto: CreateCollectionDto): Promise<CollectionResponse> {
    return this.write(null, async (em) => {
      const fields = definition(dto.kind, dto);
      if (fields.sharingGroupId) await this.groups.referenced(em, fields.sharingGroupId);
      const repo = em.getRepository(Collection);
      const saved = await repo.save(repo.create({ title: dto.title, description: dto.description ?? '', alias: dto.alias ?? null, kind: dto.kind, ...fields }));
      await this.audit.record(em, who, 'collection.created', { type: 'collection', id: saved.id }, describe(saved));
      return this.toResponse(saved);
    });
  }

  async update(who: Principal, id: string, dto: UpdateCollectionDto): Promise<CollectionResponse> {
    return this.write(id, async (em) => {
      const current = await this.find(em, id);
      const merged = definition(current.kind, { ...current, ...stripUndefined(dto) });
      if (merged.sharingGroupId && merged.sharingGroupId !== current.sharingGroupId) await this.groups.referenced(em, merged.sharingGroupId);
      const next: Collection = {
        ...current,
        ...merged,
        title: dto.title ?? current.title,
        description: dto.description ?? current.description,
        alias: dto.alias === undefined ? current.alias : dto.alias,
        updatedAt: new Date(),
      };
      await em.getRepository(Collection).save(next);
      await this.audit.record(em, who, 'collection.updated', { type: 'collection', id }, describe(next));
      return this.toResponse(next);
    });
  }

  async remove(who: Principal, id: string): Promise<void> {
    await this.write(id, async (em) => {
      const current = await this.find(em, id);
      await em.getRepository(Collection).delete({ id });
      await this.audit.record(em, who, 'collection.deleted', { type: 'collection', id }, { title: current.title });
    });
  }

  private async find(em: EntityManager, id: string): Promise<Collection> {
    const found = await em.getRepository(Collection).findOneBy({ id });
    if (!found) throw new AppError('COLLECTION_NOT_FOUND', `no collection ${id}`);
    return found;
  }

  /** One transaction; TAXII reads in every process see the change as soon as it commits. */
  private async write<T>(id: string | null, fn: (em: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(fn);
    } catch (error) {
      if (isUniqueViolation(error, 'uq_collections_alias')) throw new AppError('COLLECTION_ALIAS_TAKEN', 'another collection already uses this alias');
      throw error;
    } finally {
      if (id) await this.bus.publish('collection', id);
    }
  }

  private toResponse(c: Collection): CollectionResponse {
    return {
      id: c.id,
      title: c.title,
      description: c.description,
      alias: c.alias,
      kind: c.kind,
      objectTypes: c.objectTypes,
      sectors: c.sectors,
      labels: c.labels,
      minConfidence: c.minConfidence,
      maxTlp: c.maxTlp,
      sharingGroupId: c.sharingGroupId,
      taxiiUrl: collectionUrl(this.config.publicUrl, c.id),
      createdAt: c.createdAt.toISOString(),
      updatedAt: c.updatedAt.toISOString(),
    };
  }
}

type Definition = Pick<Collection, 'objectTypes' | 'sectors' | 'labels' | 'minConfidence' | 'maxTlp' | 'sharingGroupId'>;

/** Feed filters apply to feeds only, the sharing group to inboxes only: a field that would be ignored is refused. */
function definition(kind: Collection['kind'], d: Partial<Definition>): Definition {
  const out: Definition = {
    objectTypes: d.objectTypes ?? [],
    sectors: d.sectors ?? [],
    labels: d.labels ?? [],
    minConfidence: d.minConfidence ?? null,
    maxTlp: d.maxTlp ?? null,
    sharingGroupId: d.sharingGroupId ?? null,
  };
  if (kind === 'inbox') {
    const feedOnly = (['objectTypes', 'sectors', 'labels'] as const).filter((k) => out[k].length > 0).concat(
      (['minConfidence', 'maxTlp'] as const).filter((k) => out[k] !== null) as never[],
    );
    if (feedOnly.length > 0) throw new AppError('VALIDATION_FAILED', `an inbox takes no feed filters (${feedOnly.join(', ')})`, { errors: feedOnly.map((k) => ({ pointer: `/${k}`, message: 'feeds only' })) });
  } else if (out.sharingGroupId) {
    throw new AppError('VALIDATION_FAILED', 'sharingGroupId applies to inbox collections only', { errors: [{ pointer: '/sharingGroupId', message: 'inboxes only' }] });
  }
  return out;
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function describe(c: Collection): Record<string, unknown> {
  return { title: c.title, alias: c.alias, kind: c.kind, objectTypes: c.objectTypes, sectors: c.sectors, labels: c.labels, minConfidence: c.minConfidence, maxTlp: c.maxTlp, sharingGroupId: c.sharingGroupId };
}
