// Scores anonymizer output against the generator's ground truth: leak recall over planted
// identifiers (searched in every string of the output after normalisation), survival of threat
// values where they are usable (patterns, observables, names), identity leaks, STIX validity.
import { anonymize, createKeyring, DEFAULT_POLICY, type StixBundle, type StixObject } from '../../src/anonymizer/index';
import { validate } from '../../src/stix/index';
import { generateCase } from './generate';
import { generateCaseV2 } from './v2';
import { generateCaseV3 } from './v3';
import { generateCaseV4 } from './v4';
import { generateCaseV5 } from './v5';
import { generateCaseV6 } from './v6';
import { generateCaseV7 } from './v7';
import { generateCaseV8 } from './v8';
import { generateCaseV9 } from './v9';
import { generateCaseV10 } from './v10';
import type { LeakForm } from './identifiers';
import type { GeneratedCase, SurvivalCheck, ThreatValue } from './truth';

const EXAMPLES = Number(process.env.EVAL_EXAMPLES ?? 3);
const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: ' ', uuml: 'ü', ouml: 'ö', auml: 'ä', szlig: 'ß', eacute: 'é', egrave: 'è' };

/** Undo what tools and submitters do to a value: width, percent, entities, JSON escapes, defanging, case, diacritics. */
export function normalise(s: string): string {
  let t = s.normalize('NFKC');
  for (let i = 0; i < 3 && /%[0-9a-f]{2}/i.test(t); i++) {
    t = t.replace(/(?:%[0-9a-f]{2})+/gi, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run;
      }
    });
  }
  t = t
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&([a-z]+);/gi, (m, n: string) => NAMED_ENTITIES[n.toLowerCase()] ?? m)
    .replace(/\\u([0-9a-f]{4})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    .replace(/\[(?:at|@)\]|\(at\)/gi, '@')
    .replace(/ AT /g, '@')
    .replace(/\[(?:\.|dot)\]|\(\.\)|\(dot\)/gi, '.')
    .replace(/hxxp/gi, 'http');
  return t
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/ł/g, 'l')
    .replace(/\s+/g, ' ');
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every string in a JSON value, keys included (custom property names can name the submitter). */
export function strings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (typeof v === 'number') out.push(String(v));
  else if (Array.isArray(v)) for (const x of v) strings(x, out);
  else if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      out.push(k);
      strings(x, out);
    }
  }
  return out;
}

function expandIpv6(s: string): string | undefined {
  const parts = s.split('::');
  if (parts.length > 2) return undefined;
  const head = parts[0] ? parts[0].split(':') : [];
  const tail = parts.length === 2 && parts[1] ? parts[1].split(':') : [];
  const missing = 8 - head.length - tail.length;
  if (parts.length === 1 ? missing !== 0 : missing < 1) return undefined;
  const groups = [...head, ...Array(parts.length === 2 ? missing : 0).fill('0'), ...tail];
  if (groups.some((g) => !/^[0-9a-f]{1,4}$/.test(g))) return undefined;
  return groups.map((g) => g.padStart(4, '0')).join('');
}

/** The searchable forms of one output, with the threat values cut out (a C2 domain that reads as a name is not a leak). */
export class OutputIndex {
  readonly normalised: string[];
  readonly digits: string[];
  readonly alnum: string[];
  readonly ipv6Iids = new Set<string>();
  readonly text: string;

  constructor(bundle: unknown, threats: ThreatValue[]) {
    const cut = [...new Set(threats.map((t) => normalise(t.value)))].filter((v) => v.length >= 4).sort((a, b) => b.length - a.length);
    this.normalised = strings(bundle).map((s) => {
      let n = normalise(s);
      for (const c of cut) if (n.includes(c)) n = n.split(c).join(' ');
      return n;
    });
    this.digits = this.normalised.map((s) => s.replace(/\D/g, ''));
    this.alnum = this.normalised.map((s) => s.replace(/[^a-z0-9]/g, ''));
    this.text = this.normalised.join('\n');
    for (const m of this.text.matchAll(/[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}/g)) {
      const full = expandIpv6(m[0]);
      if (full) this.ipv6Iids.add(full.slice(16));
    }
  }

  /** The first form that is found, with a snippet of where. */
  find(forms: LeakForm[]): string | undefined {
    for (const f of forms) {
      const v = f.kind === 'digits' || f.kind === 'alnum' || f.kind === 'iid' ? f.value.toLowerCase() : normalise(f.value);
      if (!v) continue;
      switch (f.kind) {
        case 'text': {
          const i = this.text.indexOf(v);
          if (i >= 0) return this.text.slice(Math.max(0, i - 40), i + v.length + 40);
          break;
        }
        case 'word':
        case 'ip': {
          const edge = f.kind === 'ip' ? ['(?<![\\d.])', '(?!\\d|\\.\\d)'] : ['(?<![\\p{L}\\p{N}])', '(?![\\p{L}\\p{N}])'];
          const m = new RegExp(`${edge[0]}${escapeRe(v)}${edge[1]}`, 'u').exec(this.text);
          if (m) return this.text.slice(Math.max(0, m.index - 40), m.index + v.length + 40);
          break;
        }
        case 'digits':
        case 'alnum': {
          const pool = f.kind === 'digits' ? this.digits : this.alnum;
          const j = pool.findIndex((s) => s.includes(v));
          if (j >= 0) return this.normalised[j].slice(0, 160);
          break;
        }
        case 'iid':
          if (this.ipv6Iids.has(v)) return `ipv6 interface id ${v}`;
          break;
      }
    }
    return undefined;
  }
}

