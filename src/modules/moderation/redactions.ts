import type { StixBundle, StixObject } from '../../anonymizer';

export const REDACTED = '[REDACTED]';

/** Remove more: a whole object (path ''), a property or array element, or the matching text within a string. */
export interface RedactOperation {
  op: 'redact';
  objectId: string;
  /** JSON pointer inside the object, e.g. `/description` or `/external_references/0`. */
  path: string;
  /** Only this text (every occurrence) becomes `[REDACTED]`. */
  match?: string;
}

/** Put a value in (e.g. restore a wrongly removed threat value): always needs a recorded justification. */
export interface ReplaceOperation {
  op: 'replace';
  objectId: string;
  path: string;
  value: unknown;
}

export type RedactionOperation = RedactOperation | ReplaceOperation;

export class RedactionError extends Error {
  constructor(
    readonly index: number,
    message: string,
  ) {
    super(message);
  }
}

const FIXED = new Set(['/id', '/type', '/spec_version', '/created']);

/** Applies the operations in order to a copy of the bundle; the input is not modified. */
export function applyRedactions(bundle: StixBundle, operations: RedactionOperation[]): StixBundle {
  let objects: StixObject[] = structuredClone(bundle.objects);
  operations.forEach((op, index) => {
    const fail = (message: string): never => {
      throw new RedactionError(index, message);
    };
    const target = objects.find((o) => o.id === op.objectId) ?? fail(`no object ${op.objectId} in the anonymized bundle`);
    if (FIXED.has(op.path)) fail(`${op.path} identifies the object and cannot be edited`);
    if (op.path === '') {
      if (op.op !== 'redact' || op.match !== undefined) fail('a whole object can only be removed');
      objects = objects.filter((o) => o !== target && !referencesObject(o, op.objectId));
      return;
    }
    const tokens = parsePointer(op.path) ?? fail(`${op.path} is not a JSON pointer`);
    const key = tokens[tokens.length - 1];
    let parent: unknown = target;
    for (const t of tokens.slice(0, -1)) {
      parent = isContainer(parent) ? (parent as Record<string, unknown>)[t] : undefined;
    }
    if (!isContainer(parent)) fail(`${op.path} does not exist in ${op.objectId}`);
    const container = parent as Record<string, unknown> | unknown[];
    const exists = Array.isArray(container) ? /^\d+$/.test(key) && Number(key) < container.length : Object.hasOwn(container, key);
    if (op.op === 'replace') {
      if (Array.isArray(container) && !exists) fail(`${op.path} does not exist in ${op.objectId}`);
      (container as Record<string, unknown>)[key] = structuredClone(op.value);
      return;
    }
    if (!exists) fail(`${op.path} does not exist in ${op.objectId}`);
    if (op.match !== undefined) {
      const value = (container as Record<string, unknown>)[key];
      if (typeof value !== 'string') fail(`${op.path} is not text; remove it whole instead`);
      if (op.match.length === 0 || !(value as string).includes(op.match)) fail(`the text to redact was not found at ${op.path}`);
      (container as Record<string, unknown>)[key] = (value as string).split(op.match).join(REDACTED);
    } else if (Array.isArray(container)) {
      container.splice(Number(key), 1);
    } else {
      delete container[key];
    }
  });
  return { ...bundle, objects };
}

function referencesObject(o: StixObject, id: string): boolean {
  return (o.type === 'relationship' && (o.source_ref === id || o.target_ref === id)) || (o.type === 'sighting' && o.sighting_of_ref === id);
}

function isContainer(v: unknown): boolean {
  return typeof v === 'object' && v !== null;
}

/** RFC 6901 tokens of a non-empty pointer, or null when it is not one. */
function parsePointer(pointer: string): string[] | null {
  if (!pointer.startsWith('/')) return null;
  const tokens = pointer.slice(1).split('/').map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
  return tokens.some((t) => t === '__proto__' || t === 'constructor' || t === 'prototype') ? null : tokens;
}
