// Brands a submitter goes by that its profile does not list, learnt from the bundle before
// scanning (ANONYMIZER.md: the submitter's identity must never leak; the profile lists its brands
// only sometimes). A brand travels as the display name of mail: the organisation's own mail
// ("WeserStrom Kundenservice" <service@weser-netze.example>) and the lures that impersonate it
// ("WeserStrom Billing" <billing@verify-xk.top>). A lure may impersonate anyone, so its brand is
// taken for the submitter's only when the bundle ties it to the submitter: it is built on the
// stem of the organisation's name or domain ("Weser…" of "Weserland Netze"), or the bundle names
// it as the owner of what was attacked ("seen from WeserStrom fleet").

import { GIVEN_NAMES } from './detectors/names-gazetteer';
import { matchAll } from './match-all';
import type { StixObject } from './types';

// Words that name a department or a role of the sender, not the brand ("Acme Billing"). Not
// particles: "Servicio al cliente" is all role words, "Sipho du Plessis" one run (and a person).
const ROLE_WORDS = new Set(
  (
    'billing support team security service services customer customers care account accounts notification notifications alert alerts admin ' +
    'administrator helpdesk help desk noreply no-reply info information payment payments invoice invoices office center centre department ' +
    'kundenservice kundendienst rechnung rechnungen abrechnung sicherheit servicio cliente clientes atención atencion facturación facturacion ' +
    'service client facturation assistenza fatturazione clienti suporte atendimento faturamento ' +
    'klantenservice facturatie obsługa klienta kundtjänst fakturering müşteri hizmetleri fatura'
  ).split(' '),
);
// What an organisation owns and an attacker goes after: "<brand> fleet", "<brand> meters" (not "customers" or
// "users": a lure that impersonates a third party names the brand's customers, and that brand is intelligence).
const ASSET_NOUN = /^ (?:fleet|subscribers?|devices?|meters?|terminals?|chargers?|network)(?![\p{L}\p{N}])/iu;
// A display name and its address where a header or a list puts them: "From: "Name" <a@b.c>", "…, Name <a@b.c>".
const NAME_ADDR = /(?:^|[\n:;,(])[ \t]*"?([^"<>\n\r@,;:()]{2,60}?)"?\s*<\s*[^<>\s@]+@([a-z0-9-]+(?:\.[a-z0-9-]+)+)\s*>/giu;
// The prolonged sound mark (ー) is of no script, yet part of katakana words.
const UNSPACED = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u30fc]+$/u;
const LEGAL = /^(?:gmbh|ag|kg|sa|sas|srl|spa|sl|bv|nv|ab|as|oy|plc|ltd|llc|inc|corp|co|pvt|sapi|cv|ооо|ао|тов|прат|株式会社|有限公司|주식회사)$/u;

interface Sender {
  name: string;
  own: boolean;
}

function fold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss').replace(/[łŁ]/g, 'l').replace(/ı/g, 'i').replace(/œ/g, 'oe').toLowerCase();
}

/** Katakana as hiragana: a brand is often the katakana of the name the company writes in hiragana. */
function kana(s: string): string {
  return s.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
}

function isInternal(domain: string, internalDomains: readonly string[]): boolean {
  const d = domain.toLowerCase();
  return internalDomains.some((x) => d === x || d.endsWith(`.${x}`));
}

/** The display names of the bundle's mail: email-addr objects and "Name <address>" in text. */
export function senders(objects: readonly StixObject[], texts: readonly string[], internalDomains: readonly string[]): Sender[] {
  const out: Sender[] = [];
  for (const o of objects) {
    if (o.type !== 'email-addr' || typeof o.display_name !== 'string' || typeof o.value !== 'string') continue;
    out.push({ name: o.display_name, own: isInternal(o.value.slice(o.value.lastIndexOf('@') + 1), internalDomains) });
  }
  for (const t of texts) {
    if (!t.includes('<') || !t.includes('@')) continue;
    for (const m of matchAll(NAME_ADDR, t)) out.push({ name: m[1].trim(), own: isInternal(m[2], internalDomains) });
  }
  return out;
}

/** The runs of a display name that are not role words ("Weser Strom Billing" → "Weser Strom"). */
function brandRuns(name: string): string[] {
  const runs: string[] = [];
  let run: string[] = [];
  for (const w of name.split(/\s+/).filter(Boolean)) {
    if (ROLE_WORDS.has(fold(w))) {
      if (run.length > 0) runs.push(run.join(' '));
      run = [];
    } else run.push(w);
  }
  if (run.length > 0) runs.push(run.join(' '));
  // A brand is one to three words with a letter; a role word alone leaves nothing.
  // Each word a name's (a capital, or a script without case): "our hotline" is prose.
  return runs.filter((r) => r.split(' ').length <= 3 && /\p{L}{3}|[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]{2}/u.test(r) && r.split(' ').every((w) => !/^\p{Ll}/u.test(w)) && !readsAsPerson(r));
}

