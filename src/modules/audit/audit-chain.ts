import { createHash } from 'node:crypto';

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

/** JSON with object keys sorted at every level (jsonb does not keep key order). */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}
