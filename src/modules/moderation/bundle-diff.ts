import type { StixBundle, StixObject } from '../../anonymizer';

export interface DiffEntry {
  kind: 'changed' | 'removed' | 'added';
  /** The object in the raw submission (null for objects the exchange added). */
  rawObjectId: string | null;
  /** The object as it would be published (null for removed objects). */
  objectId: string | null;
  /** JSON pointer inside the object; '' for a whole object. */
  path: string;
  before?: unknown;
  after?: unknown;
}

const MAX_ENTRIES = 5000;

/**
 * What the anonymizer (and coordinators' edits) changed, object by object: raw objects are
 * paired with their published versions through the anonymizer's id map.
 */
export function diffBundles(raw: StixBundle, anonymized: StixBundle, idMap: Record<string, string> | null): DiffEntry[] {
  const out: DiffEntry[] = [];
  const published = new Map(anonymized.objects.map((o) => [o.id, o]));
  const paired = new Set<string>();
  for (const r of raw.objects) {
    const publishedId = idMap?.[r.id] ?? (published.has(r.id) ? r.id : undefined);
    const p = publishedId ? published.get(publishedId) : undefined;
    if (!p || paired.has(p.id)) {
      out.push({ kind: 'removed', rawObjectId: r.id, objectId: null, path: '' });
      continue;
    }
    paired.add(p.id);
    compare(r, p, '', r.id, p.id, out);
    if (out.length >= MAX_ENTRIES) return out.slice(0, MAX_ENTRIES);
  }
  for (const p of anonymized.objects) {
    if (!paired.has(p.id)) out.push({ kind: 'added', rawObjectId: null, objectId: p.id, path: '', after: p });
  }
  return out.slice(0, MAX_ENTRIES);
}

function compare(before: unknown, after: unknown, path: string, rawId: string, id: string, out: DiffEntry[]): void {
  if (before === after) return;
  const bothObjects = isRecord(before) && isRecord(after);
  const bothArrays = Array.isArray(before) && Array.isArray(after) && before.length === after.length;
  if (bothObjects) {
    const keys = new Set([...Object.keys(before as StixObject), ...Object.keys(after as StixObject)]);
    for (const k of keys) {
      const child = `${path}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      const b = (before as Record<string, unknown>)[k];
      const a = (after as Record<string, unknown>)[k];
      if (!(k in (after as object))) out.push({ kind: 'removed', rawObjectId: rawId, objectId: id, path: child, before: b });
      else if (!(k in (before as object))) out.push({ kind: 'added', rawObjectId: rawId, objectId: id, path: child, after: a });
      else compare(b, a, child, rawId, id, out);
    }
    return;
  }
  if (bothArrays) {
    (before as unknown[]).forEach((b, i) => compare(b, (after as unknown[])[i], `${path}/${i}`, rawId, id, out));
    return;
  }
  if (JSON.stringify(before) !== JSON.stringify(after)) out.push({ kind: 'changed', rawObjectId: rawId, objectId: id, path, before, after });
}

function isRecord(v: unknown): boolean {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