// A person, not a brand: "KESSLER, Marlene", "M. Kessler", a known given name, a CJK family and given name.
const INITIAL = /(?:^|\s)\p{Lu}\.(?:\s|$)/u;
const CJK_PERSON = /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]{1,4}[ \u3000][\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]{1,4}$/u;

function readsAsPerson(run: string): boolean {
  return run.includes(',') || INITIAL.test(run) || CJK_PERSON.test(run) || run.split(/\s+/).some((w) => GIVEN_NAMES.has(w.toLowerCase()) || GIVEN_NAMES.has(fold(w)));
}

/** The first part of a brand: its first word, cut at an inner capital or a change of script ("WeserStrom", "ДніпроSIM"). */
function firstPart(brand: string): string {
  const word = brand.split(' ')[0];
  return word.split(/(?<=\p{Ll})(?=\p{Lu})|(?<=[\p{Script=Cyrillic}\p{Script=Greek}])(?=\p{Script=Latin})|(?<=\p{Script=Latin})(?=[\p{Script=Cyrillic}\p{Script=Greek}])/u)[0];
}

/** Stems of the organisation: the words of its names and the labels of its domains, folded. */
export function orgStems(names: readonly string[], internalDomains: readonly string[]): string[] {
  const out = new Set<string>();
  for (const n of names) {
    for (const w of n.split(/[\s,«»"“”()./-]+/u)) {
      // The Arabic article is written onto the noun ("الواحة" is "al-Waha").
      const f = fold(w).replace(/^ال(?=\p{L}{3})/u, '');
      if (f.length >= 3 && !LEGAL.test(f)) out.add(f);
    }
  }
  for (const d of internalDomains) {
    const labels = d.toLowerCase().split('.');
    for (const l of labels.slice(0, -1)) for (const p of l.split('-')) if (p.length >= 3 && !/^(?:com|net|org|gov|www)$/.test(p)) out.add(p);
  }
  return [...out];
}

/** Whether a brand is built on the organisation's stem (the same start, any case, accents folded). */
export function builtOnStem(brand: string, stems: readonly string[], names: readonly string[]): boolean {
  const word = brand.split(' ')[0];
  if (UNSPACED.test(word)) {
    // CJK, kana and Hangul: the brand's first two characters stand in the organisation's name.
    const head = [...kana(word)].slice(0, 2);
    return head.length === 2 && names.some((n) => head.every((c) => kana(n).includes(c)));
  }
  const p = fold(firstPart(brand));
  if ([...p].length < 3) return false;
  return stems.some((s) => s.startsWith(p) || (p.startsWith(s) && [...s].length >= 4));
}

/** Whether the bundle names the brand as the owner of what was attacked ("seen from Acme fleet"). */
function ownsAssets(brand: string, lowerText: string): boolean {
  const lower = brand.toLowerCase();
  for (let i = lowerText.indexOf(lower); i >= 0; i = lowerText.indexOf(lower, i + 1)) {
    if (ASSET_NOUN.test(lowerText.slice(i + lower.length, i + lower.length + 24))) return true;
  }
  return false;
}

/**
 * The submitter's brands the bundle teaches: the brand runs of its own mail's display names, and
 * those of other mail (lures) that the bundle ties to the submitter. `mailTexts` are the strings
 * that may hold "Name <address>", `freeText` the bundle's prose. Threat names never count.
 */
export function learntBrands(
  objects: readonly StixObject[],
  mailTexts: readonly string[],
  freeText: string,
  names: readonly string[],
  internalDomains: readonly string[],
  threatNames: readonly string[],
): string[] {
  const stems = orgStems(names, internalDomains);
  const threats = new Set(threatNames.map((n) => n.toLowerCase()));
  const out = new Set<string>();
  let lowerText: string | undefined;
  for (const s of senders(objects, mailTexts, internalDomains)) {
    const runs = brandRuns(s.name);
    // A person's name at the organisation's domain is staff (bundle-staff.ts); a brand stands beside a role word.
    if (s.own && runs.length === 1 && runs[0] === s.name.trim()) continue;
    for (const b of runs) {
      if (threats.has(b.toLowerCase()) || out.has(b)) continue;
      if (s.own || builtOnStem(b, stems, names) || ownsAssets(b, (lowerText ??= freeText.toLowerCase()))) out.add(b);
    }
  }
  return [...out];
}

/** The spellings a brand is matched in: as written, CamelCase parts split, and its words joined ("WeserStrom", "Weser Strom"). */
export function brandSpellings(brand: string): string[] {
  const split = brand.replace(/(?<=\p{Ll})(?=\p{Lu})/gu, ' ');
  const joined = brand.replace(/\s+/g, '');
  return [...new Set([brand, split, joined])];
}
