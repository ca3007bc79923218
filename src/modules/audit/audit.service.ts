import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { AuditEvent } from './audit-event.entity';
import { GENESIS_HASH, linkHash } from './audit-chain';
import { AuditEventResponse, AuditPageResponse, AuditQueryDto, AuditVerifyResponse } from './dto/audit.dto';

// One advisory lock serializes appends, so two transactions never extend the same link.
const AUDIT_CHAIN_LOCK = 7_350_001;
const VERIFY_BATCH = 1000;

export interface AuditTarget {
  type: string;
  id: string | null;
}

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Appends one event inside the caller's transaction: the event exists exactly when the
   * change it records was committed.
   */
  async record(em: EntityManager, who: Principal, action: string, target: AuditTarget, details: Record<string, unknown> = {}): Promise<void> {
    if (!em.queryRunner?.isTransactionActive) throw new Error('AuditService.record must run inside a transaction');
    await em.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_CHAIN_LOCK]);
    const [last] = await em.getRepository(AuditEvent).find({ order: { seq: 'DESC' }, take: 1, select: { seq: true, hash: true } });
    const fields = {
      seq: String(last ? BigInt(last.seq) + 1n : 1n),
      id: randomUUID(),
      // Millisecond precision round-trips through timestamptz exactly, so the hash re-computes.
      occurredAt: new Date(),
      actorOrgId: who.via === 'cli' || who.via === 'system' ? null : who.orgId,
      actorUserId: who.userId ?? null,
      actorApiKeyId: who.apiKeyId ?? null,
      actorVia: who.via,
      action,
      targetType: target.type,
      targetId: target.id,
      details,
    };
    const prevHash = last?.hash ?? GENESIS_HASH;
    await em.getRepository(AuditEvent).save(em.getRepository(AuditEvent).create({ ...fields, prevHash, hash: linkHash(prevHash, fields) }));
  }

  /** Saves an entity and records its event in one transaction. */
  saveAndRecord<T extends { id: string }>(
    who: Principal,
    entity: T,
    action: string,
    targetType: string,
    details: (saved: T) => Record<string, unknown>,
  ): Promise<T> {
    return this.dataSource.transaction(async (em) => {
      const saved = await em.save(entity);
      await this.record(em, who, action, { type: targetType, id: saved.id }, details(saved));
      return saved;
    });
  }

  async list(_who: Principal, query: AuditQueryDto): Promise<AuditPageResponse> {
    const limit = query.limit ?? 100;
    const qb = this.dataSource.getRepository(AuditEvent).createQueryBuilder('e').orderBy('e.seq', 'DESC').take(limit + 1);
    if (query.action?.endsWith('*')) qb.andWhere('e.action LIKE :prefix', { prefix: `${query.action.slice(0, -1)}%` });
    else if (query.action) qb.andWhere('e.action = :action', { action: query.action });
    if (query.targetType) qb.andWhere('e.target_type = :targetType', { targetType: query.targetType });
    if (query.targetId) qb.andWhere('e.target_id = :targetId', { targetId: query.targetId });
    if (query.actorOrgId) qb.andWhere('e.actor_org_id = :actorOrgId', { actorOrgId: query.actorOrgId });
    if (query.since) qb.andWhere('e.occurred_at >= :since', { since: query.since });
    if (query.until) qb.andWhere('e.occurred_at < :until', { until: query.until });
    if (query.before) qb.andWhere('e.seq < :before', { before: query.before });
    const rows = await qb.getMany();
    const page = rows.slice(0, limit);
    return { events: page.map(AuditEventResponse.from), nextBefore: rows.length > limit ? Number(page[page.length - 1].seq) : null };
  }

  /** Recomputes the whole chain in order and names the first link that does not hold. */
  async verify(_who: Principal): Promise<AuditVerifyResponse> {
    const repo = this.dataSource.getRepository(AuditEvent);
    let prevHash: Buffer = GENESIS_HASH;
    let expectedSeq = 1n;
    let checked = 0;
    for (;;) {
      const batch = await repo
        .createQueryBuilder('e')
        .where('e.seq >= :from', { from: String(expectedSeq) })
        .orderBy('e.seq', 'ASC')
        .take(VERIFY_BATCH)
        .getMany();
      for (const event of batch) {
        const seq = Number(event.seq);
        if (BigInt(event.seq) !== expectedSeq) return { valid: false, checked, firstBroken: { seq: Number(expectedSeq), reason: 'gap' } };
        if (!event.prevHash.equals(prevHash)) return { valid: false, checked, firstBroken: { seq, reason: 'prev-hash-mismatch' } };
        if (!linkHash(prevHash, event).equals(event.hash)) return { valid: false, checked, firstBroken: { seq, reason: 'hash-mismatch' } };
        prevHash = event.hash;
        expectedSeq += 1n;
        checked += 1;
      }
      if (batch.length < VERIFY_BATCH) return { valid: true, checked, firstBroken: null };
    }
  }
}
