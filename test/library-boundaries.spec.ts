import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { it } from 'node:test';

// src/stix and src/anonymizer are plain libraries (DESIGN.md): no framework, no database,
// no service code. A slip fails the build here rather than in review.
const ROOT = join(__dirname, '..', '..');
const LIBRARIES = ['src/stix', 'src/anonymizer'];
const FORBIDDEN = [/^@nestjs\//, /^typeorm/, /^pg($|-)/, /^pg-boss/, /^@electric-sql\//, /\/modules\//, /\/common\//, /\/config\//, /\/database\//];
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sources(path, out);
    else if (name.endsWith('.ts')) out.push(path);
  }
  return out;
}

it('the STIX and anonymizer libraries import no framework, database or service code', () => {
  const violations: string[] = [];
  for (const library of LIBRARIES) {
    for (const file of sources(join(ROOT, library))) {
      for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
        const target = match[1] ?? match[2] ?? match[3];
        if (FORBIDDEN.some((rule) => rule.test(target))) violations.push(`${relative(ROOT, file)} imports ${target}`);
      }
    }
  }
  assert.deepEqual(violations, []);
});

it('the anonymizer reaches the STIX library only through its index', () => {
  const deep = sources(join(ROOT, 'src/anonymizer')).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(IMPORT)]
      .map((m) => m[1] ?? m[2] ?? m[3])
      .filter((target) => /\/stix\/.+/.test(target) && !/\/stix(\/index)?$/.test(target))
      .map((target) => `${relative(ROOT, file)} imports ${target}`),
  );
  assert.deepEqual(deep, []);
});
