// Input-only ground-truth check of the ninth suite (v9.ts); never runs the anonymizer. Every
// planted value must be findable in the input under its leak forms (with threat values cut out,
// as the scorer does) and must not sit inside a threat value; every identity term must occur;
// every threat value must pass its survival check on the input and on patterns reprinted by
// printPattern(parsePattern()); every input bundle must validate; check digits must hold.
//   node dist/bench/anonymize-eval/v9-check.js [--seed N] [--bundles N]
import { parsePattern, printPattern, validate } from '../../src/stix/index';
import type { StixBundle } from '../../src/anonymizer/index';
import { ibanValid, luhnValid } from './identifiers';
import { normalise, OutputIndex, strings, survives } from './score';
import { GENRES, generateCaseV9 } from './v9';
import { verhoeffValid } from './identifiers';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

/** Check digits of the classes whose algorithm the harness shares; the rest are drawn valid by construction. */
function checksumProblem(category: string, value: string): string | undefined {
  const d = value.replace(/\D/g, '');
  if (category === 'bank:card' || category === 'telecom:imei' || category === 'telecom:iccid' || category === 'national-id:sa-id') return luhnValid(d) ? undefined : 'Luhn';
  if (category === 'bank:iban') return ibanValid(value) ? undefined : 'mod-97';
  if (category === 'national-id:aadhaar') return verhoeffValid(d) ? undefined : 'Verhoeff';
  return undefined;
}

function rawForms(bundle: unknown): { text: string; digits: string[] } {
  const s = strings(bundle).map(normalise);
  return { text: s.join('\n'), digits: s.map((x) => x.replace(/\D/g, '')) };
}

/** Planted values that carry the submitter's names on purpose (staff mail, case numbers, staff names). */
const BUILT_FROM_ORG = new Set(['email:staff', 'account:ticket', 'person:submitter-analyst', 'person:spokesperson']);

const seed = arg('seed', 20240601);
const bundles = arg('bundles', 200);
const problems: unknown[] = [];
let objects = 0, planted = 0, threats = 0, identity = 0, warnings = 0;
const byCategory: Record<string, number> = {};
const byLocale: Record<string, number> = {};
const byDevice: Record<string, number> = {};
// Where each planted value was first written, by free-text genre.
const firstPlacementByGenre: Record<string, number> = {};

for (let i = 0; i < bundles; i++) {
  const c = generateCaseV9(seed, i);
  objects += c.bundle.objects.length;
  byLocale[c.lang] = (byLocale[c.lang] ?? 0) + 1;
  byDevice[c.device] = (byDevice[c.device] ?? 0) + 1;
  const v = validate(c.bundle);
  warnings += v.warnings.length;
  if (!v.valid) problems.push({ case: i, invalid: v.errors.slice(0, 3) });

  const index = new OutputIndex(c.bundle, c.threats);
  const threatOnly = new OutputIndex({ values: c.threats.map((t) => t.value) }, []);
  for (const p of c.planted) {
    planted++;
    byCategory[p.category] = (byCategory[p.category] ?? 0) + 1;
    const g = /\((\w+)\)$/.exec(p.where)?.[1];
    if (g && g in GENRES) firstPlacementByGenre[g] = (firstPlacementByGenre[g] ?? 0) + 1;
    if (!index.find(p.leak)) problems.push({ case: i, notFound: p });
    const inside = threatOnly.find(p.leak);
    if (inside) problems.push({ case: i, insideThreat: p.value, found: inside });
    const bad = checksumProblem(p.category, p.value);
    if (bad) problems.push({ case: i, checksum: bad, value: p.value });
  }
  // Victim values built without the submitter's names must not contain them by chance.
  const victimOnly = new OutputIndex({ values: c.planted.filter((p) => !BUILT_FROM_ORG.has(p.category)).map((p) => p.value) }, []);
  for (const f of c.identity) {
    identity++;
    if (!index.find([f])) problems.push({ case: i, identityTermAbsent: f });
    const clash = victimOnly.find([f]);
    if (clash) problems.push({ case: i, identityTermInVictimValue: f, found: clash });
  }

  const raw = rawForms(c.bundle);
  const reprinted = structuredClone(c.bundle) as StixBundle;
  for (const o of reprinted.objects) {
    if (o.type !== 'indicator' || typeof o.pattern !== 'string') continue;
    try {
      o.pattern = printPattern(parsePattern(o.pattern).ast);
    } catch (e) {
      problems.push({ case: i, pattern: o.pattern, error: String(e) });
    }
  }
  const rawRe = rawForms(reprinted);
  for (const t of c.threats) {
    threats++;
    if (!survives(t.check, c.bundle, raw.text, raw.digits)) problems.push({ case: i, threatFailsOnInput: t });
    if (t.check.kind === 'pattern' && !survives(t.check, reprinted, rawRe.text, rawRe.digits)) problems.push({ case: i, threatFailsReprinted: t });
  }
}

console.log(
  JSON.stringify(
    { suite: 'v9', seed, bundles, objects, planted, threats, identityTerms: identity, validationWarnings: warnings, problems: problems.length, examples: problems.slice(0, 20), byLocale, byDevice, firstPlacementByGenre, byCategory },
    null,
    1,
  ),
);
process.exitCode = problems.length ? 1 : 0;
