// People and short names that the bundle itself ties to its submitter, learnt before scanning so
// that they are removed wherever they stand, also where no context word announces them
// (ANONYMIZER.md: the submitter's identity must never leak; its staff list in the profile is
// often empty). The signals are structural, not guesses from the words alone:
// - `authors` of notes and opinions: the people who wrote them, the submitter's analysts;
// - the "Name <address>" of an identity's `contact_information`;
// - a sign-off line around an address at the submitter's own domains ("PSIRT: Name, address, ACME");
// - the speakers of a pasted chat log ("[09:12] Name: …", "Name  9:12 AM").

import { matchAll } from './match-all';
import { NOT_NAME_WORDS } from './detectors/person-leads';
import { NOT_AN_ORG } from './org-initialisms';
import type { StixObject } from './types';

export interface BundleStaff {
  /** Full names ("Gemma Lightfoot", "菊地 千尋"). */
  names: Set<string>;
  /** Logins built from names ("wyatt.hutchins"). */
  handles: Set<string>;
  /** Upper-case short names of the organisation ("ACME"), matched case-sensitively. */
  shortNames: Set<string>;
  /** "Brand Model" mentions → the number of strings they stand in (see productBrands). */
  products: Map<string, number>;
  /** Whether the bundle speaks of a PSIRT: a vendor's product security team. */
  psirt: boolean;
}

export function emptyBundleStaff(): BundleStaff {
  return { names: new Set(), handles: new Set(), shortNames: new Set(), products: new Map(), psirt: false };
}

// A name as people write it: two to four words of letters (any script), or a CJK name of two to
// five characters. No digits, no '@', nothing a sentence would hold.
const SPACED_NAME = /^[\p{L}\p{M}'’.-]+(?:[ \u3000][\p{L}\p{M}'’.-]+){1,3}$/u;
const CJK_NAME = /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]{2,5}$/u;
const HANDLE = /^[a-z][a-z0-9]{0,30}(?:[._-][a-z0-9]{2,30}){1,2}$/i;
const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'la', 'le', 'du', 'des', 'da', 'das', 'dos', 'di', 'el', 'al', 'bin', 'ibn', 'ter', 'ten', 'zu', 'y']);
// Titles that may open a name in a contact line: not part of the name.
const TITLE = /^(?:mr|mrs|ms|dr|prof|herr|frau|mme|m|sr|sra|sig)\.?\s+/i;

/** A full name, with any title removed, or undefined when `s` is not one. */
function asName(s: string): string | undefined {
  const t = s.trim().replace(TITLE, '');
  if (CJK_NAME.test(t.replace(/[ \u3000]/g, '')) && t.length <= 6) return t;
  if (!SPACED_NAME.test(t)) return undefined;
  const words = t.toLowerCase().split(/[ \u3000]+/);
  // Roles and organisation words ("Product Security Engineer", "Support Team") are not names;
  // particles inside a name ("van der Westhuizen", "de la Cruz") are.
  if (words.some((w, i) => NOT_NAME_WORDS.has(w) && !(i > 0 && i < words.length - 1 && PARTICLES.has(w)))) return undefined;
  // Latin-script names start with a capital; caseless scripts are taken as written.
  if (/^\p{Ll}/u.test(t)) return undefined;
  return t;
}

/** Adds a name or a login; true for a name. */
function addPerson(s: string, into: BundleStaff): boolean {
  const name = asName(s);
  if (name) into.names.add(name);
  else if (HANDLE.test(s.trim())) into.handles.add(s.trim().toLowerCase());
  return name !== undefined;
}

// A person's own address spells their name in its local part ("s.choi@", "ya-ting.huang@"): the
// latin spelling of a name written in another script. Only local parts of two or more words.
const NAME_LOCAL_PART = /^[a-z]+(?:[._-][a-z]+)+\d{0,4}$/i;

/** The address of a person named next to it (a contact or sign-off line). */
function addOwnAddress(address: string, into: BundleStaff): void {
  const local = address.slice(0, address.indexOf('@'));
  if (NAME_LOCAL_PART.test(local)) into.handles.add(local.toLowerCase());
}

