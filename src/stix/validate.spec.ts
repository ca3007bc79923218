import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { validate, type ValidationResult } from './index';
import { base, fixtureObjects, fixturePath, jsonFiles, readJson } from './spec-support';

type Obj = Record<string, unknown>;
type Mutation = (o: Obj) => void;

function rulesOf(r: ValidationResult): string {
  return JSON.stringify(r.errors.map((e) => `${e.rule} ${e.path}`));
}

function expectError(obj: unknown, rule: string): ValidationResult {
  const r = validate(obj);
  assert.equal(r.valid, false, `expected rule ${rule}, but the object validated`);
  assert.ok(
    r.errors.some((e) => e.rule === rule),
    `expected rule ${rule}; got ${rulesOf(r)}`,
  );
  for (const e of r.errors) {
    assert.equal(typeof e.path, 'string');
    assert.ok(e.path === '' || e.path.startsWith('/'), `path ${e.path} is a JSON pointer`);
    assert.ok(e.message.length > 5);
  }
  return r;
}

function expectWarning(obj: unknown, rule: string): void {
  const r = validate(obj);
  assert.equal(r.valid, true, `expected only a warning, got errors ${rulesOf(r)}`);
  assert.ok(r.warnings.some((w) => w.rule === rule), `expected warning ${rule}; got ${JSON.stringify(r.warnings.map((w) => w.rule))}`);
}

const IDS = {
  identity: 'identity--f431f809-377b-45e0-aa1c-6a4751cae5ff',
  malware: 'malware--31b940d4-6f7f-459a-80ea-9c1f17b5891b',
  indicator: 'indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f',
  relationship: 'relationship--44298a74-ba52-4f0c-87a3-1824e67d7fad',
  marking: 'marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da',
  ipv4: 'ipv4-addr--28bb3599-77cd-5a82-a950-b5bc3caf07c4',
  url: 'url--0c0a5c5b-6a3a-5d4f-9e1c-2b3a4c5d6e7f',
  file: 'file--1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e',
  software: 'software--1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5f',
  emailAddr: 'email-addr--1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d60',
  mac: 'mac-addr--1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d61',
  domain: 'domain-name--1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d62',
  task: 'task--1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d63',
};
const INCIDENT_CORE = 'extension-definition--ef765651-680c-498d-9894-99799f2fa126';
const TLP2 = 'extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d';
const core = (o: Obj): Obj => (o.extensions as Obj)[INCIDENT_CORE] as Obj;
const ext = (o: Obj, name: string): Obj => (o.extensions as Obj)[name] as Obj;

const SDO_AND_SRO_TYPES = [
  'attack-pattern',
  'campaign',
  'course-of-action',
  'grouping',
  'identity',
  'incident',
  'indicator',
  'infrastructure',
  'intrusion-set',
  'location',
  'malware',
  'malware-analysis',
  'note',
  'observed-data',
  'opinion',
  'report',
  'threat-actor',
  'tool',
  'vulnerability',
  'relationship',
  'sighting',
];
const SCO_TYPES = [
  'artifact',
  'autonomous-system',
  'directory',
  'domain-name',
  'email-addr',
  'email-message',
  'file',
  'ipv4-addr',
  'ipv6-addr',
  'mac-addr',
  'mutex',
  'network-traffic',
  'process',
  'software',
  'url',
  'user-account',
  'windows-registry-key',
  'x509-certificate',
];

