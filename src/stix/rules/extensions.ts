// Extensions (STIX 2.1 §7.3) and custom property names (§11.1).
import { parseIdentifier } from '../ids';
import { DEFINED_EXTENSION_TARGET, definedExtensionValidators, extensionValidators } from '../schemas/compile';
import { escapePointer, type ObjectContext } from './report';
import { reportSchemaErrors } from './schema-errors';
import { ENUM, vocabSet, type VocabName } from '../schemas/vocabularies';
import { INCIDENT_CORE_ID } from '../schemas/incident-core';

// STIX 2.1 §11.1: custom property names: a-z, 0-9 and _, 3 to 250 characters.
const PROPERTY_NAME = /^[a-z0-9_]{3,250}$/;
const EXTENSION_TYPES: ReadonlySet<string> = new Set(ENUM['extension-type-enum']);
const UNSAFE: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Reports custom properties of `obj` (those not in `known`) whose names break §11.1. */
export function checkPropertyNames(ctx: ObjectContext, obj: Record<string, unknown>, known: ReadonlySet<string>, basePtr: string): void {
  for (const k in obj) {
    if (!Object.hasOwn(obj, k) || known.has(k) || UNSAFE.has(k)) continue;
    if (!PROPERTY_NAME.test(k)) {
      ctx.report.error(
        ctx.id,
        `${basePtr}/${escapePointer(k)}`,
        'invalid-property-name',
        `custom property name '${k.slice(0, 60)}' must be 3-250 characters of a-z, 0-9 and _`,
      );
    }
  }
}

const EXTENSION_BODY_KNOWN: ReadonlySet<string> = new Set(['extension_type']);

/** Open-vocabulary properties inside extensions: warnings only, like those of objects. */
const EXTENSION_VOCABS: Record<string, ReadonlyArray<readonly [string, VocabName]>> = {
  'windows-pebinary-ext': [['pe_type', 'windows-pebinary-type-ov']],
  [INCIDENT_CORE_ID]: [['investigation_status', 'investigation-status-ov']],
};

function checkExtensionVocabularies(ctx: ObjectContext, name: string, body: Record<string, unknown>, p: string): void {
  for (const [prop, vocab] of EXTENSION_VOCABS[name] ?? []) {
    const v = body[prop];
    if (typeof v === 'string' && !vocabSet(vocab).has(v)) {
      ctx.report.warn(ctx.id, `${p}/${prop}`, 'open-vocabulary', `'${v.slice(0, 80)}' is not in ${vocab}`);
    }
  }
}

/** Validates each entry of `extensions` against its predefined or known extension schema. */
export function checkExtensions(ctx: ObjectContext): void {
  const exts = ctx.obj.extensions;
  if (!exts || typeof exts !== 'object' || Array.isArray(exts)) return;
  const predefined = extensionValidators.get(ctx.type);
  let newTypeExtension = false;
  for (const name of Object.keys(exts)) {
    const body = (exts as Record<string, unknown>)[name];
    if (!body || typeof body !== 'object' || Array.isArray(body)) continue;
    const rel = `/extensions/${escapePointer(name)}`;
    const p = ctx.ptr + rel;
    if (name.startsWith('extension-definition--')) {
      const parsed = parseIdentifier(name);
      if (!parsed || parsed.type !== 'extension-definition') {
        ctx.report.error(ctx.id, p, 'invalid-extension-key', `extension key '${name.slice(0, 80)}' is not an extension-definition identifier`);
        continue;
      }
      const b = body as Record<string, unknown>;
      // §7.3: the body of an extension-definition extension names its extension_type.
      if (typeof b.extension_type !== 'string' || !EXTENSION_TYPES.has(b.extension_type)) {
        ctx.report.error(ctx.id, `${p}/extension_type`, 'extension-type', `'extension_type' must be one of: ${[...EXTENSION_TYPES].join(', ')}`);
      } else if (b.extension_type.startsWith('new-')) {
        newTypeExtension = true;
        // §7.3: new-sdo / new-sco / new-sro define new object types, never a predefined one.
        if (ctx.category !== 'custom-sdo' && ctx.category !== 'custom-sco') {
          ctx.report.error(ctx.id, `${p}/extension_type`, 'extension-type', `${b.extension_type} defines a new object type; ${ctx.type} is a predefined STIX type`);
        }
      }
      const v = definedExtensionValidators.get(name);
      if (v) {
        const target = DEFINED_EXTENSION_TARGET.get(name);
        if (target && target !== ctx.type) {
          ctx.report.error(ctx.id, p, 'extension-wrong-type', `extension ${name} applies to ${target} objects, not ${ctx.type}`);
        } else if (!v(body)) reportSchemaErrors(ctx, v.errors ?? [], rel);
        else checkExtensionVocabularies(ctx, name, b, p);
      } else {
        checkPropertyNames(ctx, b, EXTENSION_BODY_KNOWN, p);
      }
      continue;
    }
    const v = predefined?.get(name);
    if (v) {
      if (!v(body)) reportSchemaErrors(ctx, v.errors ?? [], rel);
      else checkExtensionVocabularies(ctx, name, body as Record<string, unknown>, p);
      continue;
    }
    ctx.report.warn(
      ctx.id,
      p,
      'unknown-extension',
      `'${name.slice(0, 80)}' is neither a predefined extension of ${ctx.type} nor an extension-definition identifier (STIX 2.1 §7.3)`,
    );
  }
  if ((ctx.category === 'custom-sdo' || ctx.category === 'custom-sco') && !newTypeExtension) customObjectWithoutDefinition(ctx);
}

/** STIX 2.1 §11.2: custom objects without a new-sdo/new-sco/new-sro extension definition are deprecated. */
export function customObjectWithoutDefinition(ctx: ObjectContext): void {
  ctx.report.warn(
    ctx.id,
    ctx.ptr + '/type',
    'deprecated-custom-object',
    `custom object type '${ctx.type}' is not defined by an extension-definition (new-sdo, new-sco or new-sro); such custom objects are deprecated`,
  );
}