// "Name <address>" and "Name, +44 …" at the start of an identity's contact line.
const CONTACT_NAME = /^\s*([^<>,;/|\n\d@]{2,60}?)\s*(?:<([^<>\s]+@[^<>\s]+)>|,|;|\/|\|)/;

// A custom property the submitter's tooling fills with one of its people ("x_acme_case_owner", "x_analyst").
const PERSON_KEY = /^x_(?:[a-z0-9]+_)*(?:owner|analyst|assignee|handler|reporter|author|responder|engineer|investigator)$/;

/** Authors of notes and opinions, the contact person of identities, and people in custom properties. */
export function learnFromObject(o: StixObject, into: BundleStaff): void {
  if (Array.isArray(o.authors)) for (const a of o.authors) if (typeof a === 'string') addPerson(a, into);
  for (const k in o) if (k.startsWith('x_') && PERSON_KEY.test(k) && typeof o[k] === 'string') addPerson(o[k] as string, into);
  if (o.type === 'identity' && typeof o.contact_information === 'string') {
    const m = CONTACT_NAME.exec(o.contact_information);
    if (m && addPerson(m[1], into) && m[2]) addOwnAddress(m[2], into);
  }
}

const ADDRESS = /[\p{L}\p{N}._%+-]+@([a-z0-9-]+(?:\.[a-z0-9-]+)+)/giu;
const SHORT_NAME = /^[A-Z][A-Z0-9&]{2,7}$/;
// A label before the first item of a sign-off line ("PSIRT:", "Contact -").
const LEAD_LABEL = /^[^,:]{1,24}[:：]\s*/;
const MAX_SIGN_OFF = 200;

/**
 * The other items of a sign-off line that holds an address at the submitter's domains
 * ("PSIRT: Gemma Lightfoot, g.lightfoot@acme.example, ACMX"): the organisation's short name and
 * the person who signs.
 */
function signOffs(text: string, internalDomains: readonly string[], into: BundleStaff): void {
  // Line by line, each line once: a megabyte of addresses on one line is not a sign-off.
  for (let at = text.indexOf('@'); at >= 0; ) {
    const lineStart = text.lastIndexOf('\n', at) + 1;
    const nl = text.indexOf('\n', at);
    const lineEnd = nl < 0 ? text.length : nl;
    at = nl < 0 ? -1 : text.indexOf('@', nl);
    if (lineEnd - lineStart > MAX_SIGN_OFF) continue;
    signOffLine(text.slice(lineStart, lineEnd), internalDomains, into);
  }
}

function signOffLine(line: string, internalDomains: readonly string[], into: BundleStaff): void {
  for (const m of matchAll(ADDRESS, line)) {
    const domain = m[1].toLowerCase();
    if (!internalDomains.some((d) => domain === d || domain.endsWith(`.${d}`))) continue;
    const items = line.split(/\s*[,;|·]\s*/);
    // A list of contact items with the address as one of them, not prose that holds an address.
    if (items.length < 2 || items.length > 6 || !items.some((x) => x.replace(/^<|>$/g, '') === m[0])) continue;
    let named = false;
    items.forEach((raw, i) => {
      const item = (i === 0 ? raw.replace(LEAD_LABEL, '') : raw).trim();
      if (item.includes('@')) return;
      if (SHORT_NAME.test(item) && /[A-Z]{3}/.test(item)) {
        if (!NOT_AN_ORG.has(item)) into.shortNames.add(item);
      } else if (addPerson(item, into)) named = true;
    });
    if (named) addOwnAddress(m[0], into);
  }
}

// "[09:12] Name: …" / "[2024-05-01 09:12] handle: …" / WhatsApp's "[01/05/24, 09:12:07] Name: …" and Teams' "Name  9:12 AM" on a line of its own.
const BRACKET_SPEAKER = /^\[(?:\d{4}-\d{2}-\d{2}[ T]|\d{1,2}[./]\d{1,2}[./]\d{2,4},?[ \t])?\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AP]M)?\]\s+([^:\n]{2,40}?):\s/gimu;
const TEAMS_SPEAKER = /^([^\n\d@:[\]]{2,40}?)[ \t]{1,4}\d{1,2}:\d{2}\s?[AP]M[ \t]*$/gimu;

