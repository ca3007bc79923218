import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evaluate, type Evaluation } from '../bench/anonymize-eval/score';

// The independent leak/survival evaluation (bench/anonymize-eval) as a gate, at the issue-4 bar:
// recall and survival at least 0.97, no identity leak, every output valid STIX. 132 bundles are
// two full rounds of 11 languages × 6 device kinds.
const SEED = 20240601;
const BUNDLES = 132;

function worst(e: Evaluation): string {
  const below = (by: Record<string, unknown>, key: 'recall' | 'survival') =>
    Object.entries(by as Record<string, Record<string, number>>)
      .filter(([, v]) => v[key] < 1)
      .map(([k, v]) => `${k} ${v[key]}`)
      .slice(0, 6)
      .join(', ');
  return `recall ${e.leakRecall} (${below(e.recallByCategory, 'recall')}); survival ${e.indicatorSurvival} (${below(e.survivalByCategory, 'survival')}); identity leaks ${JSON.stringify(e.identityLeakExamples.slice(0, 2))}; invalid ${JSON.stringify(e.invalidExamples.slice(0, 2))}`;
}

function assertBar(e: Evaluation): void {
  assert.equal(e.inputInvalid, 0, 'the generator must produce valid STIX');
  assert.equal(e.anonymizerErrors, 0, worst(e));
  assert.ok(e.leakRecall >= 0.97, worst(e));
  assert.ok(e.indicatorSurvival >= 0.97, worst(e));
  assert.equal(e.identityLeaks, 0, worst(e));
  assert.equal(e.validOutput, 1, worst(e));
}

describe('anonymizer evaluation (fixed seed)', () => {
  it('meets the issue-4 bar on the generated incidents', () => assertBar(evaluate({ seed: SEED, bundles: BUNDLES })));
  // Names the gazetteer does not hold: recall may not rest on having seen the evaluator's names.
  it('meets it with person names outside the gazetteer', () => assertBar(evaluate({ seed: SEED, bundles: BUNDLES, holdoutNames: true })));
});

/** A suite held at its measured floor (minus a margin), so fixes are not lost. Raise floors with every improvement. */
function assertFloor(suite: 'v2' | 'v3' | 'v4' | 'v5' | 'v6' | 'v7' | 'v8' | 'v9' | 'v10', bundles: number, floor: { recall: number; survival: number; identityLeaks?: number }): void {
  const e = evaluate({ suite, seed: SEED, bundles });
  assert.equal(e.inputInvalid, 0, 'the generator must produce valid STIX');
  assert.equal(e.anonymizerErrors, 0, worst(e));
  assert.ok(e.identityLeaks <= (floor.identityLeaks ?? 0), worst(e));
  assert.equal(e.validOutput, 1, worst(e));
  assert.ok(e.leakRecall >= floor.recall, worst(e));
  assert.ok(e.indicatorSurvival >= floor.survival, worst(e));
}

// The second, independent suite (bench/anonymize-eval/v2.ts): measured recall 0.9988, survival
// 0.9971 at 64 bundles (0.9977 / 0.9966 and 0.9981 / 0.9959 with seeds 7 and 99). The target is the later bar (0.995 / 0.99).
describe('anonymizer evaluation, second suite (regression floor)', () => {
  it('does not fall below the measured floor', () => assertFloor('v2', 64, { recall: 0.996, survival: 0.995 }));
});

// The third, blind suite (bench/anonymize-eval/v3.ts): SOC exports with pasted logs, mail threads,
// tables and configs in fourteen languages; measured 0.9995 / 1.0 at 42 bundles (three per
// language; 0.999 with seeds 7 and 99).
describe('anonymizer evaluation, third suite (regression floor)', () => {
  it('does not fall below the measured floor', () => assertFloor('v3', 42, { recall: 0.997, survival: 0.995 }));
});

// The fourth suite (bench/anonymize-eval/v4.ts): v3 plus the fourth review's leak classes (CJK
// names without context, DOB forms and national ids, grouped customer numbers, partial addresses,
// UNC paths, phone extensions) and a premium-rate trap. Not blind: a floor, not a score.
describe('anonymizer evaluation, fourth suite (regression floor)', () => {
  it('does not fall below the measured floor', () => assertFloor('v4', 42, { recall: 0.997, survival: 0.995 }));
});

// The fifth and sixth suites (bench/anonymize-eval/v5.ts, v6.ts) were blind when written and have
// been tuned on since: floors. 48 bundles: v5 measured recall 0.987, survival 1; v6 0.9977, 1.
describe('anonymizer evaluation, fifth and sixth suites (regression floors)', () => {
  it('v5 does not fall below its floor', () => assertFloor('v5', 48, { recall: 0.98, survival: 0.995 }));
  it('v6 does not fall below its floor', () => assertFloor('v6', 48, { recall: 0.99, survival: 0.995 }));
});

// The seventh suite (bench/anonymize-eval/v7.ts) was held out (0.94 at 200 bundles when first run)
// and has been tuned on since. 48 bundles: measured recall 0.9991, survival 1.
describe('anonymizer evaluation, seventh suite (regression floor)', () => {
  it('does not fall below its floor, with no identity leak', () => assertFloor('v7', 48, { recall: 0.995, survival: 0.995 }));
});

// The eighth suite (bench/anonymize-eval/v8.ts) was blind (first run: recall 0.835, survival 0.972,
// 500 identity leaks at 200 bundles) and has been tuned on since. 48 bundles: measured 0.9992, 1, 0.
describe('anonymizer evaluation, eighth suite (regression floor)', () => {
  it('does not fall below its floor, with no identity leak', () => assertFloor('v8', 48, { recall: 0.995, survival: 0.995 }));
});

// The ninth suite (bench/anonymize-eval/v9.ts) was blind and held out (0.893 / 0.968 / 41 identity
// leaks at 200 bundles on its first run; 0.917 / 0.988 / 39 after the v8 work). After session 9's
// fixes of its classes (postcodes, plates, bank accounts, call records, acronyms): 0.9988 / 1 / 0 at 48 bundles.
describe('anonymizer evaluation, ninth suite (regression floor)', () => {
  it('does not fall below its floor, with no identity leak', () => assertFloor('v9', 48, { recall: 0.995, survival: 0.995 }));
});

// The tenth suite (bench/anonymize-eval/v10.ts) was blind and held out: 19 locales, 25 genres (invoices, GDPR
// letters, MQTT, DHCP, OCPP, SIEM JSON, RADIUS, Diameter, HL7, police reports, messenger exports …). First run at
// 200 bundles 0.8654 / 0.9553 / 103 identity leaks; after the v9 fixes, still unseen, 0.8678 / 0.9562 / 103.
// After session 9's fixes of its classes: 0.9996 / 1 / 0 at 48 bundles.
describe('anonymizer evaluation, tenth suite (regression floor)', () => {
  it('does not fall below its floor, with no identity leak', () => assertFloor('v10', 48, { recall: 0.995, survival: 0.995 }));
});
