import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { validate } from '../stix/index';
import { anonymize, createKeyring, DEFAULT_POLICY, type AnonymizerPolicy, type SubmitterProfile } from './index';

// Golden cases: input.json (+ policy.json, profile.json) → expected.json. Regenerate with
// UPDATE_GOLDEN=1 and review the diff line by line. checks.json lists strings that must be
// gone (planted identifiers) and strings that must survive (threat data).
const ROOT = path.resolve(__dirname, '../../..');
const FIXTURES = path.join(ROOT, 'src/anonymizer/__fixtures__');
const KEY = createKeyring('000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f');
const NOW = '2024-06-01T12:34:56Z';

function readJson<T>(file: string): T | undefined {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : undefined;
}

/** Every string value, unescaped, one per line: what a reader of the output sees. */
export function strings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (typeof v === 'number') out.push(String(v));
  else if (Array.isArray(v)) v.forEach((x) => strings(x, out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) out.push(k), strings(x, out);
  return out;
}

const cases = readdirSync(FIXTURES).filter((d) => existsSync(path.join(FIXTURES, d, 'input.json'))).sort();

/** Detector names written as literals in the detectors' sources (`detector: 'phone'`). */
function namedDetectors(): Set<string> {
  const dir = path.join(ROOT, 'src/anonymizer/detectors');
  const names = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'))) {
    for (const m of readFileSync(path.join(dir, file), 'utf8').matchAll(/detector: '([a-z0-9-]+)'/g)) names.add(m[1]);
  }
  return names;
}

describe('golden fixtures', () => {
  it('has at least 12 cases', () => assert.ok(cases.length >= 12, `${cases.length} cases`));
  it('covers every detector: each one named in src/anonymizer/detectors redacts something in some case', () => {
    const reported = new Set<string>();
    for (const name of cases) {
      const expected = readJson<{ report: { transformations: { detector: string }[] } }>(path.join(FIXTURES, name, 'expected.json'));
      for (const t of expected?.report.transformations ?? []) reported.add(t.detector);
    }
    const missing = [...namedDetectors()].filter((d) => !reported.has(d));
    assert.deepEqual(missing, [], `detectors without a golden case: ${missing.join(', ')}`);
  });
  for (const name of cases) {
    it(name, () => {
      const dir = path.join(FIXTURES, name);
      const input = readJson<unknown>(path.join(dir, 'input.json'));
      const policy: AnonymizerPolicy = { ...DEFAULT_POLICY, ...(readJson<Partial<AnonymizerPolicy>>(path.join(dir, 'policy.json')) ?? {}) };
      const profile = readJson<SubmitterProfile>(path.join(dir, 'profile.json')) ?? {};
      const checks = readJson<{ absent: string[]; present: string[] }>(path.join(dir, 'checks.json')) ?? { absent: [], present: [] };
      const result = anonymize(input, policy, KEY, profile, { now: NOW });
      const expectedFile = path.join(dir, 'expected.json');
      // The golden file holds what is published and reported; idMap (raw input ids) is checked structurally.
      const published = { bundle: result.bundle, report: result.report };
      if (process.env.UPDATE_GOLDEN === '1') writeFileSync(expectedFile, `${JSON.stringify(published, null, 2)}\n`);
      assert.deepEqual(JSON.parse(JSON.stringify(published)), readJson(expectedFile));
      const inputIds = new Set((input as { objects: { id: string }[] }).objects.map((o) => o.id));
      const outputIds = new Set(result.bundle.objects.map((o) => o.id));
      for (const [from, to] of Object.entries(result.idMap)) {
        assert.ok(inputIds.has(from), `idMap key ${from} is not an input id`);
        assert.ok(outputIds.has(to), `idMap value ${to} is not a published id`);
      }

      const v = validate(result.bundle);
      assert.equal(v.valid, true, JSON.stringify(v.errors.slice(0, 5)));
      const text = strings(result.bundle).join('\n');
      const reportText = JSON.stringify(result.report);
      // Extension-definition ids appear in report paths as property names (`extensions.<id>`).
      for (const id of inputIds) assert.ok(/^(?:marking|extension)-definition--/.test(id) || !reportText.includes(id), `report repeats an input id: ${id}`);
      for (const s of checks.absent) {
        assert.ok(!text.toLowerCase().includes(s.toLowerCase()), `leaked: ${s}`);
        assert.ok(!reportText.includes(s), `report repeats a raw value: ${s}`);
      }
      for (const s of checks.present) assert.ok(text.includes(s), `threat value lost: ${s}`);
      const again = anonymize(result.bundle, policy, KEY, profile, { now: NOW });
      assert.deepEqual(again.bundle, result.bundle, 'not idempotent');
    });
  }
});
