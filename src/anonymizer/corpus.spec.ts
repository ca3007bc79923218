import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { validate } from '../stix/index';
import { anonymize, createKeyring, DEFAULT_POLICY } from './index';

// The OASIS example bundles: anonymized output must still validate, keep its indicators
// and stay idempotent.
const CORPUS = '/work/shared/stix-corpus/valid';
const KEY = createKeyring('d0d1d2d3d4d5d6d7d8d9dadbdcdddedf');

function files(dir: string): string[] {
  let out: string[] = [];
  try {
    for (const n of readdirSync(dir)) {
      const p = path.join(dir, n);
      if (statSync(p).isDirectory()) out = out.concat(files(p));
      else if (n.endsWith('.json')) out.push(p);
    }
  } catch {
    // corpus not present on this machine
  }
  return out;
}

describe('OASIS corpus through the anonymizer', () => {
  for (const file of files(CORPUS)) {
    const input = JSON.parse(readFileSync(file, 'utf8')) as { type: string; objects?: { type: string; pattern?: string }[] };
    if (input.type !== 'bundle') continue;
    it(path.basename(file), () => {
      const r = anonymize(input, DEFAULT_POLICY, KEY, {}, { now: '2024-06-01T00:00:00Z' });
      const v = validate(r.bundle);
      assert.equal(v.valid, true, JSON.stringify(v.errors.slice(0, 3)));
      const before = (input.objects ?? []).filter((o) => o.type === 'indicator').length;
      const after = r.bundle.objects.filter((o) => o.type === 'indicator').length;
      // Indicators on non-routable addresses (10.0.0.0 in the examples) are victim data by rule 2:
      // dropped, and each drop is reported. Nothing else may disappear.
      const reported = r.report.transformations.filter((t) => t.reason === 'no comparison left: indicator dropped').length;
      assert.equal(after + reported, before, 'indicators lost without a report');
      assert.deepEqual(anonymize(r.bundle, DEFAULT_POLICY, KEY, {}, { now: '2024-06-01T00:00:00Z' }).bundle, r.bundle);
    });
  }
});
