// Runs the compiled test files with node's built-in runner.
// `unit`: library and pure specs beside the code; `e2e`: the service against a real database;
// `browser`: the built admin app in Debian's Chromium against the real service (run last, one
// file at a time: each file starts a service and a browser).
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const groups = {
  unit: { root: 'dist/src', match: (f) => f.endsWith('.spec.js'), concurrency: 2 },
  e2e: { root: 'dist/test', match: (f) => f.endsWith('.spec.js') || f.endsWith('.e2e-spec.js'), concurrency: 2 },
  browser: { root: 'dist/test/browser', match: (f) => f.endsWith('.browser-spec.js'), concurrency: 1 },
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
for (const g of wanted) {
  if (!groups[g]) throw new Error(`unknown test group ${g}; expected one of ${Object.keys(groups).join(', ')}`);
}
// unit and e2e share one runner (as before); the browser group runs after them, alone.
const batches = [wanted.filter((g) => g !== 'browser'), wanted.filter((g) => g === 'browser')].filter((b) => b.length > 0);
let status = 0;
for (const batch of batches) {
  const files = batch.flatMap((g) => walk(groups[g].root, groups[g].match).sort());
  if (files.length === 0) {
    console.error(`no ${batch.join('/')} test files found: run \`npm run build\` first`);
    process.exit(1);
  }
  const concurrency = Math.min(...batch.map((g) => groups[g].concurrency));
  const result = spawnSync(process.execPath, ['--test', `--test-concurrency=${concurrency}`, ...files], { stdio: 'inherit' });
  if ((result.status ?? 1) !== 0) status = result.status ?? 1;
}
process.exit(status);
