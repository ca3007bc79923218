// Ground-truth check of the v7 generator, on its INPUT only (never on anonymizer output): every
// planted identifier is findable in the input under its own leak forms, every threat value passes
// its survival check on the unmodified input and on patterns reprinted by the STIX library, and
// every input bundle validates. A miss in the v7 score is then the anonymizer's, not a generator bug.
//   node dist/bench/anonymize-eval/v7-check.js [--seed N] [--bundles N]
import type { StixBundle } from '../../src/anonymizer/index';
import { parsePattern, printPattern, validate } from '../../src/stix/index';
import { OutputIndex, strings, normalise, survives } from './score';
import { generateCaseV7 } from './v7';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const seed = arg('seed', 20240601);
const bundles = arg('bundles', 200);
const problems: unknown[] = [];
let checks = 0;
const fail = (p: unknown) => {
  if (problems.length < 40) problems.push(p);
};

for (let i = 0; i < bundles; i++) {
  const c = generateCaseV7(seed, i);
  const input = validate(c.bundle);
  checks++;
  if (!input.valid) fail({ case: i, lang: c.lang, invalid: input.errors.slice(0, 3) });
  const reprinted: StixBundle = structuredClone(c.bundle);
  for (const o of reprinted.objects) if (o.type === 'indicator') o.pattern = printPattern(parsePattern(o.pattern as string).ast);
  const index = new OutputIndex(c.bundle, c.threats);
  for (const p of c.planted) {
    checks++;
    if (!index.find(p.leak)) fail({ case: i, lang: c.lang, notInInput: p });
  }
  for (const b of [c.bundle, reprinted]) {
    const raw = strings(b).map(normalise);
    const digits = raw.map((s) => s.replace(/\D/g, ''));
    for (const t of c.threats) {
      checks++;
      if (!survives(t.check, b, raw.join('\n'), digits)) fail({ case: i, lang: c.lang, reprinted: b === reprinted, threatFailsOnInput: t });
    }
  }
  for (const f of c.identity) {
    checks++;
    if (f.value.length < (/^[\x00-\u024f]+$/.test(f.value) ? 3 : 2)) fail({ case: i, shortIdentityTerm: f });
  }
}
console.log(JSON.stringify({ seed, bundles, problems }, null, 1));
console.log(`${checks - problems.length} passed, ${problems.length} failed`);
process.exitCode = problems.length ? 1 : 0;
