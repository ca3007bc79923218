// Input-only ground-truth check of the v10 suite (never runs the anonymizer). For every case:
// the bundle is valid STIX 2.1; every planted value is found in the input, by the scorer's own
// matcher, with the threat values cut out as the scorer cuts them; no planted form occurs inside a
// threat value; every threat survives in the input; every identity term is present; checksums hold;
// and a perfect redaction (every recorded rendering replaced) leaves no planted or identity form
// while every threat still survives, so a flawless anonymizer can score 100%.
// Usage: node dist/bench/anonymize-eval/v10-check.js [--seed N] [--bundles N] [--seeds K]
import { validate } from '../../src/stix/index';
import type { StixBundle } from '../../src/anonymizer/index';
import { ibanValid, luhnValid, verhoeffValid } from './identifiers';
import { normalise, OutputIndex, strings, survives } from './score';
import { generateCaseV10, type V10Case } from './v10';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

function survivesIn(bundle: StixBundle, c: V10Case): string[] {
  const raw = strings(bundle).map(normalise);
  const text = raw.join('\n');
  const digits = raw.map((s) => s.replace(/\D/g, ''));
  return c.threats.filter((t) => !survives(t.check, bundle, text, digits)).map((t) => `${t.category} ${t.value} (${t.where})`);
}

/** Replaces every rendered planted and identity string, longest first, in every string and key, never inside a threat value. */
function redact(v: unknown, surfaces: string[], keep: string[]): unknown {
  const plain = (s: string) => surfaces.reduce((acc, x) => (x && acc.includes(x) ? acc.split(x).join('[X]') : acc), s);
  const cut = (s: string): string => {
    const k = keep.find((x) => s.includes(x));
    return k ? s.split(k).map(cut).join(k) : plain(s);
  };
  if (typeof v === 'string') return cut(v);
  if (typeof v === 'number') return surfaces.includes(String(v)) ? 0 : v;
  if (Array.isArray(v)) return v.map((x) => redact(x, surfaces, keep));
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [cut(k), redact(x, surfaces, keep)]));
  return v;
}

const digitSum = (d: string, w: (i: number) => number) => [...d].reduce((a, x, i) => a + Number(x) * w(i), 0);

/** National ids whose check digits the v10 material computes, validated here from the published rules. */
const NATIONAL: Record<string, (d: string, raw: string) => boolean> = {
  'pt-BR': (d) => [9, 10].every((n) => ((digitSum(d.slice(0, n), (i) => n + 1 - i) * 10) % 11) % 10 === Number(d[n])),
  'pl-PL': (d) => digitSum(d, (i) => [1, 3, 7, 9, 1, 3, 7, 9, 1, 3, 1][i]) % 10 === 0,
  'tr-TR': (d) => d.length === 11 && digitSum(d.slice(0, 10), () => 1) % 10 === Number(d[10]),
  'th-TH': (d) => (11 - (digitSum(d.slice(0, 12), (i) => 13 - i) % 11)) % 10 === Number(d[12]),
  'ko-KR': (d) => (11 - (digitSum(d.slice(0, 12), (i) => [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5][i]) % 11)) % 10 === Number(d[12]),
  'zh-CN': (_, raw) => '10X98765432'[digitSum(raw.slice(0, 17), (i) => [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2][i]) % 11] === raw[17].toUpperCase(),
  'fr-FR': (d) => 97 - Number(BigInt(d.slice(0, 13)) % 97n) === Number(d.slice(13)),
  'es-ES': (_, raw) => 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(raw.slice(0, 8)) % 23] === raw[8],
};

