import { TLP_LEVELS } from '../policies/policy-rules';
import type { Collection } from './collection.entity';

/** Binds a value as a query parameter and returns its placeholder, cast to `type` when given. */
export type Bind = (value: unknown, type?: string) => string;

/**
 * A feed's definition as SQL conditions on a `published_objects` alias (all must hold); empty
 * lists and nulls restrict nothing, and the exchange's own objects are in every sector. The one
 * rule for "a published object lands in every collection whose definition matches", shared by
 * TAXII reads, webhook deliveries and bundle exports.
 */
export function collectionDefinition(c: Collection, a: string, bind: Bind): string[] {
  const out: string[] = [];
  if (c.objectTypes.length > 0) out.push(`${a}.stix_type = ANY(${bind(c.objectTypes, 'text[]')})`);
  if (c.sectors.length > 0) out.push(`(${a}.submission_id IS NULL OR ${a}.sectors && ${bind(c.sectors, 'text[]')})`);
  if (c.labels.length > 0) out.push(`${a}.labels && ${bind(c.labels, 'text[]')}`);
  if (c.minConfidence !== null) out.push(`${a}.confidence >= ${bind(c.minConfidence)}`);
  if (c.maxTlp !== null) out.push(`${a}.tlp = ANY(${bind(TLP_LEVELS.slice(0, TLP_LEVELS.indexOf(c.maxTlp) + 1), 'text[]')})`);
  return out;
}
