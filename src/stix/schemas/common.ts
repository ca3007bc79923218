// Common properties (STIX 2.1 §3.2) and the shared data types (§2).
import { bool, dictionary, hashes, identifier, list, object, range, refList, str, strList, timestampMillis, type Schema } from './builders';

// STIX 2.1 §2.5: external-reference. The "one of description/url/external_id" rule is rules/co-constraints.ts.
export const externalReference = object(['source_name'], {
  source_name: str,
  description: str,
  url: str,
  hashes,
  external_id: str,
});

// STIX 2.1 §2.8: kill-chain-phase.
export const killChainPhase = object(['kill_chain_name', 'phase_name'], { kill_chain_name: str, phase_name: str });

// STIX 2.1 §7.2.3: granular-marking. Only `selectors` is required by the schema: exactly one of
// marking_ref / lang is a rule (the OASIS schema wrongly requires marking_ref).
export const granularMarking = object(['selectors'], { lang: str, marking_ref: identifier, selectors: strList });

// STIX 2.1 §7.3: extensions; each value is an object, checked per extension by rules/extensions.ts.
export const extensions: Schema = { ...dictionary, additionalProperties: { type: 'object' } };

/** Common properties of SDOs and SROs (STIX 2.1 §3.2). */
export const sdoCommon: Record<string, Schema> = {
  type: str,
  spec_version: str,
  id: identifier,
  created_by_ref: identifier,
  created: timestampMillis,
  modified: timestampMillis,
  revoked: bool,
  labels: strList,
  confidence: range(0, 100),
  lang: str,
  external_references: list(externalReference),
  object_marking_refs: refList,
  granular_markings: list(granularMarking),
  extensions,
};
export const sdoRequired = ['type', 'id', 'created', 'modified'];

/** Common properties of SCOs (STIX 2.1 §3.2, §6). */
export const scoCommon: Record<string, Schema> = {
  type: str,
  spec_version: str,
  id: identifier,
  object_marking_refs: refList,
  granular_markings: list(granularMarking),
  defanged: bool,
  extensions,
};
export const scoRequired = ['type', 'id'];
