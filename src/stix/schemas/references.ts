// Allowed target types of every predefined *_ref / *_refs property (STIX 2.1 §4-§7).
// Special targets: 'SDO', 'SCO', 'SRO' stand for the category (custom types are accepted
// for a category since their category cannot be known); '*' is any object type.

export type RefTarget = string;

const SCO_OR_SDO = ['SDO', 'SCO'];

/** Refs common to all objects. */
export const COMMON_REFS: Record<string, readonly RefTarget[]> = {
  created_by_ref: ['identity'],
  object_marking_refs: ['marking-definition'],
  marking_ref: ['marking-definition'],
};

/** Per object type (top-level properties). */
export const TYPE_REFS: Record<string, Record<string, readonly RefTarget[]>> = {
  grouping: { object_refs: ['*'] },
  malware: { operating_system_refs: ['software'], sample_refs: ['file', 'artifact'] },
  'malware-analysis': {
    host_vm_ref: ['software'],
    operating_system_ref: ['software'],
    installed_software_refs: ['software'],
    analysis_sco_refs: ['SCO'],
    sample_ref: ['file', 'artifact', 'network-traffic'],
  },
  note: { object_refs: ['*'] },
  'observed-data': { object_refs: ['SCO', 'relationship', 'sighting'] },
  opinion: { object_refs: ['*'] },
  report: { object_refs: ['*'] },
  // STIX 2.1 §5.1: source_ref/target_ref MUST be SDO or SCO identifiers.
  relationship: { source_ref: SCO_OR_SDO, target_ref: SCO_OR_SDO },
  // STIX 2.1 §5.2: sighting_of_ref points to an SDO.
  sighting: { sighting_of_ref: ['SDO'], observed_data_refs: ['observed-data'], where_sighted_refs: ['identity', 'location'] },
  'language-content': { object_ref: ['*'] },
  directory: { contains_refs: ['file', 'directory'] },
  'domain-name': { resolves_to_refs: ['ipv4-addr', 'ipv6-addr', 'domain-name'] },
  'email-addr': { belongs_to_ref: ['user-account'] },
  'email-message': {
    from_ref: ['email-addr'],
    sender_ref: ['email-addr'],
    to_refs: ['email-addr'],
    cc_refs: ['email-addr'],
    bcc_refs: ['email-addr'],
    raw_email_ref: ['artifact'],
    body_raw_ref: ['artifact', 'file'],
  },
  file: { parent_directory_ref: ['directory'], contains_refs: ['SCO'], content_ref: ['artifact'] },
  'ipv4-addr': { resolves_to_refs: ['mac-addr'], belongs_to_refs: ['autonomous-system'] },
  'ipv6-addr': { resolves_to_refs: ['mac-addr'], belongs_to_refs: ['autonomous-system'] },
  'network-traffic': {
    src_ref: ['ipv4-addr', 'ipv6-addr', 'mac-addr', 'domain-name'],
    dst_ref: ['ipv4-addr', 'ipv6-addr', 'mac-addr', 'domain-name'],
    src_payload_ref: ['artifact'],
    dst_payload_ref: ['artifact'],
    encapsulates_refs: ['network-traffic'],
    encapsulated_by_ref: ['network-traffic'],
  },
  process: {
    opened_connection_refs: ['network-traffic'],
    creator_user_ref: ['user-account'],
    image_ref: ['file'],
    parent_ref: ['process'],
    child_refs: ['process'],
  },
  'windows-registry-key': { creator_user_ref: ['user-account'] },
};

/** Per extension name (properties inside that extension). */
export const EXTENSION_REFS: Record<string, Record<string, readonly RefTarget[]>> = {
  'archive-ext': { contains_refs: ['file', 'directory'] },
  'http-request-ext': { message_body_data_ref: ['artifact'] },
  'windows-service-ext': { service_dll_refs: ['file'] },
  'extension-definition--ef765651-680c-498d-9894-99799f2fa126': {
    event_ref: ['event'],
    task_ref: ['task'],
    impact_refs: ['impact'],
  },
};
