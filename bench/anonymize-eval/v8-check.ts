// Ground-truth check of the v8 generator, on its INPUT only (never on anonymizer output): every
// planted identifier is findable in the input under its own leak forms, every threat value passes
// its survival check on the unmodified input and on patterns reprinted by the STIX library, every
// input bundle validates, and planted numbers that carry a checksum (IBAN, card, IMEI, ICCID) are
// valid. A miss in the v8 score is then the anonymizer's, not a generator bug.
//   node dist/bench/anonymize-eval/v8-check.js [--seed N] [--bundles N]
import type { StixBundle } from '../../src/anonymizer/index';
import { parsePattern, printPattern, validate } from '../../src/stix/index';
import { ibanValid, luhnValid } from './identifiers';
import { OutputIndex, strings, normalise, survives } from './score';
import { generateCaseV8 } from './v8';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

/** The checksum a planted value must satisfy, by category. */
const CHECKSUMS: Record<string, (v: string) => boolean> = {
  'bank:iban': (v) => ibanValid(v),
  'bank:card': (v) => luhnValid(v.replace(/\D/g, '')),
  'device:imei': (v) => /IMEISV/.test(v) || luhnValid(v.replace(/\D/g, '')),
  'subscriber:iccid': (v) => luhnValid(v.replace(/\D/g, '')),
};

const seed = arg('seed', 20240601);
const bundles = arg('bundles', 200);
const problems: unknown[] = [];
let checks = 0;
const fail = (p: unknown) => {
  if (problems.length < 40) problems.push(p);
};
const langs = new Map<string, number>();

for (let i = 0; i < bundles; i++) {
  const c = generateCaseV8(seed, i);
  langs.set(c.lang, (langs.get(c.lang) ?? 0) + 1);
  const input = validate(c.bundle);
  checks++;
  if (!input.valid) fail({ case: i, lang: c.lang, invalid: input.errors.slice(0, 3) });
  const reprinted: StixBundle = structuredClone(c.bundle);
  for (const o of reprinted.objects) if (o.type === 'indicator') o.pattern = printPattern(parsePattern(o.pattern as string).ast);
  const index = new OutputIndex(c.bundle, c.threats);
  for (const p of c.planted) {
    checks++;
    if (!index.find(p.leak)) fail({ case: i, lang: c.lang, notInInput: p });
    const valid = CHECKSUMS[p.category];
    if (valid) {
      checks++;
      if (!valid(p.value)) fail({ case: i, lang: c.lang, badChecksum: p });
    }
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
console.log(JSON.stringify({ seed, bundles, problems, languages: Object.fromEntries([...langs].sort((a, b) => b[1] - a[1])) }, null, 1));
console.log(`${checks - problems.length} passed, ${problems.length} failed`);
process.exitCode = problems.length ? 1 : 0;
