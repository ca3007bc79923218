// The only import path into the STIX library for the rest of ShieldShare.

export * from './pattern/ast';
export { parsePattern, collectObservables } from './pattern/parser';
export { printPattern, printPath, printLiteral } from './pattern/print';
export { StixPatternError, StixValidationError, type StixIssue } from './errors';
export { validate, type ValidateOptions, type ValidationResult } from './validate';
export { precompileSchemas } from './schemas/compile';
export { deterministicObservableId, canonicalJson, parseIdentifier, STIX_SCO_NAMESPACE, ID_CONTRIBUTING_PROPERTIES } from './ids';
export { isObservableType, categoryOf, type StixCategory } from './types';
export { newVersion, revoke, type Clock } from './versioning';
export { isStixTimestamp, compareTimestamps } from './timestamps';
export { TLP1_IDS, TLP2_IDS, tlp1LevelOf, tlp2LevelOf, tlp2MarkingDefinition } from './tlp';
