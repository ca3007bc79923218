import type { EntityManager } from 'typeorm';

/**
 * Read hints on published_objects: whether ANY other row of the same STIX id (whoever may see it)
 * is an earlier copy (same version, or any row for an observable, which has no versions), a newer
 * version or an older version. TAXII reads must answer "no earlier copy / no newer version the
 * reader may see" per row; that needs an index probe per row, and most ids have one row. A hint
 * of false proves the answer without the probe; true means "check". Deleting rows can only turn
 * a true into a stale true, which is still safe; inserting rows must refresh the hints of their
 * ids in the same transaction (publications are serialized, so nothing races the refresh).
 */
const REFRESH_READ_HINTS = `
  UPDATE published_objects p SET has_earlier_copy = h.earlier, has_newer_version = h.newer, has_older_version = h.older
  FROM (
    SELECT q.seq,
      EXISTS (SELECT 1 FROM published_objects d WHERE d.stix_id = q.stix_id AND d.date_added < q.date_added AND (d.version = q.version OR NOT (q.object ? 'created'))) AS earlier,
      EXISTS (SELECT 1 FROM published_objects n WHERE n.stix_id = q.stix_id AND n.modified > q.modified) AS newer,
      EXISTS (SELECT 1 FROM published_objects o WHERE o.stix_id = q.stix_id AND o.modified < q.modified) AS older
    FROM published_objects q WHERE q.stix_id = ANY($1::text[])
  ) h
  WHERE p.seq = h.seq AND (p.has_earlier_copy, p.has_newer_version, p.has_older_version) IS DISTINCT FROM (h.earlier, h.newer, h.older)`;

/** Recomputes the read hints of every row of these STIX ids (only rows whose hints change are written). */
export async function refreshReadHints(em: EntityManager, stixIds: readonly string[]): Promise<void> {
  if (stixIds.length === 0) return;
  await em.query(REFRESH_READ_HINTS, [[...new Set(stixIds)]]);
}
