// The only import path into the anonymizer library.

export { anonymize } from './anonymize';
export { DEFAULT_POLICY } from './default-policy';
export { EXCHANGE_IDENTITY, EXCHANGE_IDENTITY_ID } from './exchange';
export { createKeyring, type Keyring } from './keyring';
export { AnonymizerError, type AnonymizerErrorCode } from './errors';
export type {
  AnonymizationResult,
  AnonymizeOptions,
  AnonymizerPolicy,
  KeptFinding,
  PropertyAction,
  ResidualRiskReport,
  StixBundle,
  StixObject,
  SubmitterProfile,
  Transformation,
} from './types';
