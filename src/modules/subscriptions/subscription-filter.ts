import type { Principal } from '../../common/auth/principal';
import { visibleTo } from '../publication/visibility';
import type { CollectionScope, SqlCondition } from './collection-scope';
import type { Subscription } from './subscription.entity';

/** The subscription's organization as a reader: a member, whatever roles its people have. */
export function ownerPrincipal(subscription: Pick<Subscription, 'organizationId'>): Principal {
  return { orgId: subscription.organizationId, roles: ['member'], via: 'system' };
}

/**
 * Every published object the subscription selects, as one SQL condition on the alias: the
 * TLP rules evaluated for the owner organization, its collections (any of) and its filters
 * (all of: type in `types`, a sector in `sectors`, a label in `labels`, confidence at least
 * `minConfidence` — objects without a confidence do not pass a confidence filter).
 */
export async function subscriptionCondition(
  subscription: Pick<Subscription, 'organizationId' | 'collectionIds' | 'types' | 'sectors' | 'labels' | 'minConfidence'>,
  collections: CollectionScope,
  alias = 'p',
): Promise<SqlCondition> {
  const visible = visibleTo(ownerPrincipal(subscription), alias);
  const parts = [visible.sql];
  const params: Record<string, unknown> = { ...visible.params };
  if (subscription.collectionIds.length > 0) {
    const inCollections = await collections.matchAny(subscription.collectionIds, alias);
    parts.push(`(${inCollections.sql})`);
    Object.assign(params, inCollections.params);
  }
  if (subscription.types.length > 0) {
    parts.push(`${alias}.stix_type = ANY(:subTypes)`);
    params.subTypes = subscription.types;
  }
  if (subscription.sectors.length > 0) {
    parts.push(`${alias}.sectors && CAST(:subSectors AS text[])`);
    params.subSectors = subscription.sectors;
  }
  if (subscription.labels.length > 0) {
    parts.push(`${alias}.labels && CAST(:subLabels AS text[])`);
    params.subLabels = subscription.labels;
  }
  if (subscription.minConfidence !== null) {
    parts.push(`${alias}.confidence >= :subMinConfidence`);
    params.subMinConfidence = subscription.minConfidence;
  }
  return { sql: parts.join(' AND '), params };
}
