// The fixed TLP marking definitions: TLP 1.0 (STIX 2.1 §7.2.1.4) and FIRST TLP 2.0
// (oasis-open/cti-stix-common-objects, extension-definition--60a3c5c5-...).

/** TLP 1.0 marking-definition ids defined by STIX 2.1 §7.2.1.4, by level. */
export const TLP1_IDS: Readonly<Record<string, string>> = {
  white: 'marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9',
  green: 'marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da',
  amber: 'marking-definition--f88d31f6-486f-44da-b317-01333bde0b82',
  red: 'marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed',
};

/** TLP 2.0 marking-definition ids published by the OASIS CTI TC, by level. */
export const TLP2_IDS: Readonly<Record<string, string>> = {
  clear: 'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487',
  green: 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb',
  amber: 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421',
  'amber+strict': 'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003',
  red: 'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1',
};

export const TLP2_CREATED = '2022-10-01T00:00:00.000Z';
export const TLP2_CREATED_BY_REF = 'identity--b3bca3c2-1f3d-4b54-b44f-dac42c3a8f01';

const byId1 = new Map(Object.entries(TLP1_IDS).map(([level, id]) => [id, level]));
const byId2 = new Map(Object.entries(TLP2_IDS).map(([level, id]) => [id, level]));

/** The TLP 1.0 level a marking-definition id stands for, if any. */
export function tlp1LevelOf(id: string): string | undefined {
  return byId1.get(id);
}

/** The TLP 2.0 level a marking-definition id stands for, if any. */
export function tlp2LevelOf(id: string): string | undefined {
  return byId2.get(id);
}

const TLP2_EXTENSION_ID = 'extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d';

/** The FIRST TLP 2.0 marking-definition object for a level, as the OASIS CTI TC publishes it. */
export function tlp2MarkingDefinition(level: string): Record<string, unknown> {
  const id = TLP2_IDS[level];
  if (!id) throw new Error(`unknown TLP 2.0 level ${level}`);
  return {
    type: 'marking-definition',
    spec_version: '2.1',
    id,
    created_by_ref: TLP2_CREATED_BY_REF,
    created: TLP2_CREATED,
    name: `TLP:${level.toUpperCase()}`,
    extensions: { [TLP2_EXTENSION_ID]: { extension_type: 'property-extension', tlp_2_0: level } },
  };
}
