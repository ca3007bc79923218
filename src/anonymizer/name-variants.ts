import { HE_STOP, HI_STOP, isPersonWord, NOT_GIVEN, NOT_SURNAME, WORD_SURNAMES } from './detectors/person';
import { AR_GIVEN, GIVEN_NAMES, HE_GIVEN, HI_GIVEN } from './detectors/names-gazetteer';
import { TH_GIVEN } from './detectors/names-regional';
import { NOT_NAME_WORDS } from './detectors/person-leads';

/**
 * The other spellings under which a person found by name (two or more words) shows up in the
 * same bundle: the surname on its own ("Mr Kettering", "ssid=kettering-home", a signature split
 * by a token) and the logins built from the name ("@anna.berg", "CORP\berg_anna").
 */
export interface NameVariants {
  /** Lower-cased surnames (accented and ASCII-folded), each specific enough to stand alone. */
  surnames: string[];
  /** Lower-cased given.family and family.given logins (with '.', '_'), ASCII-folded. */
  logins: string[];
  /** The given name with the surname's initial, as chats and signatures shorten it ("anna b."). */
  shortened: string[];
  /** Those of `surnames` that are the name's first word (an unlisted given name, "sönke" of "Sönke Berg"). */
  leading: string[];
}

// Titles that open a found name ("Mr Anna Berg", "Herr Berg"): not part of a login.
const TITLES = new Set(
  "mr mrs ms miss dr prof herr frau hr fr m mme mlle sr sra srta sig dott ing dhr mevr pan pani paní bay bayan bey hanım sn herra rouva fru domnul doamna bapak ibu pak ông bà anh chị úr asszony κος пан пані г-н г-жа господин госпожа מר גב' גברת السيد السيدة الأستاذ الأستاذة श्री श्रीमती"
    .split(' '),
);
const CASELESS_GIVEN = [AR_GIVEN, HE_GIVEN, HI_GIVEN, TH_GIVEN];
// Scripts whose names are written as words with spaces; a surname of them travels on its own.
const LATIN_WORD = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Devanagari}\p{Script=Thai}\p{M}'’׳־-]+$/u;

// Scripts with capital letters: only there is an initial with a full stop a way to write a name.
const CASED_WORD = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}'’-]+$/u;

function ascii(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss').replace(/[łŁ]/g, 'l').replace(/ı/g, 'i').replace(/ø/g, 'o').replace(/æ/g, 'ae');
}

/**
 * Variants of a found name (lower-cased words). Surnames that are ordinary words ("Park",
 * "Young"), person words ("Kunden"), organisation words, given names and short words never travel alone, nor does any
 * part of a threat value (`insideThreat`).
 */
export function nameVariants(name: string, insideThreat: (v: string) => boolean): NameVariants {
  const words = name.toLowerCase().replace(/,/g, ' ').split(/\s+/).filter((w) => w.length > 0 && !/\./.test(w) && !TITLES.has(w));
  const out: NameVariants = { surnames: [], logins: [], shortened: [], leading: [] };
  if (words.length < 2 || words.length > 4 || !words.every((w) => LATIN_WORD.test(w))) return out;
  for (const w of words) {
    if ([...w].length < 4 || WORD_SURNAMES.has(w) || isPersonWord(w) || NOT_NAME_WORDS.has(w) || GIVEN_NAMES.has(w) || GIVEN_NAMES.has(ascii(w)) || CASELESS_GIVEN.some((s) => s.has(w))) continue;
    for (const form of new Set([w, ascii(w)])) {
      if (insideThreat(form)) continue;
      out.surnames.push(form);
      if (w === words[0] && !name.includes(',')) out.leading.push(form);
    }
  }
  const [a, b] = [ascii(words[0]), ascii(words[words.length - 1])];
  for (const sep of ['.', '_']) {
    for (const login of [`${a}${sep}${b}`, `${b}${sep}${a}`]) if (!insideThreat(login)) out.logins.push(login);
  }
  // The initial is of the word after the given name ("Anouk van Dongen" is "Anouk V."); "Berg, Anna" is "Anna B.".
  const [given, surname] = name.includes(',') ? [words[words.length - 1], words[0]] : [words[0], words[1]];
  if (CASED_WORD.test(given) && [...given].length >= 3 && !isPersonWord(given) && !NOT_NAME_WORDS.has(given)) out.shortened.push(`${given} ${[...surname][0]}.`);
  return out;
}

// The word after a name's leading word: capitalised in a cased script, any word of a script without case.
const NEXT_CASED_RE = /^[ \t](\p{Lu}\p{Ll}{2,30}(?:-\p{Lu}\p{Ll}{1,30})?)(?![\p{L}\p{N}_@]|[.-][\p{L}\p{N}])/u;
const NEXT_CASELESS_RE = /^[ \t]([\p{Script=Devanagari}\p{Script=Thai}\p{Script=Arabic}\p{Script=Hebrew}\p{M}]{2,30})(?![\p{L}\p{M}\p{N}])/u;
const CASELESS_WORD = /^[\p{Script=Devanagari}\p{Script=Thai}\p{Script=Arabic}\p{Script=Hebrew}\p{M}]+$/u;

/**
 * The surname standing after `lead`, the unlisted first word of a name found elsewhere, in `after`
 * (the text that follows it): two people share the given name, and "Sönke" of "Sönke Berg" opens
 * "Sönke Vossberg" here. Words that are not names (person words, organisation and calendar words,
 * another given name, the function words of caseless scripts) are not taken.
 */
export function surnameAfter(lead: string, after: string): string | undefined {
  const caseless = CASELESS_WORD.test(lead);
  const w = (caseless ? NEXT_CASELESS_RE : NEXT_CASED_RE).exec(after)?.[1];
  if (w === undefined) return undefined;
  const l = w.toLowerCase();
  if (NOT_SURNAME.has(l) || NOT_GIVEN.has(l) || NOT_NAME_WORDS.has(l) || isPersonWord(l) || GIVEN_NAMES.has(l) || GIVEN_NAMES.has(ascii(l))) return undefined;
  if (caseless && (HI_STOP.has(w) || HE_STOP.has(w) || CASELESS_GIVEN.some((s) => s.has(w)))) return undefined;
  return w;
}
