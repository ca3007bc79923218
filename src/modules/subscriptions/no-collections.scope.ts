import type { CollectionScope, SqlCondition } from './collection-scope';

/** Until TAXII collections exist: no collection is known, none matches anything. */
export class NoCollectionsScope implements CollectionScope {
  async readable(): Promise<string[]> {
    return [];
  }

  async matchAny(): Promise<SqlCondition> {
    return { sql: 'FALSE', params: {} };
  }
}
