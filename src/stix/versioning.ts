// New versions and revocation (STIX 2.1 §3.6). Pure: the caller supplies the clock.
import { StixValidationError } from './errors';
import { compareTimestamps, isStixTimestamp } from './timestamps';
import { categoryOf } from './types';

export type Clock = () => Date;

type StixObject = Record<string, unknown>;

function assertVersionable(obj: StixObject): { modified: string } {
  const type = typeof obj.type === 'string' ? obj.type : '';
  const id = typeof obj.id === 'string' ? obj.id : undefined;
  const category = categoryOf(type);
  // §3.6: only objects with created/modified are versioned; SCOs and marking definitions are not.
  if (category === 'sco' || type === 'marking-definition' || type === 'bundle' || typeof obj.created !== 'string' || typeof obj.modified !== 'string') {
    throw new StixValidationError(`${type || 'object'} cannot be versioned`, [
      { objectId: id, path: '/modified', rule: 'not-versionable', message: 'only objects with created and modified (SDOs, SROs, language content, extension definitions) can be versioned' },
    ]);
  }
  if (obj.revoked === true) {
    throw new StixValidationError('a revoked object cannot get a new version', [
      { objectId: id, path: '/revoked', rule: 'version-after-revoked', message: 'revocation is final: a revoked object cannot be versioned again' },
    ]);
  }
  if (!isStixTimestamp(obj.modified)) {
    throw new StixValidationError('modified is not a valid timestamp', [{ objectId: id, path: '/modified', rule: 'invalid-timestamp', message: 'modified must be a valid STIX timestamp' }]);
  }
  return { modified: obj.modified };
}

/** The next `modified`: the clock's time, or 1 ms after the previous one if the clock is not ahead (§3.6: MUST be later). */
function nextModified(previous: string, clock: Clock): string {
  const now = clock().toISOString();
  if (compareTimestamps(now, previous) > 0) return now;
  const prevMs = Date.parse(previous);
  return new Date(Math.floor(prevMs) + 1).toISOString();
}

/** A new version of an SDO/SRO: a deep copy with `modified` advanced; throws StixValidationError when not versionable. */
export function newVersion<T extends StixObject>(obj: T, clock: Clock, changes: Partial<T> = {}): T {
  const { modified } = assertVersionable(obj);
  for (const k of ['id', 'type', 'created', 'created_by_ref', 'spec_version'] as const) {
    if (k in changes && changes[k] !== obj[k]) {
      throw new StixValidationError(`${k} cannot change between versions`, [
        { objectId: String(obj.id), path: `/${k}`, rule: 'immutable-property', message: `'${k}' must stay the same in every version (STIX 2.1 §3.6)` },
      ]);
    }
  }
  const copy = structuredClone(obj) as T;
  for (const [k, v] of Object.entries(changes)) {
    if (k === '__proto__' || k === 'constructor' || k === 'prototype') continue;
    (copy as StixObject)[k] = structuredClone(v);
  }
  (copy as StixObject).modified = nextModified(modified, clock);
  return copy;
}

/** The revoked version of an SDO/SRO (`revoked: true`, `modified` advanced). */
export function revoke<T extends StixObject>(obj: T, clock: Clock): T {
  return newVersion(obj, clock, { revoked: true } as unknown as Partial<T>);
}
