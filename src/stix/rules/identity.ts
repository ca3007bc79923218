// Identifier and spec_version rules (STIX 2.1 §2.9, §3.1).
import { parseIdentifier } from '../ids';
import type { ObjectContext } from './report';

/** `id` is type--UUID with the object's own type; SDO/SRO UUIDs SHOULD be version 4. */
export function checkIdentifier(ctx: ObjectContext): void {
  const id = ctx.obj.id;
  if (typeof id !== 'string') return;
  const parsed = parseIdentifier(id);
  if (!parsed) {
    ctx.report.error(ctx.id, `${ctx.ptr}/id`, 'invalid-identifier', `id '${id.slice(0, 120)}' must be '${ctx.type}--' followed by an RFC 4122 UUID`);
    return;
  }
  if (parsed.type !== ctx.type) {
    ctx.report.error(ctx.id, `${ctx.ptr}/id`, 'identifier-type-mismatch', `id starts with '${parsed.type}--' but the object type is '${ctx.type}'`);
  }
  // STIX 2.1 §2.9: SDO and SRO identifiers SHOULD use UUIDv4.
  if ((ctx.category === 'sdo' || ctx.category === 'sro' || ctx.category === 'custom-sdo') && parsed.version !== 4) {
    ctx.report.warn(ctx.id, `${ctx.ptr}/id`, 'uuid-not-v4', `id uses a version ${parsed.version} UUID; STIX recommends version 4 for ${ctx.type}`);
  }
}

/** STIX 2.1 §3.2: spec_version is required ("2.1") on SDOs, SROs, marking definitions and language content; optional on SCOs. */
export function checkSpecVersion(ctx: ObjectContext): void {
  const v = ctx.obj.spec_version;
  const optional = ctx.category === 'sco' || ctx.category === 'custom-sco';
  if (v === undefined) {
    if (!optional) ctx.report.error(ctx.id, `${ctx.ptr}/spec_version`, 'spec-version', `'spec_version' is required on ${ctx.type} and must be "2.1"`);
    return;
  }
  if (v !== '2.1') {
    ctx.report.error(ctx.id, `${ctx.ptr}/spec_version`, 'spec-version', `'spec_version' must be "2.1" (found ${JSON.stringify(v)?.slice(0, 40)})`);
  }
}