function objectsOf(bundle: StixBundle): StixObject[] {
  return Array.isArray(bundle.objects) ? bundle.objects : [];
}

export function survives(check: SurvivalCheck, bundle: StixBundle, rawNormalised: string, rawDigits: string[]): boolean {
  const objs = objectsOf(bundle);
  switch (check.kind) {
    case 'pattern':
      return objs.some((o) => o.type === 'indicator' && typeof o.pattern === 'string' && o.pattern.toLowerCase().includes(check.value.toLowerCase()));
    case 'sco':
      // A URL keeps its scheme, host and path; victim query parameters may go.
      return objs.some((o) => {
        const v = typeof o[check.property] === 'string' ? (o[check.property] as string).toLowerCase() : undefined;
        const want = check.value.toLowerCase();
        return o.type === check.type && (v === want || (check.type === 'url' && v?.startsWith(`${want}?`)));
      });
    case 'hash':
      return objs.some((o) => o.type === 'file' && o.hashes && Object.values(o.hashes as Record<string, string>).some((h) => h.toLowerCase() === check.value));
    case 'name':
      return objs.some((o) => o.type === check.type && (o.name === check.value || (Array.isArray(o.aliases) && o.aliases.includes(check.value))));
    case 'text':
      return rawNormalised.includes(normalise(check.value));
    case 'digits':
      return rawDigits.some((d) => d.includes(check.value));
  }
}

interface CategoryStats {
  n: number;
  failed: number;
  examples: unknown[];
}

function tally(map: Map<string, CategoryStats>, category: string, ok: boolean, example: () => unknown): void {
  let s = map.get(category);
  if (!s) map.set(category, (s = { n: 0, failed: 0, examples: [] }));
  s.n++;
  if (!ok) {
    s.failed++;
    if (s.examples.length < EXAMPLES) s.examples.push(example());
  }
}

function summarise(map: Map<string, CategoryStats>, key: 'recall' | 'survival') {
  return Object.fromEntries(
    [...map.entries()]
      .sort((a, b) => b[1].failed / b[1].n - a[1].failed / a[1].n)
      .map(([c, s]) => [c, { n: s.n, [key]: +((s.n - s.failed) / s.n).toFixed(4), ...(s.examples.length ? { failing: s.examples } : {}) }]),
  );
}

function byGroup(map: Map<string, CategoryStats>): Record<string, number> {
  const groups = new Map<string, { n: number; failed: number }>();
  for (const [c, s] of map) {
    const g = groups.get(c.split(':')[0]) ?? { n: 0, failed: 0 };
    g.n += s.n;
    g.failed += s.failed;
    groups.set(c.split(':')[0], g);
  }
  return Object.fromEntries([...groups].sort((a, b) => b[1].failed / b[1].n - a[1].failed / a[1].n).map(([g, s]) => [g, +((s.n - s.failed) / s.n).toFixed(4)]));
}

export interface EvaluationOptions {
  seed: number;
  bundles: number;
  /** Person names outside the anonymizer's gazetteer (see HOLDOUT_NAMES). */
  holdoutNames?: boolean;
  /** `v1` (generate.ts, default), the independent second suite `v2` (v2.ts), the blind third suite `v3` (v3.ts), `v4` (v4.ts: v3 plus the fourth review's leak classes) the blind fifth suite `v5` (v5.ts) the blind, held-out sixth suite `v6` (v6.ts) the blind, held-out seventh suite `v7` (v7.ts) the blind, held-out eighth suite `v8` (v8.ts) the blind, held-out ninth suite `v9` (v9.ts) or the blind, held-out tenth suite `v10` (v10.ts). */
  suite?: 'v1' | 'v2' | 'v3' | 'v4' | 'v5' | 'v6' | 'v7' | 'v8' | 'v9' | 'v10';
}

export interface Evaluation {
  suite: 'v1' | 'v2' | 'v3' | 'v4' | 'v5' | 'v6' | 'v7' | 'v8' | 'v9' | 'v10';
  seed: number;
  bundles: number;
  holdoutNames: boolean;
  objects: number;
  leakRecall: number;
  indicatorSurvival: number;
  identityLeaks: number;
  validOutput: number;
  planted: number;
  threats: number;
  inputInvalid: number;
  anonymizerErrors: number;
  seconds: number;
  identityLeakExamples: unknown[];
  invalidExamples: unknown[];
  recallByCategory: Record<string, unknown>;
  survivalByCategory: Record<string, unknown>;
  /** Categories named `group:variant` (v2) summed per group. */
  recallByGroup: Record<string, number>;
  recallByLanguage: Record<string, number>;
  survivalByLanguage: Record<string, number>;
}

