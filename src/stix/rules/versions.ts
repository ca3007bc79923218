// Cross-object rules within one bundle: versions of the same object (STIX 2.1 §3.6).
import { compareTimestamps, isStixTimestamp } from '../timestamps';
import type { Report } from './report';

export interface VersionEntry {
  id: string;
  modified: string;
  revoked: boolean;
  ptr: string;
}

/** STIX 2.1 §3.6: a revoked object MUST NOT be followed by a newer, unrevoked version. */
export function checkVersions(entries: VersionEntry[], report: Report): void {
  const revokedAt = new Map<string, string>();
  for (const e of entries) {
    if (!e.revoked || !isStixTimestamp(e.modified)) continue;
    const prev = revokedAt.get(e.id);
    if (prev === undefined || compareTimestamps(e.modified, prev) < 0) revokedAt.set(e.id, e.modified);
  }
  if (revokedAt.size === 0) return;
  for (const e of entries) {
    const at = revokedAt.get(e.id);
    if (at === undefined || e.revoked || !isStixTimestamp(e.modified)) continue;
    if (compareTimestamps(e.modified, at) > 0) {
      report.error(e.id, `${e.ptr}/revoked`, 'version-after-revoked', `this version (modified ${e.modified}) follows a revoked version (${at}); revocation is final`);
    }
  }
}
