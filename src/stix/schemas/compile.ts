// Compiles each schema once with AJV in strict mode, on the first object that needs it
// (compiling all ~50 up front costs ~0.5 s of CLI start-up; precompileSchemas() does it
// eagerly for servers). Validators are dispatched by object type and reused for every call.
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { isStixTimestamp, isStixTimestampMillis } from '../timestamps';
import type { Schema } from './builders';
import { scoCommon, scoRequired, sdoCommon, sdoRequired } from './common';
import { INCIDENT_CORE_ID, INCIDENT_CORE_SCHEMA } from './incident-core';
import { BUNDLE_SCHEMA, META_SCHEMAS, STATEMENT_DEFINITION, TLP1_DEFINITION, TLP2_EXTENSION, TLP2_EXTENSION_ID } from './meta';
import { SCO_EXTENSION_SCHEMAS, SCO_SCHEMAS } from './sco';
import { SDO_SCHEMAS, type TypeSchema } from './sdo';
import { SRO_SCHEMAS } from './sro';

const ajv = new Ajv({ strict: true, allErrors: true, allowUnionTypes: false });
ajv.addFormat('stix-timestamp', { type: 'string', validate: isStixTimestamp });
ajv.addFormat('stix-timestamp-millis', { type: 'string', validate: isStixTimestampMillis });

export type Validator = ValidateFunction<unknown>;
export type { ErrorObject };

/** A validator compiled on its first call and cached; the schema is checked by AJV strict mode then. */
function lazy(schema: Schema): Validator {
  let compiled: Validator | undefined;
  const v = ((data: unknown) => {
    compiled ??= ajv.compile(schema);
    const ok = compiled(data);
    v.errors = compiled.errors;
    return ok;
  }) as Validator;
  v.errors = null;
  allLazy.push(() => (compiled ??= ajv.compile(schema)));
  return v;
}
const allLazy: Array<() => void> = [];

function compileType(common: Record<string, Schema>, commonRequired: string[], t: TypeSchema): Validator {
  return lazy({
    type: 'object',
    required: [...new Set([...commonRequired, ...t.required])],
    properties: { ...common, ...t.properties },
  });
}

/** Compiles every schema now (a server calls this at start-up; also checks all schemas compile). */
export function precompileSchemas(): void {
  for (const compile of allLazy) compile();
}

const validators = new Map<string, Validator>();
/** Names of the properties each predefined type defines (anything else is a custom property). */
export const KNOWN_PROPERTIES = new Map<string, ReadonlySet<string>>();

for (const [type, t] of Object.entries(SDO_SCHEMAS).concat(Object.entries(SRO_SCHEMAS))) {
  validators.set(type, compileType(sdoCommon, sdoRequired, t));
  KNOWN_PROPERTIES.set(type, new Set([...Object.keys(sdoCommon), ...Object.keys(t.properties)]));
}
for (const [type, t] of Object.entries(SCO_SCHEMAS)) {
  validators.set(type, compileType(scoCommon, scoRequired, t));
  KNOWN_PROPERTIES.set(type, new Set([...Object.keys(scoCommon), ...Object.keys(t.properties)]));
}
for (const [type, t] of Object.entries(META_SCHEMAS)) {
  validators.set(type, compileType({}, [], t));
  KNOWN_PROPERTIES.set(type, new Set(Object.keys(t.properties)));
}

/** Custom objects (STIX 2.1 §11.2): SDO-shaped when they carry `created`, SCO-shaped otherwise. */
export const customSdoValidator = compileType(sdoCommon, sdoRequired, { required: [], properties: {} });
export const customScoValidator = compileType(scoCommon, scoRequired, { required: [], properties: {} });
export const CUSTOM_SDO_PROPERTIES: ReadonlySet<string> = new Set(Object.keys(sdoCommon));
export const CUSTOM_SCO_PROPERTIES: ReadonlySet<string> = new Set(Object.keys(scoCommon));

export const bundleValidator = lazy(BUNDLE_SCHEMA);
export const statementValidator = lazy(STATEMENT_DEFINITION);
export const tlp1Validator = lazy(TLP1_DEFINITION);

/** Validators of extension bodies keyed by SCO type, then extension name; plus known extension definitions. */
export const extensionValidators = new Map<string, Map<string, Validator>>();
for (const [type, exts] of Object.entries(SCO_EXTENSION_SCHEMAS)) {
  extensionValidators.set(type, new Map(Object.entries(exts).map(([name, s]) => [name, lazy(s)])));
}
export const definedExtensionValidators = new Map<string, Validator>([
  [INCIDENT_CORE_ID, lazy(INCIDENT_CORE_SCHEMA)],
  [TLP2_EXTENSION_ID, lazy(TLP2_EXTENSION)],
]);
/** Which object type each known extension definition applies to. */
export const DEFINED_EXTENSION_TARGET = new Map<string, string>([
  [INCIDENT_CORE_ID, 'incident'],
  [TLP2_EXTENSION_ID, 'marking-definition'],
]);

/** The compiled validator of a predefined type. */
export function validatorFor(type: string): Validator | undefined {
  return validators.get(type);
}
