import { createHash } from 'node:crypto';
import { canonicalJson } from '../../stix';

/** The hash that precedes the first link. */
export const GENESIS_HASH: Buffer = Buffer.alloc(32);

export interface ChainedFields {
  seq: string;
  id: string;
  occurredAt: Date;
  actorOrgId: string | null;
  actorUserId: string | null;
  actorApiKeyId: string | null;
  actorVia: string;
  action: string;
  targetType: string;
  targetId: string | null;
  details: Record<string, unknown>;
}

/** SHA-256 over the previous hash and a canonical JSON of every field of the event. */
export function linkHash(prevHash: Buffer, event: ChainedFields): Buffer {
  const canonical = canonicalJson({
    seq: event.seq,
    id: event.id,
    occurredAt: event.occurredAt.toISOString(),
    actorOrgId: event.actorOrgId,
    actorUserId: event.actorUserId,
    actorApiKeyId: event.actorApiKeyId,
    actorVia: event.actorVia,
    action: event.action,
    targetType: event.targetType,
    targetId: event.targetId,
    details: event.details,
  });
  return createHash('sha256').update(prevHash).update(canonical).digest();
}
