import { uuidv5 } from './pseudonyms';
import type { AnonymizerPolicy, StixObject } from './types';

// The exchange's own STIX objects: the identity every `created_by_ref` is rewritten to,
// and the statement marking naming the policy version. Constant so members can pin them.

/** The exchange identity's id (UUIDv5 of the exchange URL in the RFC 4122 URL namespace). */
export const EXCHANGE_IDENTITY_ID = 'identity--05662f97-45e1-53c4-8537-ed9b8f05b8a1';

/** The exchange identity object that replaces submitter attribution in published data. */
export const EXCHANGE_IDENTITY: Readonly<StixObject> = Object.freeze({
  type: 'identity',
  spec_version: '2.1',
  id: EXCHANGE_IDENTITY_ID,
  created: '2026-01-01T00:00:00.000Z',
  modified: '2026-01-01T00:00:00.000Z',
  name: 'ShieldShare Exchange',
  identity_class: 'organization',
  sectors: ['technology'],
});

/** TLP 1.0 and 2.0 marking-definition ids (STIX 2.1 §7.2.1.4 and the FIRST TLP 2.0 extension). */
export const TLP_MARKING_IDS = new Set([
  'marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9',
  'marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da',
  'marking-definition--f88d31f6-486f-44da-b317-01333bde0b82',
  'marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed',
  'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487',
  'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb',
  'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421',
  'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003',
  'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1',
]);

const NS = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';
// Statement ids by policy version: a handful of versions ever exist.
const statementIds = new Map<string, string>();

function statementId(version: string): string {
  let id = statementIds.get(version);
  if (id === undefined) {
    id = `marking-definition--${uuidv5(NS, `https://shieldshare.example/policy/${version}`)}`;
    if (statementIds.size < 64) statementIds.set(version, id);
  }
  return id;
}

/** The statement marking naming the policy version, added to every published object. */
export function statementMarking(policy: AnonymizerPolicy): StixObject {
  return {
    type: 'marking-definition',
    spec_version: '2.1',
    id: statementId(policy.version),
    created: '2026-01-01T00:00:00.000Z',
    created_by_ref: EXCHANGE_IDENTITY_ID,
    name: `ShieldShare legal-shield policy ${policy.version}`,
    definition_type: 'statement',
    definition: { statement: policy.statement.replace('{version}', policy.version) },
  };
}

/** Whether a marking-definition object is a TLP marking (by well-known id or by definition). */
export function isTlpMarking(o: StixObject): boolean {
  if (TLP_MARKING_IDS.has(o.id)) return true;
  if (o.definition_type === 'tlp') return true;
  const ext = o.extensions as Record<string, unknown> | undefined;
  // TLP 2.0 markings are extension-based; the extension id is FIRST's.
  return !!ext && 'extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d' in ext && typeof o.name === 'string' && /^TLP:/.test(o.name);
}
