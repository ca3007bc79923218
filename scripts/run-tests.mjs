// Runs the compiled test files with node's built-in runner.
// `unit`: library and pure specs beside the code; `e2e`: the service against a real database.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const groups = {
  unit: { root: 'dist/src', match: (f) => f.endsWith('.spec.js') },
  e2e: { root: 'dist/test', match: (f) => f.endsWith('.spec.js') || f.endsWith('.e2e-spec.js') },
};

function walk(dir, match, out = []) {
  let entries;
  try {
    entries = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of entries) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, match, out);
    else if (match(name)) out.push(path);
  }
  return out;
}

const wanted = process.argv[2] ? [process.argv[2]] : Object.keys(groups);
const files = wanted.flatMap((g) => {
  if (!groups[g]) throw new Error(`unknown test group ${g}; expected one of ${Object.keys(groups).join(', ')}`);
  return walk(groups[g].root, groups[g].match).sort();
});
if (files.length === 0) {
  console.error('no test files found: run `npm run build` first');
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--test', '--test-concurrency=2', ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
