import type { CountryCode } from 'libphonenumber-js/max';
import type { Side } from '../types';

/** One detector hit on decoded text. */
export interface Finding {
  start: number;
  end: number;
  /** Token type, e.g. `EMAIL`, `PERSON`. */
  kind: string;
  detector: string;
  /** Higher wins on overlap. */
  priority: number;
  /** Normalised value the pseudonym is keyed on (never reported). */
  value: string;
  /** Literal replacement instead of a token (generalisations such as `203.0.113.0/24`). */
  replacement?: string;
  /** Suffix appended inside the token (`TAC=35332509`). */
  suffix?: string;
  /** A mask: the span is threat data or harmless and lower-priority detectors must not touch it. */
  keep?: boolean;
  side?: Side;
  reason: string;
}

/** What a detector knows about the submission while scanning one string. */
export interface ScanContext {
  /** `full`: every detector; `dictionary`: only the scrub list and dictionaries (threat names). */
  mode: 'full' | 'dictionary';
  region?: CountryCode;
  /** Lower-cased internal domains: the submitter's domains and AD domains. */
  internalDomains: string[];
  netblocks: string[];
  /** Lower-cased values classified victim by structure (IPs, hosts): generalised wherever they appear. */
  victimValues?: Set<string>;
  /** Threat-side values (lower-cased): spans equal to them are never rewritten. */
  isProtected(value: string): boolean;
  /** Whether the IPv4/IPv6 prefixes are generalised or tokenised. */
  ipv4Prefix: number;
  ipv6Prefix: number;
  deviceIds: 'model' | 'drop';
  /** Times in text are floored to this unit (single-event sightings: the day, §3.5). Default: hour. */
  timeUnit?: 'hour' | 'day';
}

/**
 * A detector: pure over the decoded text. `covered(start, end)`, when given, says a span
 * overlaps a stronger finding already accepted, so a hit there could never be applied and
 * needs no costly validation.
 */
export type Detector = (text: string, ctx: ScanContext, covered?: (start: number, end: number) => boolean) => Finding[];

export const PRIORITY = {
  dictionary: 100,
  secret: 90,
  token: 95,
  email: 110,
  internal: 105,
  urlParam: 75,
  keepUrl: 70,
  ip: 60,
  mac: 62,
  device: 55,
  path: 58,
  host: 57,
  phone: 45,
  /** Serials and plates recognised by shape and context, without a label: below phone numbers. */
  unlabelled: 44,
  slot: 50,
  coordinates: 52,
  address: 40,
  dob: 53,
  time: 20,
  person: 30,
  entropy: 15,
} as const;

/** Text before and after a span, lower-cased, for context-word scoring. */
export function around(text: string, start: number, end: number, before = 48, after = 32): string {
  return `${text.slice(Math.max(0, start - before), start)} ${text.slice(end, end + after)}`.toLowerCase();
}

const THREAT_WORDS =
  /\b(?:attacker|attackers|adversary|actor|c2|c&c|cnc|command[- ]and[- ]control|scanner|scanning|payload|dropper|malicious|malware|botnet|beacon(?:s|ing)?|exfil\w*|phishing|smishing|premium|irsf|fraud\w*|callback|threat|ioc|angreifer\w*|schadsoftware|attaquant\w*|malveillant\w*|hameçonnage|botnetz|brute[- ]?force|exploit\w*|staging|implant)\b|攻撃|不正|マルウェア/;
const VICTIM_WORDS =
  /\b(?:our|customer|customers|subscriber|subscribers|meter|employee|employees|workstation|site|victim|internal|kunde\w*|unser\w*|mitarbeiter\w*|client|clients|notre|nos|abonné\w*|compteur|zähler\w*|gateway|plant|werk|usine|staff)\b|社内|顧客|弊社|当社/;

// Clause breaks: a context word in the previous clause ("… (IRSF); our subscriber +34 …") does not
// describe the value, which belongs to the clause it is in.
const CLAUSE_BREAK = /[;!?。；、，,\n(（]|\.\s/g;
const LETTER = /\p{L}/u;

/**
 * The clause right before a span, lower-cased: back to the last clause break that has a word
 * after it (a break followed only by other numbers, as in a list, does not end the clause).
 */
export function clauseBefore(text: string, start: number, max = 60): string {
  const w = text.slice(Math.max(0, start - max), start);
  // The ends of the breaks, then the last one with a letter after it: a letter after a break is
  // also after every earlier one. (exec, not matchAll: that clones the pattern on every call.)
  const ends: number[] = [];
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(w); m !== null; m = CLAUSE_BREAK.exec(w)) ends.push(m.index + m[0].length);
  let cut = 0;
  for (let k = ends.length - 1; k >= 0; k--) {
    if (LETTER.test(w.slice(ends[k]))) {
      cut = ends[k];
      break;
    }
  }
  return w.slice(cut).toLowerCase();
}

/** Context-word side (ANONYMIZER.md §3.2 rule 5) from a window around the span. */
export function contextSide(text: string, start: number, end: number): Side {
  const w = around(text, start, end);
  const t = THREAT_WORDS.test(w);
  const v = VICTIM_WORDS.test(w);
  if (t && !v) return 'threat';
  if (v && !t) return 'victim';
  return 'ambiguous';
}
