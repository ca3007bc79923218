// One pass over each object: depth limit, unsafe keys, every *_ref / *_refs (form and
// allowed target type) and every `hashes` dictionary. Doing these in a single walk keeps
// validation linear in the size of the input.
import { identifierType } from '../ids';
import { COMMON_REFS, EXTENSION_REFS, TYPE_REFS, type RefTarget } from '../schemas/references';
import { categoryOf } from '../types';
import { checkHashes } from './hashes';
import { escapePointer, type ObjectContext } from './report';

/** Nesting deeper than this (counted from the top of the input) is refused. */
export const DEFAULT_MAX_DEPTH = 64;

// Keys that mean something to JavaScript objects; refused anywhere so no consumer can be
// tricked into prototype pollution by a document we accepted.
const UNSAFE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

function targetAllowed(targetType: string, allowed: readonly RefTarget[]): boolean {
  for (const a of allowed) {
    if (a === '*' || a === targetType) return true;
    if (a === 'SDO' || a === 'SCO' || a === 'SRO') {
      const cat = categoryOf(targetType);
      // A custom type's category cannot be known from its id: accept it.
      if (cat === undefined || cat === a.toLowerCase()) return true;
    }
  }
  return false;
}

function describeTargets(allowed: readonly RefTarget[]): string {
  return allowed.map((a) => (a === 'SDO' ? 'an SDO' : a === 'SCO' ? 'an SCO' : a === 'SRO' ? 'an SRO' : a)).join(' or ');
}

// Path of a reference, built only when there is something to report (keeps the walk allocation-free).
function refPath(parent: string, key: string, index: number): string {
  return index < 0 ? `${parent}/${escapePointer(key)}` : `${parent}/${escapePointer(key)}/${index}`;
}

function checkRef(ctx: ObjectContext, key: string, value: unknown, parent: string, index: number, allowed: readonly RefTarget[] | undefined): void {
  if (typeof value !== 'string') {
    // Predefined references get a wrong-type error from their schema; custom ones only here.
    if (!allowed) ctx.report.error(ctx.id, refPath(parent, key, index), 'invalid-reference', `'${key}' must hold STIX identifiers`);
    return;
  }
  const isMarking = key === 'object_marking_refs' || key === 'marking_ref';
  const targetType = identifierType(value);
  if (targetType === undefined) {
    const path = refPath(parent, key, index);
    ctx.report.error(
      ctx.id,
      path,
      isMarking ? 'invalid-marking-ref' : 'invalid-reference',
      `'${key}' value '${value.slice(0, 120)}' is not a STIX identifier (type--UUID, RFC 4122)`,
    );
    return;
  }
  if (allowed && !targetAllowed(targetType, allowed)) {
    ctx.report.error(
      ctx.id,
      refPath(parent, key, index),
      isMarking ? 'invalid-marking-ref' : 'reference-type-not-allowed',
      `'${key}' must reference ${describeTargets(allowed)}, not ${targetType}`,
    );
  }
}

type Scope = Record<string, readonly RefTarget[]> | undefined;

/**
 * Walks one object. Returns false when the object is too deep to validate further.
 * `depth` is the nesting level of `value` in the whole input.
 */
export function walkObject(ctx: ObjectContext, depth: number, maxDepth: number): boolean {
  const typeScope = TYPE_REFS[ctx.type];
  let ok = true;
  const visit = (value: unknown, path: string, level: number, scope: Scope, key: string | undefined): void => {
    if (!ok || value === null || typeof value !== 'object') return;
    if (level > maxDepth) {
      ctx.report.error(ctx.id, path, 'max-depth-exceeded', `nesting deeper than ${maxDepth} levels is not accepted`);
      ok = false;
      return;
    }
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) visit(value[i], `${path}/${i}`, level + 1, scope, key);
      return;
    }
    const obj = value as Record<string, unknown>;
    for (const k in obj) {
      if (!Object.hasOwn(obj, k)) continue;
      const v = obj[k];
      if (UNSAFE_KEYS.has(k)) {
        ctx.report.error(ctx.id, `${path}/${escapePointer(k)}`, 'unsafe-property-name', `property name '${k}' is not accepted`);
        continue;
      }
      if (k.endsWith('_ref')) {
        checkRef(ctx, k, v, path, -1, scope?.[k] ?? COMMON_REFS[k] ?? typeScope?.[k]);
        continue;
      }
      if (k.endsWith('_refs')) {
        const allowed = scope?.[k] ?? COMMON_REFS[k] ?? typeScope?.[k];
        if (Array.isArray(v)) for (let i = 0; i < v.length; i++) checkRef(ctx, k, v[i], path, i, allowed);
        else if (!allowed) checkRef(ctx, k, v, path, -1, allowed);
        continue;
      }
      if (v === null || typeof v !== 'object') continue;
      const p = `${path}/${escapePointer(k)}`;
      if (k === 'hashes' && !Array.isArray(v)) {
        checkHashes(ctx, v as Record<string, unknown>, p);
        continue;
      }
      // STIX 2.1 §4.14: the deprecated observed-data `objects` map uses local keys, not ids.
      if (level === depth && ctx.type === 'observed-data' && k === 'objects') {
        visitDepthOnly(v, p, level + 1);
        continue;
      }
      let childScope = scope;
      if (key === 'extensions' && level === depth + 1) childScope = EXTENSION_REFS[k];
      else if (level === depth && k === 'extensions') childScope = undefined;
      visit(v, p, level + 1, childScope, k);
    }
  };
  const visitDepthOnly = (value: unknown, path: string, level: number): void => {
    if (!ok || value === null || typeof value !== 'object') return;
    if (level > maxDepth) {
      ctx.report.error(ctx.id, path, 'max-depth-exceeded', `nesting deeper than ${maxDepth} levels is not accepted`);
      ok = false;
      return;
    }
    for (const k in value as Record<string, unknown>) {
      if (!Object.hasOwn(value, k)) continue;
      if (UNSAFE_KEYS.has(k)) {
        ctx.report.error(ctx.id, `${path}/${escapePointer(k)}`, 'unsafe-property-name', `property name '${k}' is not accepted`);
        continue;
      }
      visitDepthOnly((value as Record<string, unknown>)[k], `${path}/${escapePointer(k)}`, level + 1);
    }
  };
  visit(ctx.obj, ctx.ptr, depth, typeScope, undefined);
  return ok;
}
