// Turns AJV errors into StixIssues with stable rule names and words a submitter can act on.
import type { ErrorObject } from '../schemas/compile';
import { escapePointer, type ObjectContext } from './report';

function describe(e: ErrorObject): { rule: string; message: string; extra?: string } {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return { rule: 'required-property', message: `missing required property '${String(p.missingProperty)}'`, extra: String(p.missingProperty) };
    case 'type':
      return { rule: 'wrong-type', message: `must be ${p.type === 'integer' ? 'an integer' : p.type === 'object' || p.type === 'array' ? `an ${String(p.type)}` : `a ${String(p.type)}`}` };
    case 'enum':
      return { rule: 'not-in-enumeration', message: `must be one of: ${(p.allowedValues as unknown[]).join(', ')}` };
    case 'format':
      if (p.format === 'stix-timestamp-millis') {
        return { rule: 'invalid-timestamp', message: 'must be an RFC 3339 UTC timestamp with millisecond precision, e.g. 2016-05-12T08:17:27.000Z (a real calendar date)' };
      }
      if (p.format === 'stix-timestamp') {
        return { rule: 'invalid-timestamp', message: 'must be an RFC 3339 UTC timestamp ending in Z, e.g. 2016-05-12T08:17:27Z (a real calendar date)' };
      }
      return { rule: 'invalid-format', message: `must match format ${String(p.format)}` };
    case 'pattern':
      return { rule: 'invalid-format', message: `has an invalid format (expected ${String(p.pattern)})` };
    case 'minItems':
      return { rule: 'empty-list', message: 'must be a non-empty list' };
    case 'minProperties':
      return { rule: 'empty-dictionary', message: 'must not be empty' };
    case 'minimum':
    case 'maximum':
      return { rule: 'out-of-range', message: `must be ${e.keyword === 'minimum' ? '>=' : '<='} ${String(p.limit)}` };
    case 'minLength':
    case 'maxLength':
      return { rule: 'invalid-length', message: `must be ${e.keyword === 'minLength' ? 'at least' : 'at most'} ${String(p.limit)} characters` };
    case 'additionalProperties':
      return { rule: 'unknown-property', message: `property '${String(p.additionalProperty)}' is not defined here`, extra: String(p.additionalProperty) };
    case 'propertyNames':
      return { rule: 'invalid-property-name', message: `property name '${String(p.propertyName)}' is not allowed here` };
    default:
      return { rule: 'schema', message: e.message ?? 'is invalid' };
  }
}

/** Reports AJV errors found under `basePtr` (a pointer relative to the object). */
export function reportSchemaErrors(ctx: ObjectContext, errors: ErrorObject[], basePtr = ''): void {
  for (const e of errors) {
    if (e.keyword === 'propertyNames' && !e.params) continue;
    const d = describe(e);
    let path = ctx.ptr + basePtr + e.instancePath;
    if (d.extra !== undefined) path += `/${escapePointer(d.extra)}`;
    const where = e.instancePath || d.extra ? '' : ' (object)';
    ctx.report.error(ctx.id, path, d.rule, `${pathLabel(basePtr + e.instancePath, d.extra)}${where} ${d.message}`.trim());
  }
}

function pathLabel(rel: string, extra: string | undefined): string {
  if (extra !== undefined && (rel === '' || rel === undefined)) return '';
  const name = rel
    .split('/')
    .slice(1)
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((t) => (/^\d+$/.test(t) ? `[${t}]` : `.${t}`))
    .join('')
    .replace(/^\./, '');
  return name ? `'${name}'` : '';
}
