// Co-constraints between properties of one object (STIX 2.1 §2.5, §4, §6, §7.3).
import { identifierType } from '../ids';
import { categoryOf } from '../types';
import type { ObjectContext } from './report';

/** A reference to a predefined SCO or a custom type (whose category cannot be known). */
function isScoRef(ref: string): boolean {
  const t = identifierType(ref);
  if (t === undefined) return false;
  const c = categoryOf(t);
  return c === 'sco' || c === undefined;
}

type Check = (ctx: ObjectContext, o: Record<string, unknown>) => void;

const has = (o: Record<string, unknown>, k: string): boolean => o[k] !== undefined;

function fail(ctx: ObjectContext, prop: string, rule: string, message: string): void {
  ctx.report.error(ctx.id, prop ? `${ctx.ptr}/${prop}` : ctx.ptr, rule, message);
}

const BY_TYPE: Record<string, Check> = {
  // §4.10: region, country or latitude+longitude; coordinates come in pairs; precision needs them.
  location(ctx, o) {
    if (!has(o, 'region') && !has(o, 'country') && !(has(o, 'latitude') && has(o, 'longitude'))) {
      fail(ctx, '', 'location-position', 'a location needs region, country, or latitude and longitude');
    }
    if (has(o, 'latitude') !== has(o, 'longitude')) {
      fail(ctx, has(o, 'latitude') ? 'longitude' : 'latitude', 'location-coordinates-pair', 'latitude and longitude must be given together');
    }
    if (has(o, 'precision') && !(has(o, 'latitude') && has(o, 'longitude'))) {
      fail(ctx, 'precision', 'location-precision', 'precision needs latitude and longitude');
    }
  },
  // §4.11: a malware family needs a name.
  malware(ctx, o) {
    if (o.is_family === true && !has(o, 'name')) fail(ctx, 'name', 'malware-family-name', "'name' is required when is_family is true");
  },
  // §4.12: result or analysis_sco_refs MUST be present.
  'malware-analysis'(ctx, o) {
    if (!has(o, 'result') && !has(o, 'analysis_sco_refs')) {
      fail(ctx, '', 'malware-analysis-result', "a malware analysis needs 'result' or 'analysis_sco_refs'");
    }
  },
  // §4.14: exactly one of objects (deprecated) and object_refs.
  'observed-data'(ctx, o) {
    if (has(o, 'objects') === has(o, 'object_refs')) {
      fail(ctx, '', 'observed-data-objects-or-refs', "observed-data needs exactly one of 'object_refs' or the deprecated 'objects'");
    } else if (Array.isArray(o.object_refs) && !o.object_refs.some((r) => typeof r === 'string' && isScoRef(r))) {
      // §4.14: object_refs MUST contain at least one SCO reference.
      fail(ctx, 'object_refs', 'observed-data-needs-sco', "observed-data 'object_refs' must include at least one cyber-observable");
    } else if (has(o, 'objects')) {
      ctx.report.warn(ctx.id, `${ctx.ptr}/objects`, 'deprecated-property', "'objects' is deprecated in STIX 2.1: use 'object_refs'");
    }
  },
  // §6.1: payload_bin XOR url; url needs hashes.
  artifact(ctx, o) {
    if (has(o, 'payload_bin') === has(o, 'url')) {
      fail(ctx, '', 'artifact-payload-or-url', "an artifact needs exactly one of 'payload_bin' or 'url'");
    }
    if (has(o, 'url') && !has(o, 'hashes')) fail(ctx, 'hashes', 'artifact-url-needs-hashes', "'hashes' is required when 'url' is present");
    if (has(o, 'decryption_key') && !has(o, 'encryption_algorithm')) {
      fail(ctx, 'decryption_key', 'artifact-key-needs-algorithm', "'decryption_key' needs 'encryption_algorithm'");
    }
  },
  // §6.6: body only when not multipart, body_multipart only when multipart.
  'email-message'(ctx, o) {
    if (o.is_multipart === true && has(o, 'body')) fail(ctx, 'body', 'email-message-body', "'body' must not be used when is_multipart is true");
    if (o.is_multipart === false && has(o, 'body_multipart')) {
      fail(ctx, 'body_multipart', 'email-message-body', "'body_multipart' must not be used when is_multipart is false");
    }
  },
  // §6.7: hashes or name.
  file(ctx, o) {
    if (!has(o, 'hashes') && !has(o, 'name')) fail(ctx, '', 'file-hashes-or-name', "a file needs 'hashes' or 'name'");
  },
  // §6.12: src_ref or dst_ref; an active flow has no end.
  'network-traffic'(ctx, o) {
    if (!has(o, 'src_ref') && !has(o, 'dst_ref')) fail(ctx, '', 'network-traffic-endpoint', "network-traffic needs 'src_ref' or 'dst_ref'");
    if (o.is_active === true && has(o, 'end')) fail(ctx, 'end', 'network-traffic-active-end', "'end' must not be present when is_active is true");
  },
  // §6.13, §6.16, §6.17, §6.18: at least one property besides type and id.
  process: atLeastOneProperty,
  'user-account': atLeastOneProperty,
  'windows-registry-key': atLeastOneProperty,
  'x509-certificate': atLeastOneProperty,
  // §7.3.1: extension_properties only with toplevel-property-extension.
  'extension-definition'(ctx, o) {
    const types = Array.isArray(o.extension_types) ? o.extension_types : [];
    if (has(o, 'extension_properties') && !types.includes('toplevel-property-extension')) {
      fail(ctx, 'extension_properties', 'extension-properties-misuse', "'extension_properties' is only for toplevel-property-extension");
    }
  },
};

const BASE_SCO = new Set(['type', 'id', 'spec_version', 'object_marking_refs', 'granular_markings', 'defanged']);
function atLeastOneProperty(ctx: ObjectContext, o: Record<string, unknown>): void {
  for (const k of Object.keys(o)) if (!BASE_SCO.has(k)) return;
  fail(ctx, '', 'sco-empty', `a ${ctx.type} needs at least one property besides type and id`);
}

/** §2.5: an external reference needs description, url or external_id besides source_name. */
function checkExternalReferences(ctx: ObjectContext, o: Record<string, unknown>): void {
  const refs = o.external_references;
  if (!Array.isArray(refs)) return;
  for (let i = 0; i < refs.length; i++) {
    const r = refs[i] as Record<string, unknown> | null;
    if (r && typeof r === 'object' && !has(r, 'description') && !has(r, 'url') && !has(r, 'external_id')) {
      fail(ctx, `external_references/${i}`, 'external-reference-incomplete', "an external reference needs 'description', 'url' or 'external_id' besides 'source_name'");
    }
  }
}

/** Runs the co-constraints of the object's type. */
export function checkCoConstraints(ctx: ObjectContext): void {
  BY_TYPE[ctx.type]?.(ctx, ctx.obj);
  checkExternalReferences(ctx, ctx.obj);
}