/** Mutations every SDO/SRO must reject, each with the rule it must fail. */
const COMMON_SDO_CASES: Array<[string, Mutation, string]> = [
  ['without created', (o) => delete o.created, 'required-property'],
  ['without modified', (o) => delete o.modified, 'required-property'],
  ['without id', (o) => delete o.id, 'required-property'],
  ['modified before created', (o) => (o.modified = '2020-01-01T00:00:00.000Z'), 'modified-before-created'],
  ['created on February 30', (o) => (o.created = '2024-02-30T00:00:00.000Z'), 'invalid-timestamp'],
  ['created on Feb 29 of a non-leap year', (o) => (o.created = '2023-02-29T00:00:00.000Z'), 'invalid-timestamp'],
  ['created with an offset instead of Z', (o) => (o.created = '2024-03-01T10:00:00.000+01:00'), 'invalid-timestamp'],
  ['created without milliseconds', (o) => (o.created = '2024-03-01T10:00:00Z'), 'invalid-timestamp'],
  ['modified at hour 24', (o) => (o.modified = '2024-03-02T24:00:00.000Z'), 'invalid-timestamp'],
  ['an id of another type', (o) => (o.id = `${o.type === 'tool' ? 'vulnerability' : 'tool'}--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0099`), 'identifier-type-mismatch'],
  ['an id that is not type--uuid', (o) => (o.id = `${String(o.type)}--1234`), 'invalid-identifier'],
  ['an id with a non-RFC 4122 variant', (o) => (o.id = `${String(o.type)}--8e2e2d2b-17d4-4cbf-c38f-98ee46b3cd3f`), 'invalid-identifier'],
  ['no spec_version', (o) => delete o.spec_version, 'spec-version'],
  ['spec_version 2.0', (o) => (o.spec_version = '2.0'), 'spec-version'],
  ['created_by_ref to a malware', (o) => (o.created_by_ref = IDS.malware), 'reference-type-not-allowed'],
  ['created_by_ref that is not an identifier', (o) => (o.created_by_ref = 'ACME'), 'invalid-reference'],
  ['object_marking_refs to an identity', (o) => (o.object_marking_refs = [IDS.identity]), 'invalid-marking-ref'],
  ['object_marking_refs with a malformed id', (o) => (o.object_marking_refs = ['marking-definition--x']), 'invalid-marking-ref'],
  ['empty labels', (o) => (o.labels = []), 'empty-list'],
  ['labels that are not strings', (o) => (o.labels = [1]), 'wrong-type'],
  ['confidence 101', (o) => (o.confidence = 101), 'out-of-range'],
  ['confidence 50.5', (o) => (o.confidence = 50.5), 'wrong-type'],
  ['revoked "yes"', (o) => (o.revoked = 'yes'), 'wrong-type'],
  ['lang that is not a language tag', (o) => (o.lang = 'english!'), 'invalid-language-tag'],
  ['a custom property with upper case', (o) => (o.Custom_Prop = 1), 'invalid-property-name'],
  ['a custom property of 2 characters', (o) => (o.ab = 1), 'invalid-property-name'],
  ['a custom property with a hyphen', (o) => (o['x-foo'] = 1), 'invalid-property-name'],
  ['a custom property of 251 characters', (o) => (o['a'.repeat(251)] = 1), 'invalid-property-name'],
  ['an external reference with only source_name', (o) => (o.external_references = [{ source_name: 'cve' }]), 'external-reference-incomplete'],
  ['an external reference without source_name', (o) => (o.external_references = [{ url: 'https://example.com' }]), 'required-property'],
  ['an external reference with a bad MD5', (o) => (o.external_references = [{ source_name: 'x', url: 'https://e.com', hashes: { MD5: 'abc' } }]), 'invalid-hash-value'],
  ['a granular marking with neither marking_ref nor lang', (o) => (o.granular_markings = [{ selectors: ['id'] }]), 'granular-marking-ref-or-lang'],
  ['a granular marking with both marking_ref and lang', (o) => (o.granular_markings = [{ marking_ref: IDS.marking, lang: 'en', selectors: ['id'] }]), 'granular-marking-ref-or-lang'],
  ['a granular marking without selectors', (o) => (o.granular_markings = [{ marking_ref: IDS.marking }]), 'required-property'],
  ['a granular marking selector that does not resolve', (o) => (o.granular_markings = [{ marking_ref: IDS.marking, selectors: ['no_such_property'] }]), 'unresolvable-selector'],
  ['a granular marking selector past the end of a list', (o) => (o.granular_markings = [{ marking_ref: IDS.marking, selectors: ['external_references.[9]'] }]), 'unresolvable-selector'],
  ['a granular marking_ref to an identity', (o) => (o.granular_markings = [{ marking_ref: IDS.identity, selectors: ['id'] }]), 'invalid-marking-ref'],
  ['a granular lang that is not a tag', (o) => (o.granular_markings = [{ lang: '12', selectors: ['id'] }]), 'invalid-language-tag'],
  ['an empty extensions dictionary', (o) => (o.extensions = {}), 'empty-dictionary'],
  ['an extension-definition extension without extension_type', (o) => (o.extensions = { 'extension-definition--9c59fd79-4215-4ba2-920d-3e4f320e1e62': { rank: 1 } }), 'extension-type'],
  ['a custom *_ref that is not an identifier', (o) => (o.x_owner_ref = 'bob'), 'invalid-reference'],
  ['a custom *_ref holding a number', (o) => (o.x_owner_ref = 5), 'invalid-reference'],
  ['a custom *_refs that is not a list', (o) => (o.x_related_refs = { a: 1 }), 'invalid-reference'],
  ['a custom *_refs with a malformed identifier', (o) => (o.x_related_refs = [IDS.malware, 'nope']), 'invalid-reference'],
];

const KILL_CHAIN_TYPES = ['attack-pattern', 'incident', 'indicator', 'infrastructure', 'malware', 'tool'];

/** Mutations every SCO must reject. */
const COMMON_SCO_CASES: Array<[string, Mutation, string]> = [
  ['an id of another type', (o) => (o.id = `${o.type === 'url' ? 'mutex' : 'url'}--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0099`), 'identifier-type-mismatch'],
  ['an id that is not an identifier', (o) => (o.id = 'x'), 'invalid-identifier'],
  ['no id', (o) => delete o.id, 'required-property'],
  ['spec_version 2.0', (o) => (o.spec_version = '2.0'), 'spec-version'],
  ['defanged "no"', (o) => (o.defanged = 'no'), 'wrong-type'],
  ['object_marking_refs to an identity', (o) => (o.object_marking_refs = [IDS.identity]), 'invalid-marking-ref'],
  ['a custom property with upper case', (o) => (o.BadName = 1), 'invalid-property-name'],
  ['a granular marking selector that does not resolve', (o) => (o.granular_markings = [{ marking_ref: IDS.marking, selectors: ['nothing'] }]), 'unresolvable-selector'],
];

