// validate(): STIX 2.1 validation of a bundle or a single object. Per object: one walk
// (depth, unsafe keys, references, hashes), the compiled AJV validator of its type, then
// the named semantic rules. A bundle reports every bad object, not just the first.
import type { StixIssue } from './errors';
import {
  CUSTOM_SCO_PROPERTIES,
  CUSTOM_SDO_PROPERTIES,
  KNOWN_PROPERTIES,
  bundleValidator,
  customScoValidator,
  customSdoValidator,
  validatorFor,
  type Validator,
} from './schemas/compile';
import { checkCoConstraints } from './rules/co-constraints';
import { checkExtensions, checkPropertyNames, customObjectWithoutDefinition } from './rules/extensions';
import { checkIdentifier, checkSpecVersion } from './rules/identity';
import { checkIndicatorPattern } from './rules/indicator-pattern';
import { checkGranularMarkings, checkLanguage, checkMarkingDefinition } from './rules/markings';
import { checkObservableId } from './rules/observable-ids';
import { checkOrdering } from './rules/ordering';
import { Report, type ObjectContext } from './rules/report';
import { reportSchemaErrors } from './rules/schema-errors';
import { checkVersions, type VersionEntry } from './rules/versions';
import { checkVocabularies } from './rules/vocabularies';
import { DEFAULT_MAX_DEPTH, walkObject } from './rules/walk';
import { categoryOf, isValidTypeName } from './types';

export interface ValidateOptions {
  /** Maximum nesting depth of the input (default 64). */
  maxDepth?: number;
  /** Maximum number of objects in a bundle (default 1,000,000). */
  maxObjects?: number;
}

export interface ValidationResult {
  valid: boolean;
  errors: StixIssue[];
  warnings: StixIssue[];
}

const DEFAULT_MAX_OBJECTS = 1_000_000;

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function validateObject(obj: unknown, ptr: string, depth: number, report: Report, maxDepth: number, versions: VersionEntry[] | undefined): void {
  if (!isPlainObject(obj)) {
    report.error(undefined, ptr, 'not-an-object', 'a STIX object must be a JSON object');
    return;
  }
  const id = typeof obj.id === 'string' ? obj.id : undefined;
  const type = obj.type;
  if (typeof type !== 'string') {
    report.error(id, `${ptr}/type`, type === undefined ? 'required-property' : 'wrong-type', "every STIX object needs a string 'type'");
    return;
  }
  if (type === 'bundle') {
    report.error(id, `${ptr}/type`, 'nested-bundle', 'a bundle cannot contain another bundle');
    return;
  }
  if (!isValidTypeName(type)) {
    report.error(id, `${ptr}/type`, 'invalid-type-name', `type '${type.slice(0, 60)}' must be 3-250 characters of a-z, 0-9 and single hyphens`);
    return;
  }
  const known = categoryOf(type);
  const category: ObjectContext['category'] = known ?? (obj.created !== undefined ? 'custom-sdo' : 'custom-sco');
  const ctx: ObjectContext = { obj, type, id, ptr, category, report };

  if (!walkObject(ctx, depth, maxDepth)) return;

  let validator: Validator | undefined;
  let knownProps: ReadonlySet<string> | undefined;
  if (known) {
    validator = validatorFor(type);
    knownProps = KNOWN_PROPERTIES.get(type);
  } else if (category === 'custom-sdo') {
    validator = customSdoValidator;
    knownProps = CUSTOM_SDO_PROPERTIES;
  } else {
    validator = customScoValidator;
    knownProps = CUSTOM_SCO_PROPERTIES;
  }
  if (validator && !validator(obj)) reportSchemaErrors(ctx, validator.errors ?? []);
  if (knownProps) checkPropertyNames(ctx, obj, knownProps, ptr);

  checkIdentifier(ctx);
  checkSpecVersion(ctx);
  checkOrdering(ctx);
  checkLanguage(ctx);
  if (obj.granular_markings !== undefined) checkGranularMarkings(ctx);
  if (obj.extensions !== undefined) checkExtensions(ctx);
  else if (!known) customObjectWithoutDefinition(ctx);
  checkCoConstraints(ctx);
  checkVocabularies(ctx);
  if (type === 'indicator') checkIndicatorPattern(ctx);
  else if (type === 'marking-definition') checkMarkingDefinition(ctx);
  else if (category === 'sco') checkObservableId(ctx);

  if (versions && obj.revoked === true && id !== undefined && typeof obj.modified === 'string') {
    versions.push({ id, modified: obj.modified, revoked: true, ptr });
  }
}

function otherVersions(objects: unknown[], ids: ReadonlySet<string>): VersionEntry[] {
  const out: VersionEntry[] = [];
  for (let i = 0; i < objects.length; i++) {
    const o = objects[i];
    if (!isPlainObject(o) || o.revoked === true || typeof o.id !== 'string' || !ids.has(o.id) || typeof o.modified !== 'string') continue;
    out.push({ id: o.id, modified: o.modified, revoked: false, ptr: `/objects/${i}` });
  }
  return out;
}

/** Validates a STIX 2.1 bundle or single object against the schemas and the semantic rules. */
export function validate(input: unknown, options: ValidateOptions = {}): ValidationResult {
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const maxObjects = options.maxObjects ?? DEFAULT_MAX_OBJECTS;
  const report = new Report();
  if (!isPlainObject(input)) {
    report.error(undefined, '', 'not-an-object', 'input must be a STIX bundle or a STIX object (a JSON object)');
  } else if (input.type === 'bundle') {
    const bundleId = typeof input.id === 'string' ? input.id : undefined;
    const ctx: ObjectContext = { obj: input, type: 'bundle', id: bundleId, ptr: '', category: 'meta', report };
    if (!bundleValidator(input)) reportSchemaErrors(ctx, bundleValidator.errors ?? []);
    checkIdentifier(ctx);
    // STIX 2.1 §8: bundles have no spec_version in 2.1.
    if (input.spec_version !== undefined) {
      report.warn(bundleId, '/spec_version', 'spec-version', "bundles have no 'spec_version' in STIX 2.1 (it is a STIX 2.0 property)");
    }
    const objects = input.objects;
    if (Array.isArray(objects)) {
      if (objects.length > maxObjects) {
        report.error(bundleId, '/objects', 'too-many-objects', `a bundle may hold at most ${maxObjects} objects`);
      } else {
        const revoked: VersionEntry[] = [];
        for (let i = 0; i < objects.length; i++) validateObject(objects[i], `/objects/${i}`, 2, report, maxDepth, revoked);
        // Revocations are rare: only then look at the other versions of the revoked ids.
        if (revoked.length > 0) checkVersions(revoked.concat(otherVersions(objects, new Set(revoked.map((r) => r.id)))), report);
      }
    }
  } else {
    validateObject(input, '', 0, report, maxDepth, undefined);
  }
  return { valid: report.errors.length === 0, errors: report.errors, warnings: report.warnings };
}
