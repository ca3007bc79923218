import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { isStaff, type Principal } from '../../common/auth/principal';
import { AppError } from '../../common/problem/app-error';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/config.schema';
import { AuditService } from '../audit/audit.service';
import { wakeFanOut } from '../delivery/delivery-queues';
import { JobsService } from '../jobs/jobs.service';
import { AtRestEncryption } from '../signing/at-rest-encryption';
import { COLLECTION_SCOPE, type CollectionScope } from './collection-scope';
import { CreateSubscriptionDto, SubscriptionResponse, UpdateSubscriptionDto } from './dto/subscription.dto';
import { Subscription } from './subscription.entity';
import { webhookUrlProblem } from './webhook-url';

/**
 * Members manage their organization's subscriptions; coordinators may read everyone's.
 * Another organization's subscription answers 404.
 */
@Injectable()
export class SubscriptionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(COLLECTION_SCOPE) private readonly collections: CollectionScope,
    private readonly encryption: AtRestEncryption,
    private readonly audit: AuditService,
    private readonly jobs: JobsService,
  ) {}

  async list(who: Principal): Promise<SubscriptionResponse[]> {
    const qb = this.dataSource.getRepository(Subscription).createQueryBuilder('s').orderBy('s.created_at', 'ASC');
    if (!isStaff(who)) qb.where('s.organization_id = :orgId', { orgId: who.orgId });
    return (await qb.getMany()).map((s) => SubscriptionResponse.from(s));
  }

  async get(who: Principal, id: string): Promise<SubscriptionResponse> {
    return SubscriptionResponse.from(await this.readable(this.dataSource.manager, who, id));
  }

  async create(who: Principal, dto: CreateSubscriptionDto): Promise<SubscriptionResponse> {
    const webhookUrl = this.checkDelivery(dto.mode, dto.webhookUrl);
    await this.checkCollections(who, dto.collectionIds ?? []);
    return this.dataSource.transaction(async (em) => {
      const repo = em.getRepository(Subscription);
      const subscription = repo.create({
        organizationId: who.orgId,
        name: dto.name,
        collectionIds: dto.collectionIds ?? [],
        types: dto.types ?? [],
        sectors: dto.sectors ?? [],
        labels: dto.labels ?? [],
        minConfidence: dto.minConfidence ?? null,
        mode: dto.mode,
        webhookUrl,
        cursorSeq: dto.startFrom === 'beginning' ? '0' : await latestSeq(em),
      });
      await repo.save(subscription);
      if (dto.webhookSecret && webhookUrl) {
        await repo.update({ id: subscription.id }, { webhookSecretEncrypted: this.encryption.seal('webhook-secret', dto.webhookSecret, subscription.id) });
      }
      await this.audit.record(em, who, 'subscription.created', { type: 'subscription', id: subscription.id }, { mode: dto.mode, collectionIds: subscription.collectionIds });
      if (subscription.mode === 'webhook') await this.kick(em);
      return SubscriptionResponse.from(await repo.findOneByOrFail({ id: subscription.id }));
    });
  }

  async update(who: Principal, id: string, dto: UpdateSubscriptionDto): Promise<SubscriptionResponse> {
    if (dto.collectionIds) await this.checkCollections(who, dto.collectionIds);
    return this.dataSource.transaction(async (em) => {
      const current = await this.writable(em, who, id, true);
      const mode = dto.mode ?? current.mode;
      const webhookUrl = this.checkDelivery(mode, dto.webhookUrl ?? (mode === 'webhook' ? (current.webhookUrl ?? undefined) : undefined));
      const changes: Partial<Subscription> = { webhookUrl };
      for (const field of ['name', 'collectionIds', 'types', 'sectors', 'labels', 'minConfidence', 'mode'] as const) {
        if (dto[field] !== undefined) (changes as Record<string, unknown>)[field] = dto[field];
      }
      if (mode !== 'webhook' || dto.webhookSecret === null) changes.webhookSecretEncrypted = null;
      else if (dto.webhookSecret) changes.webhookSecretEncrypted = this.encryption.seal('webhook-secret', dto.webhookSecret, id);
      // A new destination starts afresh: no backoff inherited from the old one; a switch to push starts from now.
      if (webhookUrl !== current.webhookUrl) Object.assign(changes, { consecutiveFailures: 0, nextAttemptAt: null, lastError: null });
      if (current.mode === 'poll' && mode === 'webhook') Object.assign(changes, { cursorSeq: await latestSeq(em), batchId: null, batchUntilSeq: null });
      await em.getRepository(Subscription).update({ id }, { ...changes, updatedAt: new Date() });
      await this.audit.record(em, who, 'subscription.updated', { type: 'subscription', id }, {
        fields: Object.keys(dto).filter((k) => k !== 'webhookSecret' && (dto as Record<string, unknown>)[k] !== undefined),
        webhookSecretChanged: dto.webhookSecret !== undefined,
      });
      if (mode === 'webhook') await this.kick(em);
      return SubscriptionResponse.from(await em.getRepository(Subscription).findOneByOrFail({ id }));
    });
  }

  async remove(who: Principal, id: string): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      await this.writable(em, who, id, true);
      await em.getRepository(Subscription).delete({ id });
      await this.audit.record(em, who, 'subscription.deleted', { type: 'subscription', id });
    });
  }

  async pause(who: Principal, id: string): Promise<SubscriptionResponse> {
    return this.dataSource.transaction(async (em) => {
      const s = await this.writable(em, who, id, true);
      if (s.status !== 'paused') {
        await em.getRepository(Subscription).update({ id }, { status: 'paused', pausedReason: 'paused by a member', pausedAt: new Date(), updatedAt: new Date() });
        await this.audit.record(em, who, 'subscription.paused', { type: 'subscription', id });
      }
      return SubscriptionResponse.from(await em.getRepository(Subscription).findOneByOrFail({ id }));
    });
  }

  /** Deliveries start again at once, from where they stopped (nothing published meanwhile is skipped). */
  async resume(who: Principal, id: string): Promise<SubscriptionResponse> {
    return this.dataSource.transaction(async (em) => {
      const s = await this.writable(em, who, id, true);
      if (s.status === 'paused') {
        await em.getRepository(Subscription).update({ id }, { status: 'active', pausedReason: null, pausedAt: null, consecutiveFailures: 0, nextAttemptAt: null, updatedAt: new Date() });
        await this.audit.record(em, who, 'subscription.resumed', { type: 'subscription', id }, { previousReason: s.pausedReason });
        if (s.mode === 'webhook') await this.kick(em);
      }
      return SubscriptionResponse.from(await em.getRepository(Subscription).findOneByOrFail({ id }));
    });
  }

  /** The subscription if `who` may read it (its organization, or staff); 404 otherwise. */
  async readable(em: EntityManager, who: Principal, id: string): Promise<Subscription> {
    const s = await em.getRepository(Subscription).findOneBy({ id });
    if (!s || (s.organizationId !== who.orgId && !isStaff(who))) throw new AppError('SUBSCRIPTION_NOT_FOUND', `no subscription ${id}`);
    return s;
  }

  /** Only the owning organization changes a subscription (staff included: they read, they do not edit). */
  private async writable(em: EntityManager, who: Principal, id: string, lock: boolean): Promise<Subscription> {
    const qb = em.getRepository(Subscription).createQueryBuilder('s').where('s.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write');
    const s = await qb.getOne();
    if (!s || s.organizationId !== who.orgId) throw new AppError('SUBSCRIPTION_NOT_FOUND', `no subscription ${id}`);
    return s;
  }

  private checkDelivery(mode: string, webhookUrl: string | undefined): string | null {
    if (mode !== 'webhook') return null;
    if (!webhookUrl) throw new AppError('WEBHOOK_URL_REQUIRED', 'mode webhook needs a webhookUrl', { errors: [{ pointer: '/webhookUrl', message: 'required for mode webhook' }] });
    const problem = webhookUrlProblem(webhookUrl, this.config.webhook.allowHttpLocalhost);
    if (problem) throw new AppError('INVALID_WEBHOOK_URL', problem, { errors: [{ pointer: '/webhookUrl', message: problem }] });
    return webhookUrl;
  }

  private async checkCollections(who: Principal, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const readable = new Set(await this.collections.readable(who, ids));
    const unknown = ids.filter((id) => !readable.has(id));
    if (unknown.length > 0) {
      throw new AppError('UNKNOWN_COLLECTION', `no collection ${unknown.join(', ')}`, {
        errors: unknown.map((id) => ({ pointer: `/collectionIds/${ids.indexOf(id)}`, message: 'no such collection' })),
      });
    }
  }

  /** Wakes the fan-out, which delivers to every due subscription (this one included, once it commits). */
  private async kick(em: EntityManager): Promise<void> {
    await wakeFanOut(this.jobs, em);
  }
}

/** The newest published_objects.seq: a new webhook subscription delivers what comes after it. */
async function latestSeq(em: EntityManager): Promise<string> {
  const [row] = (await em.query('SELECT coalesce(max(seq), 0)::text AS seq FROM published_objects')) as { seq: string }[];
  return row!.seq;
}
