import type { StixBundle, StixObject } from '../../api/types';

/** Display order: what a coordinator reads first. */
export const TYPE_ORDER = [
  'indicator',
  'sighting',
  'observed-data',
  'malware',
  'attack-pattern',
  'threat-actor',
  'intrusion-set',
  'campaign',
  'tool',
  'vulnerability',
  'infrastructure',
  'course-of-action',
  'incident',
  'identity',
  'location',
  'note',
  'report',
  'relationship',
];

const TYPE_LABELS: Record<string, string> = {
  indicator: 'Indicators',
  sighting: 'Sightings',
  'observed-data': 'Observed data',
  malware: 'Malware',
  'attack-pattern': 'Attack patterns',
  'threat-actor': 'Threat actors',
  'intrusion-set': 'Intrusion sets',
  campaign: 'Campaigns',
  tool: 'Tools',
  vulnerability: 'Vulnerabilities',
  infrastructure: 'Infrastructure',
  'course-of-action': 'Courses of action',
  incident: 'Incidents',
  identity: 'Identities',
  location: 'Locations',
  note: 'Notes',
  report: 'Reports',
  relationship: 'Relationships',
  'marking-definition': 'Marking definitions',
};

export function typeLabel(type: string): string {
  return TYPE_LABELS[type] ?? type;
}

/** The name a person would use for an object: its name, value, or type and short id. */
export function objectName(object: StixObject | undefined, fallbackId?: string): string {
  if (!object) return fallbackId ? shortId(fallbackId) : '—';
  for (const key of ['name', 'value', 'path', 'number', 'display_name']) {
    const value = object[key];
    if (typeof value === 'string' && value) return value;
    if (typeof value === 'number') return String(value);
  }
  if (object.type === 'relationship') return `${String(object.relationship_type ?? 'related-to')}`;
  return `${object.type} ${shortId(object.id)}`;
}

export function shortId(id: string): string {
  const [type, uuid = ''] = id.split('--');
  return `${type}--${uuid.slice(0, 8)}`;
}

export function indexById(bundle: StixBundle | null | undefined): Map<string, StixObject> {
  return new Map((bundle?.objects ?? []).map((o) => [o.id, o]));
}

/** `$.objects[3].description` → the object it points into, in the bundle the path was made on. */
export function objectAtPath(bundle: StixBundle | null | undefined, path: string): StixObject | undefined {
  const m = /^\$\.objects\[(\d+)\]/.exec(path);
  return m ? bundle?.objects[Number(m[1])] : undefined;
}

/** The part of a report path after the object: `$.objects[3].description` → `description`. */
export function propertyOfPath(path: string): string {
  return path.replace(/^\$\.objects\[\d+\]\.?/, '') || '(whole object)';
}
