// Object categories of STIX 2.1: which types are SDOs, SROs, SCOs and meta objects.
import { META_SCHEMAS } from './schemas/meta';
import { SCO_SCHEMAS } from './schemas/sco';
import { SDO_SCHEMAS } from './schemas/sdo';
import { SRO_SCHEMAS } from './schemas/sro';

export type StixCategory = 'sdo' | 'sro' | 'sco' | 'meta';

export const SDO_TYPES: ReadonlySet<string> = new Set(Object.keys(SDO_SCHEMAS));
export const SRO_TYPES: ReadonlySet<string> = new Set(Object.keys(SRO_SCHEMAS));
export const SCO_TYPES: ReadonlySet<string> = new Set(Object.keys(SCO_SCHEMAS));
export const META_TYPES: ReadonlySet<string> = new Set([...Object.keys(META_SCHEMAS), 'bundle']);

/** Category of a predefined STIX type, or undefined for a custom type. */
export function categoryOf(type: string): StixCategory | undefined {
  if (SDO_TYPES.has(type)) return 'sdo';
  if (SRO_TYPES.has(type)) return 'sro';
  if (SCO_TYPES.has(type)) return 'sco';
  if (META_TYPES.has(type)) return 'meta';
  return undefined;
}

/** True for the 18 cyber-observable types of STIX 2.1 §6. */
export function isObservableType(type: string): boolean {
  return SCO_TYPES.has(type);
}

// STIX 2.1 §3.1: type names are 3-250 characters of a-z, 0-9 and hyphen.
const TYPE_NAME = /^[a-z0-9-]{3,250}$/;
/** True when `type` is a syntactically valid STIX type name. */
export function isValidTypeName(type: string): boolean {
  return TYPE_NAME.test(type) && !type.startsWith('-') && !type.includes('--');
}