/** Speakers of a pasted chat log. */
function chatSpeakers(text: string, into: BundleStaff): void {
  if (text.includes('] ')) for (const m of matchAll(BRACKET_SPEAKER, text)) addPerson(m[1], into);
  if (/\d ?[AP]M/i.test(text)) for (const m of matchAll(TEAMS_SPEAKER, text)) addPerson(m[1], into);
}

// "Owner: Noha (noha.elnaggar)": a given name with the login built from it in brackets.
const NAME_WITH_LOGIN = /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}{1,20}) \(((\p{Ll}{2,21})[._-]\p{Ll}{2,30})\)/gu;

/** Logins written beside the given name they are built from. */
function loginsBesideNames(text: string, into: BundleStaff): void {
  for (const m of matchAll(NAME_WITH_LOGIN, text)) if (m[3] === m[1].toLowerCase()) into.handles.add(m[2]);
}

// A product as a vendor names it: a capitalised make before a model designation with letters and digits,
// capitals before a hyphen, two capitals or an inner capital ("Korvo PT-900", "Lumo GX3", "Vireo
// RF-Mesh", "Aurix HomeCharge"), or a model word with its number or edition ("Pellix Counter 6",
// "Aurix Wallbox 22", "Vireo Stream One"), in Latin letters also inside text of other scripts. Not
// a compound word ("Mirai-besmetting"), a street and house number ("Oude Haven 107, 5041 EB", a
// comma after the number), nor a town before its postcode ("Swindon SN1 5RE", "Dublin D02 X285"):
// a designation is not followed by a short code.
const PRODUCT = /(?<![\p{Script=Latin}\p{N}_.@/-])(\p{Lu}\p{Ll}{2,15}) ((?:[\p{Lu}\d]+-[\p{Script=Latin}\d]+|\p{Script=Latin}+\d[\p{Script=Latin}\d]*|\d+\p{Script=Latin}[\p{Script=Latin}\d]*|\p{Lu}{2,}[\p{Script=Latin}\d]*|\p{Lu}\p{Ll}+\p{Lu}\p{Script=Latin}*|\p{Lu}\p{Ll}{2,15} (?:\d{1,4}(?![.:\/]\d|[-\/]?[A-Za-z]?,)|One|Mini|Pro|Max|Plus|Lite|Ultra|Neo|Air|SE|XL))(?![\p{Script=Latin}\d])(?! [A-Z\d]{3,4}(?![\p{L}\d-])))/gu;
// The cheap test first: a capital, a lower-case letter, and a space before a capital or digit.
const MAY_HOLD_PRODUCT = /\p{Lu}\p{Ll}+ [\p{Lu}\d]/u;
// Words that stand before version and model numbers without being anyone's make.
const NOT_A_MAKE = new Set([
  'windows', 'linux', 'android', 'server', 'version', 'release', 'build', 'model', 'firmware', 'item', 'port', 'unit', 'device', 'type', 'case',
  'ticket', 'page', 'step', 'phase', 'level', 'update', 'patch', 'service', 'office', 'room', 'floor', 'building', 'site', 'line', 'batch', 'lot',
  'chapter', 'section', 'figure', 'table', 'annex', 'rule', 'policy', 'priority', 'severity', 'stage', 'tier', 'zone', 'area', 'block', 'route',
  'bay', 'gate', 'dock', 'platform', 'terminal', 'week', 'day', 'year', 'quarter', 'round', 'wave', 'part', 'volume', 'issue', 'season', 'suite', 'flat',
  'house', 'station', 'sprint', 'edition', 'episode', 'appendix', 'article', 'paragraph', 'clause', 'option', 'group', 'team',
  // Street words: "Oude Haven 12", "Calle Mayor 5", "Rua Augusta 200".
  'straat', 'laan', 'weg', 'gracht', 'plein', 'kade', 'haven', 'singel', 'dreef', 'straße', 'strasse', 'gasse', 'platz', 'allee', 'ring', 'rue', 'boulevard',
  'chemin', 'calle', 'avenida', 'rua', 'travessa', 'via', 'viale', 'piazza', 'corso', 'ulica', 'aleja', 'sokak', 'caddesi', 'lane', 'drive', 'way', 'close',
  'crescent', 'parade', 'terrace', 'place', 'court', 'square', 'street', 'road', 'avenue', 'highway',
]);

