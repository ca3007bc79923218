// Test-only helpers shared by the STIX specs.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** Repository root, from either src/stix (ts) or dist/src/stix (compiled). */
export function repoRoot(): string {
  const marker = `${path.sep}dist${path.sep}src${path.sep}stix`;
  const i = __dirname.lastIndexOf(marker);
  if (i >= 0) return __dirname.slice(0, i);
  return path.resolve(__dirname, '../..');
}

/** Absolute path of a fixture under src/stix/__fixtures__ (fixtures are not compiled). */
export function fixturePath(...parts: string[]): string {
  return path.join(repoRoot(), 'src', 'stix', '__fixtures__', ...parts);
}

/** Every .json file under a directory, recursively, sorted. */
export function jsonFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...jsonFiles(p));
    else if (e.name.endsWith('.json')) out.push(p);
  }
  return out.sort();
}

export function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

type Obj = Record<string, unknown>;
let cache: Obj[] | undefined;

/** All objects of the valid fixture bundles. */
export function fixtureObjects(): Obj[] {
  if (!cache) {
    cache = jsonFiles(fixturePath('valid')).flatMap((f) => (readJson(f) as { objects: Obj[] }).objects);
  }
  return cache;
}

/** A deep copy of the n-th valid fixture object of `type` (or with id `type`). */
export function base(typeOrId: string, n = 0): Obj {
  const found = fixtureObjects().filter((o) => o.type === typeOrId || o.id === typeOrId)[n];
  if (!found) throw new Error(`no fixture object ${typeOrId}#${n}`);
  return structuredClone(found);
}