/** Type-specific invalid cases: [description, base type (or id), mutation, expected rule, fixture index]. */
const TYPE_CASES: Array<[string, string, Mutation, string, number?]> = [
  ['attack-pattern without name', 'attack-pattern', (o) => delete o.name, 'required-property'],
  ['attack-pattern with numeric aliases', 'attack-pattern', (o) => (o.aliases = [1]), 'wrong-type'],
  ['campaign last_seen before first_seen', 'campaign', (o) => (o.last_seen = '2022-01-01T00:00:00Z'), 'last-seen-before-first-seen'],
  ['campaign first_seen on Feb 30', 'campaign', (o) => (o.first_seen = '2023-02-30T00:00:00Z'), 'invalid-timestamp'],
  ['course-of-action without name', 'course-of-action', (o) => delete o.name, 'required-property'],
  ['grouping without context', 'grouping', (o) => delete o.context, 'required-property'],
  ['grouping with empty object_refs', 'grouping', (o) => (o.object_refs = []), 'empty-list'],
  ['grouping with a malformed object ref', 'grouping', (o) => (o.object_refs = ['indicator']), 'invalid-reference'],
  ['identity with a numeric name', 'identity', (o) => (o.name = 5), 'wrong-type'],
  ['identity with sectors as a string', 'identity', (o) => (o.sectors = 'energy'), 'wrong-type'],
  ['incident without name', 'incident', (o) => delete o.name, 'required-property'],
  ['incident core: determination outside its enumeration', 'incident', (o) => (core(o).determination = 'maybe'), 'not-in-enumeration'],
  ['incident core: no investigation_status', 'incident', (o) => delete core(o).investigation_status, 'required-property'],
  ['incident core: no determination', 'incident', (o) => delete core(o).determination, 'required-property'],
  ['incident core: criticality 101', 'incident', (o) => (core(o).criticality = 101), 'out-of-range'],
  ['incident core: an undefined property', 'incident', (o) => (core(o).severity = 'high'), 'unknown-property'],
  ['incident core: event_ref to a task', 'incident', (o) => ((core(o).events as Obj[])[0].event_ref = IDS.task), 'reference-type-not-allowed'],
  ['incident core: next step transition outside its enumeration', 'incident', (o) => (((core(o).events as Obj[])[0].next_steps as Obj[])[0].transition_type = 'later'), 'not-in-enumeration'],
  ['incident core: task without task_ref', 'incident', (o) => delete (core(o).tasks as Obj[])[0].task_ref, 'required-property'],
  ['incident core: impact_refs to a malware', 'incident', (o) => (core(o).impact_refs = [IDS.malware]), 'reference-type-not-allowed'],
  ['incident core: recoverability outside its enumeration', 'incident', (o) => (core(o).recoverability = 'easy'), 'not-in-enumeration'],
  ['incident core: extension_type new-sdo', 'incident', (o) => (core(o).extension_type = 'new-sdo'), 'not-in-enumeration'],
  ['incident core: impacted entity key with upper case', 'incident', (o) => (core(o).impacted_entity_counts = { Systems: 1 }), 'invalid-property-name'],
  ['incident core: negative impacted entity count', 'incident', (o) => (core(o).impacted_entity_counts = { systems: -1 }), 'out-of-range'],
  ['incident core: score without value', 'incident', (o) => (core(o).scores = [{ name: 'x' }]), 'required-property'],
  ['incident core: empty events', 'incident', (o) => (core(o).events = []), 'empty-list'],
  ['incident core extension on a malware', 'malware', (o) => (o.extensions = { [INCIDENT_CORE]: { extension_type: 'property-extension', determination: 'suspected', investigation_status: 'new' } }), 'extension-wrong-type'],
  ['indicator valid_until equal to valid_from', 'indicator', (o) => (o.valid_until = o.valid_from), 'valid-until-before-valid-from'],
  ['indicator valid_until before valid_from', 'indicator', (o) => (o.valid_until = '2020-01-01T00:00:00Z'), 'valid-until-before-valid-from'],
  ['indicator with an unparsable pattern', 'indicator', (o) => (o.pattern = "[ipv4-addr:value = '1.2.3.4'"), 'invalid-pattern'],
  ['indicator pattern with an impossible timestamp', 'indicator', (o) => (o.pattern = "[file:created = t'2023-02-29T00:00:00Z']"), 'invalid-pattern'],
  ['indicator pattern with a regex that does not compile', 'indicator', (o) => (o.pattern = "[file:name MATCHES '(']"), 'invalid-pattern'],
  ['indicator pattern with a bad object type', 'indicator', (o) => (o.pattern = "[IPv4-Addr:value = '1.2.3.4']"), 'invalid-pattern'],
  ['indicator pattern with lower-case and', 'indicator', (o) => (o.pattern = "[file:name = 'a' and file:size = 1]"), 'invalid-pattern'],
  ['indicator without pattern_type', 'indicator', (o) => delete o.pattern_type, 'required-property'],
  ['indicator without valid_from', 'indicator', (o) => delete o.valid_from, 'required-property'],
  ['indicator valid_from without time', 'indicator', (o) => (o.valid_from = '2024-03-01'), 'invalid-timestamp'],
  ['indicator valid_from with lower-case z', 'indicator', (o) => (o.valid_from = '2024-03-01T00:00:00z'), 'invalid-timestamp'],
  ['indicator kill chain phases empty', 'indicator', (o) => (o.kill_chain_phases = []), 'empty-list'],
  ['infrastructure last_seen before first_seen', 'infrastructure', (o) => (o.last_seen = '2022-01-01T00:00:00Z'), 'last-seen-before-first-seen'],
  ['intrusion-set last_seen before first_seen', 'intrusion-set', (o) => ((o.first_seen = '2023-01-01T00:00:00Z'), (o.last_seen = '2022-01-01T00:00:00Z')), 'last-seen-before-first-seen'],
  ['intrusion-set goals as a string', 'intrusion-set', (o) => (o.goals = 'x'), 'wrong-type'],
  ['location without region, country or coordinates', 'location', (o) => (delete o.region, delete o.country, delete o.latitude, delete o.longitude, delete o.precision), 'location-position'],
  ['location with latitude only', 'location', (o) => delete o.longitude, 'location-coordinates-pair'],
  ['location with latitude 91', 'location', (o) => (o.latitude = 91), 'out-of-range'],
  ['location with longitude -181', 'location', (o) => (o.longitude = -181), 'out-of-range'],
  ['location precision without coordinates', 'location', (o) => (delete o.latitude, delete o.longitude), 'location-precision'],
  ['malware without is_family', 'malware', (o) => delete o.is_family, 'required-property'],
  ['malware family without name', 'malware', (o) => delete o.name, 'malware-family-name'],
  ['malware sample_refs to an ipv4-addr', 'malware', (o) => (o.sample_refs = [IDS.ipv4]), 'reference-type-not-allowed'],
  ['malware operating_system_refs to a file', 'malware', (o) => (o.operating_system_refs = [IDS.file]), 'reference-type-not-allowed'],
  ['malware last_seen before first_seen', 'malware', (o) => (o.last_seen = '2022-01-01T00:00:00Z'), 'last-seen-before-first-seen'],
  ['malware-analysis without result or analysis_sco_refs', 'malware-analysis', (o) => (delete o.result, delete o.analysis_sco_refs), 'malware-analysis-result'],
  ['malware-analysis without product', 'malware-analysis', (o) => delete o.product, 'required-property'],
  ['malware-analysis host_vm_ref to a file', 'malware-analysis', (o) => (o.host_vm_ref = IDS.file), 'reference-type-not-allowed'],
  ['malware-analysis sample_ref to an ipv4-addr', 'malware-analysis', (o) => (o.sample_ref = IDS.ipv4), 'reference-type-not-allowed'],
  ['malware-analysis analysis_sco_refs to an indicator', 'malware-analysis', (o) => (o.analysis_sco_refs = [IDS.indicator]), 'reference-type-not-allowed'],
  ['malware-analysis ended before started', 'malware-analysis', (o) => (o.analysis_ended = '2023-01-01T00:00:00Z'), 'analysis-ended-before-started'],
  ['note without content', 'note', (o) => delete o.content, 'required-property'],
  ['note without object_refs', 'note', (o) => delete o.object_refs, 'required-property'],
  ['observed-data last_observed before first_observed', 'observed-data', (o) => (o.last_observed = '2024-01-01T00:00:00Z'), 'last-observed-before-first-observed'],
  ['observed-data number_observed 0', 'observed-data', (o) => (o.number_observed = 0), 'out-of-range'],
  ['observed-data number_observed over 999,999,999', 'observed-data', (o) => (o.number_observed = 1_000_000_000), 'out-of-range'],
  ['observed-data with both objects and object_refs', 'observed-data', (o) => (o.objects = { '0': { type: 'ipv4-addr', value: '1.2.3.4' } }), 'observed-data-objects-or-refs'],
  ['observed-data with neither objects nor object_refs', 'observed-data', (o) => delete o.object_refs, 'observed-data-objects-or-refs'],
  ['observed-data object_refs to an indicator', 'observed-data', (o) => (o.object_refs = [IDS.indicator]), 'reference-type-not-allowed'],
  ['observed-data object_refs with only a relationship', 'observed-data', (o) => (o.object_refs = [IDS.relationship]), 'observed-data-needs-sco'],
  ['opinion outside its enumeration', 'opinion', (o) => (o.opinion = 'meh'), 'not-in-enumeration'],
  ['opinion without object_refs', 'opinion', (o) => delete o.object_refs, 'required-property'],
  ['report without published', 'report', (o) => delete o.published, 'required-property'],
  ['report with published on Feb 30', 'report', (o) => (o.published = '2024-02-30T00:00:00Z'), 'invalid-timestamp'],
  ['report without object_refs', 'report', (o) => delete o.object_refs, 'required-property'],
  ['threat-actor without name', 'threat-actor', (o) => delete o.name, 'required-property'],
  ['tool with numeric tool_version', 'tool', (o) => (o.tool_version = 1), 'wrong-type'],
  ['vulnerability without name', 'vulnerability', (o) => delete o.name, 'required-property'],
  ['relationship stop_time equal to start_time', 'relationship', (o) => (o.stop_time = o.start_time), 'stop-time-before-start-time'],
  ['relationship stop_time before start_time', 'relationship', (o) => (o.stop_time = '2023-01-01T00:00:00Z'), 'stop-time-before-start-time'],
  ['relationship source_ref to a marking definition', 'relationship', (o) => (o.source_ref = IDS.marking), 'reference-type-not-allowed'],
  ['relationship target_ref to a relationship', 'relationship', (o) => (o.target_ref = IDS.relationship), 'reference-type-not-allowed'],
  ['relationship without target_ref', 'relationship', (o) => delete o.target_ref, 'required-property'],
  ['relationship type with spaces', 'relationship', (o) => (o.relationship_type = 'Related To'), 'invalid-format'],
  ['sighting_of_ref to an SCO', 'sighting', (o) => (o.sighting_of_ref = IDS.ipv4), 'reference-type-not-allowed'],
  ['sighting where_sighted_refs to a malware', 'sighting', (o) => (o.where_sighted_refs = [IDS.malware]), 'reference-type-not-allowed'],
  ['sighting observed_data_refs to an indicator', 'sighting', (o) => (o.observed_data_refs = [IDS.indicator]), 'reference-type-not-allowed'],
  ['sighting count -1', 'sighting', (o) => (o.count = -1), 'out-of-range'],
  ['sighting last_seen before first_seen', 'sighting', (o) => (o.last_seen = '2023-01-01T00:00:00Z'), 'last-seen-before-first-seen'],
  ['sighting without sighting_of_ref', 'sighting', (o) => delete o.sighting_of_ref, 'required-property'],
  ['extension-definition without schema', 'extension-definition', (o) => delete o.schema, 'required-property'],
  ['extension-definition without created_by_ref', 'extension-definition', (o) => delete o.created_by_ref, 'required-property'],
  ['extension-definition with an unknown extension type', 'extension-definition', (o) => (o.extension_types = ['new-thing']), 'not-in-enumeration'],
  ['extension-definition with extension_properties but no toplevel type', 'extension-definition', (o) => (o.extension_types = ['property-extension']), 'extension-properties-misuse'],
  ['extension-definition without spec_version', 'extension-definition', (o) => delete o.spec_version, 'spec-version'],
  ['extension key that is not an identifier', 'infrastructure', (o) => (o.extensions = { 'extension-definition--nope': { extension_type: 'property-extension' } }), 'invalid-extension-key', 1],
  ['extension body with an upper-case property', 'infrastructure', (o) => (Object.values(o.extensions as Obj)[0] as Obj).BadProp = 1, 'invalid-property-name', 1],
  ['a new-sdo extension on a predefined type', 'infrastructure', (o) => ((Object.values(o.extensions as Obj)[0] as Obj).extension_type = 'new-sdo'), 'extension-type', 1],
  ['extension body with an unknown extension_type', 'infrastructure', (o) => ((Object.values(o.extensions as Obj)[0] as Obj).extension_type = 'plugin'), 'extension-type', 1],
  ['language-content with a bad language key', 'language-content', (o) => (o.contents = { 'english!': { name: 'x' } }), 'invalid-language-tag'],
  ['language-content without object_ref', 'language-content', (o) => delete o.object_ref, 'required-property'],
  ['language-content with empty contents', 'language-content', (o) => (o.contents = {}), 'empty-dictionary'],
  ['language-content with an empty translation', 'language-content', (o) => (o.contents = { de: {} }), 'empty-dictionary'],
  ['language-content without spec_version', 'language-content', (o) => delete o.spec_version, 'spec-version'],
  ['language-content object_modified on Feb 30', 'language-content', (o) => (o.object_modified = '2024-02-30T00:00:00.000Z'), 'invalid-timestamp'],
  ['statement marking without statement', 'marking-definition', (o) => (o.definition = {}), 'required-property'],
  ['statement marking without definition', 'marking-definition', (o) => delete o.definition, 'marking-definition-content'],
  ['marking definition with neither definition nor extensions', 'marking-definition', (o) => (delete o.definition, delete o.definition_type), 'marking-definition-content'],
  ['marking definition that is revoked', 'marking-definition', (o) => (o.revoked = true), 'revoked-not-allowed'],
  ['marking definition without spec_version', 'marking-definition', (o) => delete o.spec_version, 'spec-version'],
  ['marking definition without created', 'marking-definition', (o) => delete o.created, 'required-property'],
  ['TLP 1.0 green id claiming amber', 'marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da', (o) => (o.definition = { tlp: 'amber' }), 'tlp-marking-mismatch'],
  ['TLP 1.0 level outside its enumeration', 'marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da', (o) => (o.definition = { tlp: 'purple' }), 'not-in-enumeration'],
  ['TLP 1.0 marking with a made-up id', 'marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da', (o) => (o.id = 'marking-definition--11111111-2222-4333-8444-555555555555'), 'tlp-marking-mismatch'],
  ['TLP 2.0 clear id claiming red', 'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487', (o) => (ext(o, TLP2).tlp_2_0 = 'red'), 'tlp-marking-mismatch'],
  ['TLP 2.0 marking with a made-up id', 'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487', (o) => (o.id = 'marking-definition--11111111-2222-4333-8444-555555555555'), 'tlp-marking-mismatch'],
  ['TLP 2.0 level white', 'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487', (o) => (ext(o, TLP2).tlp_2_0 = 'white'), 'not-in-enumeration'],
  ['TLP 2.0 extension without tlp_2_0', 'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487', (o) => delete ext(o, TLP2).tlp_2_0, 'required-property'],
  ['custom object type with upper case', 'x-acme-device', (o) => ((o.type = 'X-Acme'), (o.id = 'X-Acme--0d6a7c8e-2f1b-4c3d-9e8f-7a6b5c4d3e2f')), 'invalid-type-name'],
  ['custom object type of 2 characters', 'x-acme-device', (o) => (o.type = 'xa'), 'invalid-type-name'],
  ['custom object type with a double hyphen', 'x-acme-device', (o) => (o.type = 'x--acme'), 'invalid-type-name'],
  ['custom object modified before created', 'x-acme-device', (o) => (o.modified = '2020-01-01T00:00:00.000Z'), 'modified-before-created'],
  ['custom object without spec_version', 'x-acme-device', (o) => delete o.spec_version, 'spec-version'],
  ['custom object with an upper-case property', 'x-acme-device', (o) => (o.Model = 'x'), 'invalid-property-name'],
  // SCOs
  ['artifact with payload_bin and url', 'artifact', (o) => ((o.url = 'https://example.com/x'), (o.hashes = { MD5: 'a'.repeat(32) })), 'artifact-payload-or-url'],
  ['artifact with neither payload_bin nor url', 'artifact', (o) => delete o.payload_bin, 'artifact-payload-or-url'],
  ['artifact url without hashes', 'artifact', (o) => delete o.hashes, 'artifact-url-needs-hashes', 1],
  ['artifact with an unknown encryption algorithm', 'artifact', (o) => (o.encryption_algorithm = 'rot13'), 'not-in-enumeration'],
  ['artifact decryption_key without algorithm', 'artifact', (o) => delete o.encryption_algorithm, 'artifact-key-needs-algorithm'],
  ['artifact payload_bin that is not base64', 'artifact', (o) => (o.payload_bin = 'not base64!'), 'invalid-format'],
  ['artifact SHA-256 of the wrong length', 'artifact', (o) => (o.hashes = { 'SHA-256': 'abcd' }), 'invalid-hash-value', 1],
  ['autonomous-system number as a string', 'autonomous-system', (o) => (o.number = '15139'), 'wrong-type'],
  ['autonomous-system negative number', 'autonomous-system', (o) => (o.number = -1), 'out-of-range'],
  ['directory without path', 'directory', (o) => delete o.path, 'required-property'],
  ['directory contains_refs to an ipv4-addr', 'directory', (o) => (o.contains_refs = [IDS.ipv4]), 'reference-type-not-allowed'],
  ['directory ctime on Feb 30', 'directory', (o) => (o.ctime = '2024-02-30T00:00:00Z'), 'invalid-timestamp'],
  ['domain-name resolves_to_refs to a url', 'domain-name', (o) => (o.resolves_to_refs = [IDS.url]), 'reference-type-not-allowed'],
  ['domain-name without value', 'domain-name', (o) => delete o.value, 'required-property'],
  ['email-addr belongs_to_ref to an email-addr', 'email-addr', (o) => (o.belongs_to_ref = IDS.emailAddr), 'reference-type-not-allowed'],
  ['email-message multipart with body', 'email-message', (o) => (o.body = 'hello'), 'email-message-body'],
  ['email-message not multipart with body_multipart', 'email-message', (o) => (o.is_multipart = false), 'email-message-body'],
  ['email-message without is_multipart', 'email-message', (o) => delete o.is_multipart, 'required-property'],
  ['email-message from_ref to a url', 'email-message', (o) => (o.from_ref = IDS.url), 'reference-type-not-allowed'],
  ['email-message to_refs to an ipv4-addr', 'email-message', (o) => (o.to_refs = [IDS.ipv4]), 'reference-type-not-allowed'],
  ['email-message body_raw_ref to an ipv4-addr', 'email-message', (o) => ((o.body_multipart as Obj[])[1].body_raw_ref = IDS.ipv4), 'reference-type-not-allowed'],
  ['email-message date on Feb 30', 'email-message', (o) => (o.date = '1997-02-30T15:55:06Z'), 'invalid-timestamp'],
  ['file with neither hashes nor name', 'file', (o) => (delete o.hashes, delete o.name), 'file-hashes-or-name'],
  ['file MD5 that is not 32 hex digits', 'file', (o) => ((o.hashes as Obj).MD5 = 'xyz'), 'invalid-hash-value'],
  ['file SHA-1 of 39 digits', 'file', (o) => (o.hashes = { 'SHA-1': 'a'.repeat(39) }), 'invalid-hash-value'],
  ['file SHA-512 of 64 digits', 'file', (o) => (o.hashes = { 'SHA-512': 'a'.repeat(64) }), 'invalid-hash-value'],
  ['file hash algorithm name with a space', 'file', (o) => (o.hashes = { 'my hash': 'a'.repeat(32) }), 'invalid-hash-key'],
  ['file with empty hashes', 'file', (o) => (o.hashes = {}), 'empty-dictionary'],
  ['file negative size', 'file', (o) => (o.size = -1), 'out-of-range'],
  ['file parent_directory_ref to a file', 'file', (o) => (o.parent_directory_ref = IDS.file), 'reference-type-not-allowed'],
  ['file magic_number_hex that is not hex', 'file', (o) => (o.magic_number_hex = 'zz'), 'invalid-format'],
  ['file content_ref to a url', 'file', (o) => (o.content_ref = IDS.url), 'reference-type-not-allowed'],
  ['file PE extension without pe_type', 'file', (o) => delete ext(o, 'windows-pebinary-ext').pe_type, 'required-property'],
  ['file PE section without name', 'file', (o) => delete (ext(o, 'windows-pebinary-ext').sections as Obj[])[0].name, 'required-property'],
  ['file PE section with a bad MD5', 'file', (o) => ((ext(o, 'windows-pebinary-ext').sections as Obj[])[0].hashes = { MD5: '0' }), 'invalid-hash-value'],
  ['file PE time_date_stamp on Feb 30', 'file', (o) => (ext(o, 'windows-pebinary-ext').time_date_stamp = '2016-02-30T12:31:12Z'), 'invalid-timestamp'],
  ['file NTFS stream without name', 'file', (o) => delete (ext(o, 'ntfs-ext').alternate_data_streams as Obj[])[0].name, 'required-property'],
  ['file raster image negative height', 'file', (o) => (ext(o, 'raster-image-ext').image_height = -5), 'out-of-range'],
  ['file pdf is_optimized as a string', 'file', (o) => (ext(o, 'pdf-ext').is_optimized = 'no'), 'wrong-type'],
  ['file archive contains_refs to an ipv4-addr', 'file', (o) => (ext(o, 'archive-ext').contains_refs = [IDS.ipv4]), 'reference-type-not-allowed', 1],
  ['file archive without contains_refs', 'file', (o) => delete ext(o, 'archive-ext').contains_refs, 'required-property', 1],
  ['ipv4-addr without value', 'ipv4-addr', (o) => delete o.value, 'required-property'],
  ['ipv4-addr resolves_to_refs to a domain-name', 'ipv4-addr', (o) => (o.resolves_to_refs = [IDS.domain]), 'reference-type-not-allowed'],
  ['ipv4-addr belongs_to_refs to a mac-addr', 'ipv4-addr', (o) => (o.belongs_to_refs = [IDS.mac]), 'reference-type-not-allowed'],
  ['ipv6-addr numeric value', 'ipv6-addr', (o) => (o.value = 5), 'wrong-type'],
  ['mac-addr with upper case and dashes', 'mac-addr', (o) => (o.value = 'D2-FB-49-24-37-18'), 'invalid-format'],
  ['mutex without name', 'mutex', (o) => delete o.name, 'required-property'],
  ['network-traffic without src_ref or dst_ref', 'network-traffic', (o) => (delete o.src_ref, delete o.dst_ref), 'network-traffic-endpoint'],
  ['network-traffic active with end', 'network-traffic', (o) => (o.is_active = true), 'network-traffic-active-end'],
  ['network-traffic end before start', 'network-traffic', (o) => (o.end = '2024-01-01T00:00:00Z'), 'end-before-start'],
  ['network-traffic port 70000', 'network-traffic', (o) => (o.dst_port = 70000), 'out-of-range'],
  ['network-traffic empty protocols', 'network-traffic', (o) => (o.protocols = []), 'empty-list'],
  ['network-traffic without protocols', 'network-traffic', (o) => delete o.protocols, 'required-property'],
  ['network-traffic src_ref to a url', 'network-traffic', (o) => (o.src_ref = IDS.url), 'reference-type-not-allowed'],
  ['network-traffic HTTP extension without request_method', 'network-traffic', (o) => delete ext(o, 'http-request-ext').request_method, 'required-property'],
  ['network-traffic HTTP body ref to a file', 'network-traffic', (o) => (ext(o, 'http-request-ext').message_body_data_ref = IDS.file), 'reference-type-not-allowed'],
  ['network-traffic TCP flags that are not hex', 'network-traffic', (o) => (ext(o, 'tcp-ext').src_flags_hex = 'SYN'), 'invalid-format'],
  ['network-traffic socket address family outside its enumeration', 'network-traffic', (o) => (ext(o, 'socket-ext').address_family = 'AF_FOO'), 'not-in-enumeration', 1],
  ['network-traffic socket type outside its enumeration', 'network-traffic', (o) => (ext(o, 'socket-ext').socket_type = 'SOCK_FOO'), 'not-in-enumeration', 1],
  ['network-traffic ICMP type that is not hex', 'network-traffic', (o) => (ext(o, 'icmp-ext').icmp_type_hex = 'zz'), 'invalid-format', 1],
  ['network-traffic ICMP without code', 'network-traffic', (o) => delete ext(o, 'icmp-ext').icmp_code_hex, 'required-property', 1],
  ['process with no property besides type and id', 'process', (o) => { for (const k of Object.keys(o)) if (!['type', 'id', 'spec_version'].includes(k)) delete o[k]; }, 'sco-empty'],
  ['process pid as a string', 'process', (o) => (o.pid = '1221'), 'wrong-type'],
  ['process image_ref to a url', 'process', (o) => (o.image_ref = IDS.url), 'reference-type-not-allowed'],
  ['process opened_connection_refs to an ipv4-addr', 'process', (o) => (o.opened_connection_refs = [IDS.ipv4]), 'reference-type-not-allowed'],
  ['process integrity level outside its enumeration', 'process', (o) => (ext(o, 'windows-process-ext').integrity_level = 'ultra'), 'not-in-enumeration'],
  ['process service start type outside its enumeration', 'process', (o) => (ext(o, 'windows-service-ext').start_type = 'SOMETIMES'), 'not-in-enumeration'],
  ['process service DLL refs to an ipv4-addr', 'process', (o) => (ext(o, 'windows-service-ext').service_dll_refs = [IDS.ipv4]), 'reference-type-not-allowed'],
  ['process created_time on Feb 30', 'process', (o) => (o.created_time = '2016-02-30T14:11:25.55Z'), 'invalid-timestamp'],
  ['software without name', 'software', (o) => delete o.name, 'required-property'],
  ['software languages as a string', 'software', (o) => (o.languages = 'eng'), 'wrong-type'],
  ['url without value', 'url', (o) => delete o.value, 'required-property'],
  ['user-account expires before created', 'user-account', (o) => (o.account_expires = '2015-01-01T00:00:00Z'), 'account-expires-before-created'],
  ['user-account is_privileged as a string', 'user-account', (o) => (o.is_privileged = 'yes'), 'wrong-type'],
  ['user-account unix gid as a string', 'user-account', (o) => (ext(o, 'unix-account-ext').gid = 'wheel'), 'wrong-type'],
  ['windows-registry-key value type outside its enumeration', 'windows-registry-key', (o) => ((o.values as Obj[])[0].data_type = 'REG_FOO'), 'not-in-enumeration'],
  ['windows-registry-key creator_user_ref to an email-addr', 'windows-registry-key', (o) => (o.creator_user_ref = IDS.emailAddr), 'reference-type-not-allowed'],
  ['windows-registry-key negative subkey count', 'windows-registry-key', (o) => (o.number_of_subkeys = -1), 'out-of-range'],
  ['x509-certificate validity ends before it begins', 'x509-certificate', (o) => (o.validity_not_after = '2015-01-01T00:00:00Z'), 'validity-not-after-before-not-before'],
  ['x509-certificate negative exponent', 'x509-certificate', (o) => (o.subject_public_key_exponent = -1), 'out-of-range'],
  ['x509-certificate v3 extension with a bad timestamp', 'x509-certificate', (o) => ((o.x509_v3_extensions as Obj).private_key_usage_period_not_before = 'yesterday'), 'invalid-timestamp'],
];

