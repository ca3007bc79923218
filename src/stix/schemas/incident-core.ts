// OASIS CTI TC Incident Core extension (oasis-open/cti-stix-common-objects,
// extension-definition-specifications/incident-core), applied when an incident carries it.
import { enumOf, identifier, list, nonNegInt, num, object, range, str, strList, type Schema } from './builders';

export const INCIDENT_CORE_ID = 'extension-definition--ef765651-680c-498d-9894-99799f2fa126';

const recoverability = enumOf(['not-applicable', 'regular', 'supplemented', 'extended', 'not-recoverable']);
const step = (refName: string): Schema =>
  object(['condition_type', refName, 'transition_type'], {
    condition_type: enumOf(['optional', 'required', 'unknown']),
    [refName]: identifier,
    transition_type: enumOf(['completion', 'failure', 'success', 'unknown']),
  });

export const INCIDENT_CORE_SCHEMA: Schema = {
  type: 'object',
  required: ['extension_type', 'determination', 'investigation_status'],
  additionalProperties: false,
  properties: {
    extension_type: enumOf(['property-extension']),
    scores: list(object(['name', 'value'], { name: str, value: num, description: str })),
    events: list({
      type: 'object',
      additionalProperties: false,
      required: ['event_ref'],
      properties: { event_ref: identifier, sequence_start: { type: 'boolean' }, next_steps: list({ ...step('event_ref'), additionalProperties: false }) },
    }),
    tasks: list({
      type: 'object',
      additionalProperties: false,
      required: ['task_ref'],
      properties: { task_ref: identifier, sequence_start: { type: 'boolean' }, next_steps: list({ ...step('task_ref'), additionalProperties: false }) },
    }),
    determination: enumOf(['blocked', 'failed-attempt', 'false-positive', 'low-value', 'successful-attempt', 'suspected']),
    impact_refs: list(identifier),
    investigation_status: str,
    incident_types: strList,
    detection_methods: strList,
    criticality: range(0, 100),
    recoverability,
    impacted_entity_counts: {
      type: 'object',
      propertyNames: { pattern: '^[a-z-]+$' },
      additionalProperties: nonNegInt,
    },
  },
};

/** Reference targets inside the extension (the `-` prefixed types are defined by sibling extensions). */
export const INCIDENT_CORE_REFS: Record<string, readonly string[]> = {
  event_ref: ['event'],
  task_ref: ['task'],
  impact_refs: ['impact'],
};
