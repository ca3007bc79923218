import type { Principal } from '../../common/auth/principal';

/** A SQL condition with its named parameters, for a TypeORM query builder. */
export interface SqlCondition {
  sql: string;
  params: Record<string, unknown>;
}

/** Injection token of the CollectionScope the TAXII collections provide. */
export const COLLECTION_SCOPE = Symbol('COLLECTION_SCOPE');

/**
 * What subscriptions and the bundle export need to know of TAXII collections: which exist for
 * a caller, and which published objects belong to them (a published object lands in every
 * collection whose definition matches).
 */
export interface CollectionScope {
  /** Those of `ids` naming collections `who` may read; the others do not exist for them. */
  readable(who: Principal, ids: string[]): Promise<string[]>;
  /** A condition on the `published_objects` alias: the object is in at least one of `ids`. */
  matchAny(ids: string[], alias: string): Promise<SqlCondition>;
}