const WARNING_CASES: Array<[string, string, Mutation, string]> = [
  ['pattern_type outside pattern-type-ov', 'indicator', (o) => ((o.pattern_type = 'kql'), (o.pattern = 'x')), 'open-vocabulary'],
  ['indicator_types outside indicator-type-ov', 'indicator', (o) => (o.indicator_types = ['spooky']), 'open-vocabulary'],
  ['identity_class outside identity-class-ov', 'identity', (o) => (o.identity_class = 'nonprofit'), 'open-vocabulary'],
  ['sectors outside industry-sector-ov', 'identity', (o) => (o.sectors = ['space']), 'open-vocabulary'],
  ['grouping context outside grouping-context-ov', 'grouping', (o) => (o.context = 'other'), 'open-vocabulary'],
  ['threat-actor roles outside threat-actor-role-ov', 'threat-actor', (o) => (o.roles = ['boss']), 'open-vocabulary'],
  ['malware_types outside malware-type-ov', 'malware', (o) => (o.malware_types = ['firmware-implant']), 'open-vocabulary'],
  ['location region outside region-ov', 'location', (o) => (o.region = 'bavaria'), 'open-vocabulary'],
  ['account_type outside account-type-ov', 'user-account', (o) => (o.account_type = 'mastodon'), 'open-vocabulary'],
  ['an SDO id with a version 1 UUID', 'malware', (o) => (o.id = 'malware--31b940d4-6f7f-159a-80ea-9c1f17b5891b'), 'uuid-not-v4'],
  ['an SCO id that is not its deterministic id', 'ipv4-addr', (o) => (o.id = 'ipv4-addr--1e4ffad7-0b88-41d4-ba4d-77d27490b956'), 'sco-id-not-deterministic'],
  ['a hash algorithm outside hash-algorithm-ov', 'file', (o) => (o.hashes = { md5: 'a'.repeat(32) }), 'unknown-hash-algorithm'],
  ['an extension that is neither predefined nor defined', 'file', (o) => (o.extensions = { 'x-acme-ext': { rank: 1 } }), 'unknown-extension'],
  ['a marking definition with modified', 'marking-definition', (o) => (o.modified = o.created), 'marking-definition-versioned'],
  ['pe_type outside windows-pebinary-type-ov', 'file', (o) => (ext(o, 'windows-pebinary-ext').pe_type = 'efi'), 'open-vocabulary'],
  ['investigation_status outside investigation-status-ov', 'incident', (o) => (core(o).investigation_status = 'triage'), 'open-vocabulary'],
  ['a custom object type without an extension definition', 'x-acme-device', (o) => delete o.extensions, 'deprecated-custom-object'],
  ['observed-data with the deprecated objects', 'observed-data', (o) => (delete o.object_refs, (o.objects = { '0': { type: 'ipv4-addr', value: '1.2.3.4' } })), 'deprecated-property'],
  ['a marking definition with an unknown definition_type', 'marking-definition', (o) => ((o.definition_type = 'acme'), (o.definition = { level: 1 })), 'unknown-definition-type'],
];