/** Sign-off lines, chat speakers, named logins and product mentions of one string of the bundle (cheap gates first). */
export function learnFromText(text: string, internalDomains: readonly string[], into: BundleStaff): void {
  // Every signal holds a space; ids, times, hashes and single values do not.
  if (text.length < 8 || !text.includes(' ')) return;
  if (internalDomains.length > 0 && text.includes('@')) signOffs(text, internalDomains, into);
  if (text.includes(':')) chatSpeakers(text, into);
  if (text.includes(' (')) loginsBesideNames(text, into);
  if (!into.psirt && text.includes('PSIRT')) into.psirt = /\bPSIRT\b/.test(text);
  if (!MAY_HOLD_PRODUCT.test(text)) return;
  const seen = new Set<string>();
  for (const m of matchAll(PRODUCT, text)) {
    const key = `${m[1]} ${m[2]}`;
    // The model's own first word is not an ordinary one either ("Since March 12", "Loading Bay 4").
    const modelWord = m[2].split(' ')[0].toLowerCase();
    if (seen.has(key) || NOT_A_MAKE.has(m[1].toLowerCase()) || NOT_NAME_WORDS.has(m[1].toLowerCase()) || NOT_A_MAKE.has(modelWord) || NOT_NAME_WORDS.has(modelWord)) continue;
    seen.add(key);
    into.products.set(key, (into.products.get(key) ?? 0) + 1);
  }
}

/**
 * The makes of the products a vendor's PSIRT writes about: a PSIRT handles its own products, and
 * the product names the vendor (ANONYMIZER.md, quasi-identifiers). A make counts when the same
 * make and model stand in two or more strings of the bundle.
 */
export function productBrands(staff: BundleStaff, threatNames: readonly string[]): string[] {
  if (!staff.psirt) return [];
  // "Akira C2" is a malware family and its infrastructure, "Suspected ToxicPanda" a sentence about one.
  const threatWords = new Set(threatNames.flatMap((n) => n.toLowerCase().split(/[^\p{L}\p{N}]+/u)));
  const out = new Set<string>();
  for (const [key, n] of staff.products) {
    const [make, model] = [key.slice(0, key.indexOf(' ')), key.slice(key.indexOf(' ') + 1)];
    if (n >= 2 && !threatWords.has(make.toLowerCase()) && !threatWords.has(model.toLowerCase())) out.add(make);
  }
  return [...out];
}

/** Parts of a learnt name that are specific enough to stand alone ("Lightfoot", "菊地"). */
export function nameParts(name: string): string[] {
  const words = name.split(/[ \u3000]+/).filter(Boolean);
  if (words.length === 1 && CJK_NAME.test(name)) {
    // A CJK name without a space: a one-character family name and the given name (楊 + 冠廷).
    return [...name].length >= 3 ? [[...name].slice(1).join('')] : [];
  }
  const cjk = words.every((w) => CJK_NAME.test(w) || /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]$/u.test(w));
  return words.filter((w) => (cjk ? [...w].length >= 2 : [...w].length >= 4) && !NOT_NAME_WORDS.has(w.toLowerCase()));
}

/** Parts of a login built from a name ("wyatt.hutchins" → wyatt, hutchins). */
export function handleParts(handle: string): string[] {
  return handle.split(/[._-]/).filter((p) => p.length >= 4 && /^[a-z]+$/.test(p) && !NOT_NAME_WORDS.has(p));
}
