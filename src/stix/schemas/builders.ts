// Small builders for the JSON Schemas of STIX 2.1 property types (STIX 2.1 §2).
// Schemas check shape only (types, required, enumerations, ranges, timestamps);
// identifiers, references, vocabularies and co-constraints are named rules in ../rules.

export type Schema = Record<string, unknown>;

export const str: Schema = { type: 'string' };
export const bool: Schema = { type: 'boolean' };
export const int: Schema = { type: 'integer' };
export const num: Schema = { type: 'number' };
export const nonNegInt: Schema = { type: 'integer', minimum: 0 };
// STIX 2.1 §3.2: timestamp properties; checked by the `stix-timestamp` format.
export const timestamp: Schema = { type: 'string', format: 'stix-timestamp' };
// STIX 2.1 §3.2: created and modified MUST have at least millisecond precision.
export const timestampMillis: Schema = { type: 'string', format: 'stix-timestamp-millis' };
/** An identifier or reference; its form and target type are checked by rules/references.ts. */
export const identifier: Schema = { type: 'string' };
export const hex: Schema = { type: 'string', pattern: '^([a-fA-F0-9]{2})+$' };
export const binary: Schema = { type: 'string', pattern: '^[A-Za-z0-9+/]*={0,2}$' };

/** STIX 2.1 §2.? list: MUST NOT be empty. */
export function list(items: Schema): Schema {
  return { type: 'array', minItems: 1, items };
}

export const strList = list(str);
export const refList = list(identifier);
/** STIX 2.1 §2.? dictionary: at least one key. */
export const dictionary: Schema = { type: 'object', minProperties: 1 };
/** STIX 2.1 §2.? hashes: a dictionary of hash-algorithm name to hash value (values checked by rules/hashes.ts). */
export const hashes: Schema = { type: 'object', minProperties: 1, additionalProperties: { type: 'string' } };

export function enumOf(values: readonly string[]): Schema {
  return { type: 'string', enum: [...values] };
}

export function object(required: string[], properties: Record<string, Schema>): Schema {
  return required.length ? { type: 'object', required, properties } : { type: 'object', properties };
}

export function range(min: number, max: number, integer = true): Schema {
  return { type: integer ? 'integer' : 'number', minimum: min, maximum: max };
}