function checksums(c: V10Case): string[] {
  const bad: string[] = [];
  for (const p of c.planted) {
    const d = p.value.replace(/\D/g, '');
    if (p.category === 'device:imei' && !luhnValid(d)) bad.push(`imei ${p.value}`);
    if (p.category === 'telecom:iccid' && !luhnValid(d)) bad.push(`iccid ${p.value}`);
    if (p.category === 'finance:card' && !luhnValid(d)) bad.push(`card ${p.value}`);
    if (p.category === 'finance:iban' && !ibanValid(p.value)) bad.push(`iban ${p.value}`);
    if (p.category === 'person:national-id' && c.lang === 'hi-IN' && !verhoeffValid(d)) bad.push(`aadhaar ${p.value}`);
    if (p.category === 'person:national-id' && c.lang === 'sv-SE' && !luhnValid(d)) bad.push(`personnummer ${p.value}`);
    if (p.category === 'person:national-id' && NATIONAL[c.lang] && !NATIONAL[c.lang](d, p.value)) bad.push(`national id ${c.lang} ${p.value}`);
    if (p.category === 'person:national-id' && c.lang === 'ar-SA' && !luhnValid(d)) bad.push(`saudi id ${p.value}`);
  }
  return bad;
}

export function checkCase(c: V10Case): string[] {
  const problems: string[] = [];
  const v = validate(c.bundle);
  if (!v.valid) problems.push(`invalid STIX: ${JSON.stringify(v.errors.slice(0, 2))}`);
  const input = new OutputIndex(c.bundle, c.threats);
  for (const p of c.planted) if (!input.find(p.leak)) problems.push(`planted not found: ${p.category} ${p.value} (${p.where})`);
  const threatText = { objects: c.threats.map((t) => t.value) };
  const inThreats = new OutputIndex(threatText, []);
  for (const p of c.planted) {
    const hit = inThreats.find(p.leak);
    if (hit) problems.push(`planted inside a threat value: ${p.category} ${p.value} in ${hit}`);
  }
  for (const f of c.identity) if (!input.find([f])) problems.push(`identity term absent: ${f.value}`);
  if (c.identity.length < 3) problems.push('fewer than three identity terms');
  problems.push(...survivesIn(c.bundle, c).map((s) => `threat missing in input: ${s}`));
  problems.push(...checksums(c).map((s) => `bad checksum: ${s}`));
  const surfaces = [...c.rendered].sort((a, b) => b.length - a.length);
  const keep = [...new Set(c.threats.map((t) => t.value))].sort((a, b) => b.length - a.length);
  const clean = redact(c.bundle, surfaces, keep) as StixBundle;
  const after = new OutputIndex(clean, c.threats);
  for (const p of c.planted) {
    const hit = after.find(p.leak);
    if (hit) problems.push(`form survives perfect redaction: ${p.category} ${p.value} in «${hit.slice(0, 120)}»`);
  }
  for (const f of c.identity) {
    const hit = after.find([f]);
    if (hit) problems.push(`identity survives perfect redaction: ${f.value} in «${hit.slice(0, 120)}»`);
  }
  problems.push(...survivesIn(clean, c).map((s) => `threat lost by perfect redaction: ${s}`));
  return problems;
}

function main(): void {
  const seed = arg('seed', 20240601), bundles = arg('bundles', 200), seeds = arg('seeds', 1);
  const planted = new Map<string, number>(), threats = new Map<string, number>(), langs = new Map<string, number>();
  let problems = 0;
  const examples: string[] = [];
  for (let s = 0; s < seeds; s++) {
    for (let i = 0; i < bundles; i++) {
      const c = generateCaseV10(seed + s, i);
      for (const p of c.planted) planted.set(p.category, (planted.get(p.category) ?? 0) + 1);
      for (const t of c.threats) threats.set(t.category, (threats.get(t.category) ?? 0) + 1);
      langs.set(c.lang, (langs.get(c.lang) ?? 0) + 1);
      const ps = checkCase(c);
      problems += ps.length;
      for (const p of ps) if (examples.length < 25) examples.push(`seed ${seed + s} case ${i} (${c.lang} ${c.device}): ${p}`);
    }
  }
  const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  const sorted = (m: Map<string, number>) => Object.fromEntries([...m].sort((a, b) => b[1] - a[1]));
  console.log(JSON.stringify({ seed, seeds, bundles, problems, examples, planted: sum(planted), threats: sum(threats), plantedByCategory: sorted(planted), threatsByCategory: sorted(threats), languages: sorted(langs) }, null, 1));
  if (problems > 0) process.exitCode = 1;
}

if (require.main === module) main();
