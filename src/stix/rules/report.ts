// Collects issues during one validate() call.
import type { StixIssue } from '../errors';

/** JSON pointer (RFC 6901) escaping of one reference token. */
export function escapePointer(token: string | number): string {
  const s = String(token);
  return s.includes('~') || s.includes('/') ? s.replace(/~/g, '~0').replace(/\//g, '~1') : s;
}

export class Report {
  readonly errors: StixIssue[] = [];
  readonly warnings: StixIssue[] = [];

  error(objectId: string | undefined, path: string, rule: string, message: string): void {
    this.errors.push(objectId === undefined ? { path, rule, message } : { objectId, path, rule, message });
  }

  warn(objectId: string | undefined, path: string, rule: string, message: string): void {
    this.warnings.push(objectId === undefined ? { path, rule, message } : { objectId, path, rule, message });
  }
}

/** What every rule gets for one STIX object. */
export interface ObjectContext {
  obj: Record<string, unknown>;
  type: string;
  /** The object's id when it is a string, for issue attribution. */
  id: string | undefined;
  /** JSON pointer of the object inside the input ('' for a lone object). */
  ptr: string;
  category: 'sdo' | 'sro' | 'sco' | 'meta' | 'custom-sdo' | 'custom-sco';
  report: Report;
}
