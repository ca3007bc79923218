// The 19 STIX Domain Objects (STIX 2.1 §4), shape only; see ../rules for the rest.
import { bool, enumOf, identifier, list, range, refList, str, strList, timestamp, type Schema } from './builders';
import { killChainPhase } from './common';
import { ENUM } from './vocabularies';

export interface TypeSchema {
  required: string[];
  properties: Record<string, Schema>;
}

const kcp = list(killChainPhase);

export const SDO_SCHEMAS: Record<string, TypeSchema> = {
  // §4.1
  'attack-pattern': { required: ['name'], properties: { name: str, description: str, aliases: strList, kill_chain_phases: kcp } },
  // §4.2
  campaign: {
    required: ['name'],
    properties: { name: str, description: str, aliases: strList, first_seen: timestamp, last_seen: timestamp, objective: str },
  },
  // §4.3 (action, os_execution_envs, action_type, action_bin, action_reference are reserved)
  'course-of-action': { required: ['name'], properties: { name: str, description: str } },
  // §4.4
  grouping: { required: ['context', 'object_refs'], properties: { name: str, description: str, context: str, object_refs: refList } },
  // §4.5
  identity: {
    required: ['name'],
    properties: { name: str, description: str, roles: strList, identity_class: str, sectors: strList, contact_information: str },
  },
  // §4.6
  incident: { required: ['name'], properties: { name: str, description: str, kill_chain_phases: kcp } },
  // §4.7
  indicator: {
    required: ['pattern', 'pattern_type', 'valid_from'],
    properties: {
      name: str,
      description: str,
      indicator_types: strList,
      pattern: str,
      pattern_type: str,
      pattern_version: str,
      valid_from: timestamp,
      valid_until: timestamp,
      kill_chain_phases: kcp,
    },
  },
  // §4.8
  infrastructure: {
    required: ['name'],
    properties: {
      name: str,
      description: str,
      infrastructure_types: strList,
      aliases: strList,
      kill_chain_phases: kcp,
      first_seen: timestamp,
      last_seen: timestamp,
    },
  },
  // §4.9
  'intrusion-set': {
    required: ['name'],
    properties: {
      name: str,
      description: str,
      aliases: strList,
      first_seen: timestamp,
      last_seen: timestamp,
      goals: strList,
      resource_level: str,
      primary_motivation: str,
      secondary_motivations: strList,
    },
  },
  // §4.10 (region/country/coordinates co-constraints are rules)
  location: {
    required: [],
    properties: {
      name: str,
      description: str,
      latitude: range(-90, 90, false),
      longitude: range(-180, 180, false),
      precision: { type: 'number', minimum: 0 },
      region: str,
      country: str,
      administrative_area: str,
      city: str,
      street_address: str,
      postal_code: str,
    },
  },
  // §4.11
  malware: {
    required: ['is_family'],
    properties: {
      name: str,
      description: str,
      malware_types: strList,
      is_family: bool,
      aliases: strList,
      kill_chain_phases: kcp,
      first_seen: timestamp,
      last_seen: timestamp,
      operating_system_refs: refList,
      architecture_execution_envs: strList,
      implementation_languages: strList,
      capabilities: strList,
      sample_refs: refList,
    },
  },
  // §4.12
  'malware-analysis': {
    required: ['product'],
    properties: {
      product: str,
      version: str,
      host_vm_ref: identifier,
      operating_system_ref: identifier,
      installed_software_refs: refList,
      configuration_version: str,
      modules: strList,
      analysis_engine_version: str,
      analysis_definition_version: str,
      submitted: timestamp,
      analysis_started: timestamp,
      analysis_ended: timestamp,
      result_name: str,
      result: str,
      analysis_sco_refs: refList,
      sample_ref: identifier,
    },
  },
  // §4.13
  note: { required: ['content', 'object_refs'], properties: { abstract: str, content: str, authors: strList, object_refs: refList } },
  // §4.14 (`objects` is deprecated; objects XOR object_refs is a rule)
  'observed-data': {
    required: ['first_observed', 'last_observed', 'number_observed'],
    properties: {
      first_observed: timestamp,
      last_observed: timestamp,
      number_observed: range(1, 999_999_999),
      objects: { type: 'object', minProperties: 1, additionalProperties: { type: 'object' } },
      object_refs: refList,
    },
  },
  // §4.15
  opinion: {
    required: ['opinion', 'object_refs'],
    properties: { explanation: str, authors: strList, opinion: enumOf(ENUM['opinion-enum']), object_refs: refList },
  },
  // §4.16
  report: {
    required: ['name', 'published', 'object_refs'],
    properties: { name: str, description: str, report_types: strList, published: timestamp, object_refs: refList },
  },
  // §4.17
  'threat-actor': {
    required: ['name'],
    properties: {
      name: str,
      description: str,
      threat_actor_types: strList,
      aliases: strList,
      first_seen: timestamp,
      last_seen: timestamp,
      roles: strList,
      goals: strList,
      sophistication: str,
      resource_level: str,
      primary_motivation: str,
      secondary_motivations: strList,
      personal_motivations: strList,
    },
  },
  // §4.18
  tool: {
    required: ['name'],
    properties: { name: str, description: str, tool_types: strList, aliases: strList, kill_chain_phases: kcp, tool_version: str },
  },
  // §4.19
  vulnerability: { required: ['name'], properties: { name: str, description: str } },
};