/** Generates `bundles` cases from `seed`, anonymizes each under the default policy and scores the output. */
export function evaluate({ seed, bundles, holdoutNames = false, suite = 'v1' }: EvaluationOptions): Evaluation {
  const t0 = process.hrtime.bigint();
  const keyring = createKeyring('5eed5eed5eed5eed5eed5eed5eed5eed');
  const leaks = new Map<string, CategoryStats>();
  const survival = new Map<string, CategoryStats>();
  const byLang = new Map<string, { n: number; ok: number }>();
  const survivalByLang = new Map<string, { n: number; ok: number }>();
  let planted = 0, leaked = 0, threats = 0, survived = 0, identityLeaks = 0, valid = 0, inputInvalid = 0, errors = 0, objects = 0;
  const identityLeakExamples: unknown[] = [];
  const invalidExamples: unknown[] = [];
  for (let i = 0; i < bundles; i++) {
    const c: GeneratedCase = suite === 'v10' ? generateCaseV10(seed, i) : suite === 'v9' ? generateCaseV9(seed, i) : suite === 'v8' ? generateCaseV8(seed, i) : suite === 'v7' ? generateCaseV7(seed, i) : suite === 'v6' ? generateCaseV6(seed, i) : suite === 'v5' ? generateCaseV5(seed, i) : suite === 'v4' ? generateCaseV4(seed, i) : suite === 'v3' ? generateCaseV3(seed, i) : suite === 'v2' ? generateCaseV2(seed, i) : generateCase(seed, i, holdoutNames);
    objects += c.bundle.objects.length;
    const input = validate(c.bundle);
    if (!input.valid) {
      inputInvalid++;
      if (invalidExamples.length < 3) invalidExamples.push({ case: i, input: true, errors: input.errors.slice(0, 3) });
    }
    let out: StixBundle | undefined;
    try {
      out = anonymize(structuredClone(c.bundle), DEFAULT_POLICY, keyring, c.profile, { now: '2024-06-01T00:00:00Z' }).bundle;
    } catch (e) {
      errors++;
      if (invalidExamples.length < 6) invalidExamples.push({ case: i, thrown: String(e).slice(0, 300) });
    }
    const result = out ? validate(out) : undefined;
    if (result?.valid) valid++;
    else if (result && invalidExamples.length < 6) invalidExamples.push({ case: i, lang: c.lang, errors: result.errors.slice(0, 3) });
    const index = new OutputIndex(out ?? {}, c.threats);
    const rawStrings = strings(out ?? {}).map(normalise);
    const rawText = rawStrings.join('\n');
    const rawDigits = rawStrings.map((s) => s.replace(/\D/g, ''));
    const lang = byLang.get(c.lang) ?? { n: 0, ok: 0 };
    byLang.set(c.lang, lang);
    for (const p of c.planted) {
      const hit = index.find(p.leak);
      planted++;
      lang.n++;
      if (hit) leaked++;
      else lang.ok++;
      tally(leaks, p.category, !hit, () => ({ case: i, lang: c.lang, value: p.value, where: p.where, found: hit }));
    }
    const slang = survivalByLang.get(c.lang) ?? { n: 0, ok: 0 };
    survivalByLang.set(c.lang, slang);
    for (const t of c.threats) {
      const ok = out !== undefined && survives(t.check, out, rawText, rawDigits);
      threats++;
      slang.n++;
      if (ok) {
        survived++;
        slang.ok++;
      }
      tally(survival, t.category, ok, () => ({ case: i, lang: c.lang, value: t.value, where: t.where }));
    }
    for (const f of c.identity) {
      const hit = index.find([f]);
      if (hit) {
        identityLeaks++;
        if (identityLeakExamples.length < 8) identityLeakExamples.push({ case: i, lang: c.lang, term: f.value, found: hit });
      }
    }
  }
  return {
    suite,
    seed,
    bundles,
    holdoutNames,
    objects,
    leakRecall: +((planted - leaked) / planted).toFixed(4),
    indicatorSurvival: +(survived / threats).toFixed(4),
    identityLeaks,
    validOutput: +(valid / bundles).toFixed(4),
    planted,
    threats,
    inputInvalid,
    anonymizerErrors: errors,
    seconds: +(Number(process.hrtime.bigint() - t0) / 1e9).toFixed(2),
    identityLeakExamples,
    invalidExamples,
    recallByCategory: summarise(leaks, 'recall'),
    recallByGroup: byGroup(leaks),
    survivalByCategory: summarise(survival, 'survival'),
    recallByLanguage: Object.fromEntries([...byLang.entries()].map(([l, s]) => [l, +(s.ok / s.n).toFixed(4)])),
    survivalByLanguage: Object.fromEntries([...survivalByLang.entries()].map(([l, s]) => [l, +(s.ok / s.n).toFixed(4)])),
  };
}
