import type { AnonymizerPolicy } from './types';

/** Lookup tables derived from a policy's allow-lists: built once per policy object, not per object or call. */
export interface CompiledPolicy {
  labels: ReadonlySet<string>;
  externalReferenceSources: ReadonlySet<string>;
  externalReferenceHosts: ReadonlySet<string>;
  customProperties: ReadonlySet<string>;
  extensions: ReadonlySet<string>;
}

interface Entry {
  compiled: CompiledPolicy;
  /** The lists the tables were built from: a policy whose lists were replaced or grown is recompiled. */
  sources: string[][];
  lengths: number[];
}

// Policies are values (versioned, hashed, immutable once published); the cache is keyed by
// object identity so a new policy object never sees another's tables.
const cache = new WeakMap<AnonymizerPolicy, Entry>();

function listsOf(policy: AnonymizerPolicy): string[][] {
  const a = policy.allowLists;
  return [a.labels, a.externalReferenceSources, a.externalReferenceHosts, a.customProperties, a.extensions];
}

const lowered = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));

/** The policy's allow-list tables, cached per policy object. */
export function compilePolicy(policy: AnonymizerPolicy): CompiledPolicy {
  const sources = listsOf(policy);
  const hit = cache.get(policy);
  if (hit && hit.sources.every((s, i) => s === sources[i] && s.length === hit.lengths[i])) return hit.compiled;
  const a = policy.allowLists;
  const compiled: CompiledPolicy = {
    labels: lowered(a.labels),
    externalReferenceSources: lowered(a.externalReferenceSources),
    externalReferenceHosts: lowered(a.externalReferenceHosts),
    customProperties: new Set(a.customProperties),
    extensions: new Set(a.extensions),
  };
  cache.set(policy, { compiled, sources, lengths: sources.map((s) => s.length) });
  return compiled;
}