describe('validate: valid fixtures', () => {
  it('accepts an SCO without spec_version (optional on SCOs)', () => {
    const o = base('url');
    delete o.spec_version;
    assert.deepEqual(validate(o).errors, []);
  });

  it('accepts custom properties and a custom object type', () => {
    const o = base('indicator');
    o.x_acme_fleet = { models: ['TCU-5'], count: 3 };
    o.fleet_size = 20000;
    assert.deepEqual(validate(o).errors, []);
    assert.deepEqual(validate(base('x-acme-device')).errors, []);
  });

  for (const file of jsonFiles(fixturePath('valid'))) {
    it(`accepts ${file.split('__fixtures__')[1]}`, () => {
      const r = validate(readJson(file));
      assert.deepEqual(r.errors, []);
      assert.equal(r.valid, true);
    });
  }

  it('covers every SDO, SRO and SCO type', () => {
    const types = new Set(fixtureObjects().map((o) => o.type));
    for (const t of [...SDO_AND_SRO_TYPES, ...SCO_TYPES, 'marking-definition', 'extension-definition', 'language-content']) {
      assert.ok(types.has(t), `no valid fixture for ${t}`);
    }
  });

  for (const o of fixtureObjects()) {
    it(`accepts ${String(o.type)} ${String(o.id)} on its own`, () => {
      const r = validate(structuredClone(o));
      assert.deepEqual(r.errors, []);
    });
  }
});

