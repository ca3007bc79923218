// The 2 STIX Relationship Objects (STIX 2.1 §5), shape only; see ../rules for the rest.
import { bool, identifier, range, refList, str, timestamp } from './builders';
import type { TypeSchema } from './sdo';

/** SROs (STIX 2.1 §5). */
export const SRO_SCHEMAS: Record<string, TypeSchema> = {
  // §5.1
  relationship: {
    required: ['relationship_type', 'source_ref', 'target_ref'],
    properties: {
      relationship_type: { type: 'string', pattern: '^[a-z0-9-]+$', minLength: 3, maxLength: 250 },
      description: str,
      source_ref: identifier,
      target_ref: identifier,
      start_time: timestamp,
      stop_time: timestamp,
    },
  },
  // §5.2
  sighting: {
    required: ['sighting_of_ref'],
    properties: {
      description: str,
      first_seen: timestamp,
      last_seen: timestamp,
      count: range(0, 999_999_999),
      sighting_of_ref: identifier,
      observed_data_refs: refList,
      where_sighted_refs: refList,
      summary: bool,
    },
  },
};

