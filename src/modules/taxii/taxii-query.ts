import { AppError } from '../../common/problem/app-error';
import type { ObjectQuery, VersionTerm } from './taxii-objects.repository';

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 1000;

/** RFC 3339 timestamps as TAXII uses them (§2.1 timestamp); the fraction may be longer than µs. */
const TIMESTAMP = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d+))?(Z|[+-]\d{2}:\d{2})$/i;
const STIX_ID = /^[a-z0-9][a-z0-9-]*[a-z0-9]--[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const STIX_TYPE = /^[a-z0-9][a-z0-9-]*[a-z0-9]$/;
const SPEC_VERSION = /^\d+\.\d+$/;

type Query = Record<string, unknown>;

function bad(param: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', `${param}: ${message}`, { errors: [{ pointer: `/query/${param}`, message }] });
}

/** One query parameter as a single string (a repeated parameter is refused, not guessed). */
function single(query: Query, name: string): string | undefined {
  const nested = name.startsWith('match[') ? (query.match as Record<string, unknown> | undefined)?.[name.slice(6, -1)] : undefined;
  const value = query[name] ?? nested;
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw bad(name, 'give this parameter once (use a comma-separated list for several values)');
  return value;
}

function list(query: Query, name: string, pattern: RegExp, what: string): string[] | undefined {
  const raw = single(query, name);
  if (raw === undefined) return undefined;
  const values = raw.split(',').map((v) => v.trim());
  const wrong = values.find((v) => !pattern.test(v));
  if (wrong !== undefined) throw bad(name, `"${wrong}" is not ${what}`);
  return values;
}

/**
 * A timestamp for SQL, as text: the fraction is truncated to microseconds (what PostgreSQL
 * keeps). For "strictly after T" truncation is exact: a µs value is > T iff it is > trunc(T).
 * Never parsed through JS Date, which would drop the microseconds.
 */
export function timestampParam(name: string, raw: string): string {
  const m = TIMESTAMP.exec(raw.trim());
  if (!m || !isCalendarDate(m[1])) throw bad(name, `"${raw}" is not an RFC 3339 timestamp such as 2026-11-24T16:00:00.123456Z`);
  return `${m[1]}${m[2] ? `.${m[2].slice(0, 6)}` : ''}${m[3].toUpperCase()}`;
}

/** The date and time fields exist on the calendar (PostgreSQL would refuse 2026-02-30 with an error). */
function isCalendarDate(dateTime: string): boolean {
  const [y, mo, d, h, mi, s] = dateTime.split(/[-T:]/).map(Number);
  const t = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d && t.getUTCHours() === h && t.getUTCMinutes() === mi && t.getUTCSeconds() === s;
}

function limitOf(query: Query): number {
  const raw = single(query, 'limit');
  if (raw === undefined) return DEFAULT_LIMIT;
  if (!/^\d+$/.test(raw) || Number(raw) < 1) throw bad('limit', 'must be a positive integer');
  return Math.min(Number(raw), MAX_LIMIT);
}

/** `next` is the date_added (µs) of the last record of the previous page: the keyset position. */
export function encodeNext(lastDateAdded: string): string {
  return lastDateAdded;
}

function versionsOf(query: Query, fallback: VersionTerm[]): VersionTerm[] {
  const raw = single(query, 'match[version]');
  if (raw === undefined) return fallback;
  return raw.split(',').map((v): VersionTerm => {
    const term = v.trim();
    if (term === 'first' || term === 'last' || term === 'all') return { kind: term };
    return { kind: 'at', timestamp: timestampParam('match[version]', term) };
  });
}

function afterOf(query: Query): string[] {
  const after: string[] = [];
  const addedAfter = single(query, 'added_after');
  if (addedAfter !== undefined) after.push(timestampParam('added_after', addedAfter));
  const next = single(query, 'next');
  if (next !== undefined && next !== '') after.push(timestampParam('next', next));
  return after;
}

/** Objects and manifest (§5.3, §5.4): every filter of the standard; match[version] defaults to `last`. */
export function objectsQuery(query: Query): ObjectQuery {
  return {
    ids: list(query, 'match[id]', STIX_ID, 'a STIX identifier'),
    types: list(query, 'match[type]', STIX_TYPE, 'a STIX type'),
    versions: versionsOf(query, [{ kind: 'last' }]),
    specVersions: list(query, 'match[spec_version]', SPEC_VERSION, 'a STIX specification version such as 2.1'),
    after: afterOf(query),
    limit: limitOf(query),
  };
}

/** Get an Object (§5.6): one id; match[version] (default last), match[spec_version], added_after, limit, next. */
export function objectQuery(query: Query, id: string): ObjectQuery {
  return { ...objectsQuery(query), ids: [objectId(id)], types: undefined };
}

/** Versions (§5.8): every version of one id; added_after, limit, next, match[spec_version]. */
export function versionsQuery(query: Query, id: string): ObjectQuery {
  return { ...objectsQuery(query), ids: [objectId(id)], types: undefined, versions: [{ kind: 'all' }] };
}

/** Delete an Object (§5.7): match[version] (default: every version) and match[spec_version]. */
export function deleteQuery(query: Query, id: string): ObjectQuery {
  return { ids: [objectId(id)], versions: versionsOf(query, [{ kind: 'all' }]), specVersions: list(query, 'match[spec_version]', SPEC_VERSION, 'a STIX specification version'), limit: 0 };
}

export function objectId(id: string): string {
  if (!STIX_ID.test(id)) throw new AppError('OBJECT_NOT_FOUND', `"${id}" is not a STIX identifier`);
  return id;
}
