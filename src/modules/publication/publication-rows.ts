import { EXCHANGE_IDENTITY_ID, type StixBundle, type StixObject } from '../../anonymizer';
import { TLP1_IDS, tlp1LevelOf, tlp2LevelOf, TLP2_IDS, tlp2MarkingDefinition } from '../../stix';
import type { TlpLevel } from '../policies/policy-rules';

/** One row to insert; `version`/`modified` null means "the date added" (SCOs). */
export interface PublicationRow {
  ord: number;
  stix_id: string;
  stix_type: string;
  spec_version: string;
  version: string | null;
  modified: string | null;
  confidence: number | null;
  labels: string[];
  revoked: boolean;
  /** JSON.stringify's compact text: served as stored by TAXII and webhooks (jsonb's own rendering adds a space after every `,` and `:`, ~15% of a page). */
  object_text: string;
}

/** Objects the exchange itself publishes once for everyone: its identity, policy statements, TLP definitions. */
export function isExchangeOwned(o: StixObject): boolean {
  return o.id === EXCHANGE_IDENTITY_ID || o.type === 'marking-definition';
}

const TLP_ORDER: TlpLevel[] = ['clear', 'green', 'amber', 'amber+strict', 'red'];
const TLP1_TO_2: Record<string, TlpLevel> = { white: 'clear', green: 'green', amber: 'amber', red: 'red' };

/** The TLP level a marking-definition id stands for (TLP 1.0 mapped to 2.0), if any. */
export function tlpOfMarking(id: string): TlpLevel | undefined {
  const two = tlp2LevelOf(id) as TlpLevel | undefined;
  if (two) return two;
  const one = tlp1LevelOf(id);
  return one ? TLP1_TO_2[one] : undefined;
}

export function isStricter(a: TlpLevel, b: TlpLevel): boolean {
  return TLP_ORDER.indexOf(a) > TLP_ORDER.indexOf(b);
}

/** Objects marked more restrictively than the submission's level: sharing them wider would break their marking. */
export function stricterMarkings(bundle: StixBundle, level: TlpLevel): { objectId: string; marking: TlpLevel }[] {
  const found: { objectId: string; marking: TlpLevel }[] = [];
  for (const o of bundle.objects) {
    const refs = [
      ...(Array.isArray(o.object_marking_refs) ? (o.object_marking_refs as unknown[]) : []),
      ...(Array.isArray(o.granular_markings) ? (o.granular_markings as { marking_ref?: unknown }[]).map((g) => g?.marking_ref) : []),
    ];
    for (const ref of refs) {
      const marking = typeof ref === 'string' ? tlpOfMarking(ref) : undefined;
      if (marking && isStricter(marking, level)) found.push({ objectId: String(o.id), marking });
    }
  }
  return found;
}

const TLP_MARKING_IDS = new Set([...Object.values(TLP1_IDS), ...Object.values(TLP2_IDS)]);

/** The object as published: its TLP markings replaced by the submission's TLP 2.0 marking. */
export function withTlp(o: StixObject, level: TlpLevel): StixObject {
  if (o.type === 'marking-definition') return o;
  const refs = Array.isArray(o.object_marking_refs) ? (o.object_marking_refs as string[]).filter((r) => !TLP_MARKING_IDS.has(r)) : [];
  const out: StixObject = { ...o, object_marking_refs: [TLP2_IDS[level], ...refs] };
  if (Array.isArray(o.granular_markings)) {
    const granular = (o.granular_markings as { marking_ref?: string }[]).filter((g) => !g.marking_ref || !TLP_MARKING_IDS.has(g.marking_ref));
    if (granular.length > 0) out.granular_markings = granular;
    else delete out.granular_markings;
  }
  return out;
}

export function toRow(o: StixObject, ord: number, revoked = false): PublicationRow {
  const version = typeof o.modified === 'string' ? o.modified : typeof o.created === 'string' ? o.created : null;
  return {
    ord,
    stix_id: o.id,
    stix_type: o.type,
    spec_version: typeof o.spec_version === 'string' ? o.spec_version : '2.1',
    version,
    modified: version,
    confidence: typeof o.confidence === 'number' ? o.confidence : null,
    labels: Array.isArray(o.labels) ? (o.labels as unknown[]).filter((l): l is string => typeof l === 'string') : [],
    revoked,
    object_text: JSON.stringify(o),
  };
}

/** A submission's anonymized bundle split into its own objects and the exchange's shared ones. */
export function publicationObjects(bundle: StixBundle, level: TlpLevel): { own: StixObject[]; exchange: StixObject[] } {
  const own: StixObject[] = [];
  const exchange: StixObject[] = [tlp2MarkingDefinition(level) as StixObject];
  for (const o of bundle.objects) {
    if (isExchangeOwned(o)) {
      if (!TLP_MARKING_IDS.has(o.id)) exchange.push(o);
    } else own.push(withTlp(o, level));
  }
  return { own, exchange };
}