describe('validate: common SDO/SRO rules', () => {
  for (const type of SDO_AND_SRO_TYPES) {
    for (const [name, mutate, rule] of COMMON_SDO_CASES) {
      it(`${type} with ${name} fails ${rule}`, () => {
        const o = base(type);
        mutate(o);
        expectError(o, rule);
      });
    }
  }
});

describe('validate: kill chain phases', () => {
  for (const type of KILL_CHAIN_TYPES) {
    it(`${type} with a kill chain phase without phase_name fails required-property`, () => {
      const o = base(type);
      o.kill_chain_phases = [{ kill_chain_name: 'lockheed' }];
      expectError(o, 'required-property');
    });
    it(`${type} with kill_chain_phases as a string fails wrong-type`, () => {
      const o = base(type);
      o.kill_chain_phases = 'recon';
      expectError(o, 'wrong-type');
    });
  }
});

describe('validate: common SCO rules', () => {
  for (const type of SCO_TYPES) {
    for (const [name, mutate, rule] of COMMON_SCO_CASES) {
      it(`${type} with ${name} fails ${rule}`, () => {
        const o = base(type);
        mutate(o);
        expectError(o, rule);
      });
    }
  }
});

describe('validate: type-specific rules', () => {
  for (const [name, type, mutate, rule, n] of TYPE_CASES) {
    it(`${name} fails ${rule}`, () => {
      const o = base(type, n ?? 0);
      mutate(o);
      expectError(o, rule);
    });
  }
});

describe('validate: warnings never make a document invalid', () => {
  for (const [name, type, mutate, rule] of WARNING_CASES) {
    it(`${name} warns ${rule}`, () => {
      const o = base(type);
      mutate(o);
      expectWarning(o, rule);
    });
  }
});
