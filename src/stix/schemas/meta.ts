// Marking definitions (§7.2), extension definitions (§7.3), language content (§7.1), bundle (§8).
import { bool, enumOf, identifier, list, object, refList, str, strList, timestamp, timestampMillis, type Schema } from './builders';
import { extensions, externalReference, granularMarking } from './common';
import type { TypeSchema } from './sdo';
import { ENUM } from './vocabularies';

export const TLP2_EXTENSION_ID = 'extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d';

export const META_SCHEMAS: Record<string, TypeSchema> = {
  // §7.2.1: not versioned, so no `modified`; definition_type/definition are deprecated in
  // favour of extensions (co-constraint rule marking-definition-content).
  'marking-definition': {
    required: ['type', 'id', 'created'],
    properties: {
      type: str,
      spec_version: str,
      id: identifier,
      created_by_ref: identifier,
      created: timestampMillis,
      external_references: list(externalReference),
      object_marking_refs: refList,
      granular_markings: list(granularMarking),
      extensions,
      name: str,
      definition_type: str,
      definition: { type: 'object' },
    },
  },
  // §7.3.1
  'extension-definition': {
    required: ['type', 'id', 'created', 'modified', 'created_by_ref', 'name', 'schema', 'version', 'extension_types'],
    properties: {
      type: str,
      spec_version: str,
      id: identifier,
      created_by_ref: identifier,
      created: timestampMillis,
      modified: timestampMillis,
      revoked: bool,
      labels: strList,
      external_references: list(externalReference),
      object_marking_refs: refList,
      granular_markings: list(granularMarking),
      name: str,
      description: str,
      schema: str,
      version: str,
      extension_types: list(enumOf(ENUM['extension-type-enum'])),
      extension_properties: strList,
    },
  },
  // §7.1.1
  'language-content': {
    required: ['type', 'id', 'created', 'modified', 'object_ref', 'contents'],
    properties: {
      type: str,
      spec_version: str,
      id: identifier,
      created_by_ref: identifier,
      created: timestampMillis,
      modified: timestampMillis,
      revoked: bool,
      labels: strList,
      confidence: { type: 'integer', minimum: 0, maximum: 100 },
      external_references: list(externalReference),
      object_marking_refs: refList,
      granular_markings: list(granularMarking),
      extensions,
      object_ref: identifier,
      object_modified: timestamp,
      contents: { type: 'object', minProperties: 1, additionalProperties: { type: 'object', minProperties: 1 } },
    },
  },
};

/** §7.2.1.3 statement marking and §7.2.1.4 TLP 1.0 marking bodies. */
export const STATEMENT_DEFINITION: Schema = object(['statement'], { statement: str });
export const TLP1_DEFINITION: Schema = object(['tlp'], { tlp: enumOf(['white', 'green', 'amber', 'red']) });
/** FIRST TLP 2.0 as a STIX property extension (oasis-open/cti-stix-common-objects). */
export const TLP2_EXTENSION: Schema = object(['extension_type', 'tlp_2_0'], {
  extension_type: enumOf(['property-extension']),
  tlp_2_0: enumOf(['clear', 'green', 'amber', 'amber+strict', 'red']),
});

/** §8: bundle envelope; each object is validated on its own. */
export const BUNDLE_SCHEMA: Schema = object(['type', 'id', 'objects'], {
  type: enumOf(['bundle']),
  id: identifier,
  objects: { type: 'array', items: { type: 'object' } },
});
