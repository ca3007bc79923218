// Short names a submitter goes by without listing them: the initials of its registered names.
// Reports sign off with "VEAT SOC" or "per NES policy" as often as with the legal name, and the
// profile usually lists the legal name and a stem only (ANONYMIZER.md: the submitter's identity
// must never leak). Matched case-sensitively and as whole words (see anonymize.ts), so "NET" in a
// threat domain or the word "net" is never taken for a company.

import { matchAll } from './match-all';

/** Legal forms and particles: initialisms are read with and without them ("Acme Energie AG" → AE, AEA). */
const LEGAL_FORMS = new Set(
  [
    'ab', 'ag', 'as', 'a.s.', 'asa', 'bv', 'b.v.', 'co', 'co.', 'corp', 'corp.', 'corporation', 'gmbh', 'inc', 'inc.', 'kg', 'kk', 'k.k.',
    'llc', 'ltd', 'ltd.', 'limited', 'nv', 'n.v.', 'oy', 'oyj', 'plc', 'pty', 'sa', 's.a.', 'sas', 'sarl', 'se', 'spa', 's.p.a.', 'srl', 's.r.l.',
    's.r.o.', 'sp.', 'z', 'o.o.', 'a.ş.', 'ltd.şti.', 'ооо', 'ао',
  ],
);
const PARTICLES = new Set(['of', 'the', 'and', 'für', 'und', 'de', 'la', 'le', 'les', 'du', 'des', 'van', 'der', 'den', 'y', 'e', 'et', 'di', 'del', 'da', 'do', 'och', 'og', 'i', 'w', 've', '&', '+']);

/** Upper-case initialisms (3 to 6 letters) of the organisation's names, e.g. "Vereinigte Energie-Anlagen Thüringen GmbH" → VEAT, VEATG. */
export function orgInitialisms(names: readonly string[]): string[] {
  const out = new Set<string>();
  for (const name of names) {
    if (typeof name !== 'string') continue;
    // Hyphenated compounds count each part ("Energie-Anlagen" → E, A).
    const words = name.split(/[\s,/]+|-(?=\p{Lu})/u).filter((w) => w.length > 0);
    const lettersOf = (ws: string[]) => ws.map((w) => /\p{L}/u.exec(w)?.[0] ?? '').join('').toUpperCase();
    const core = words.filter((w) => !LEGAL_FORMS.has(w.toLowerCase()) && !PARTICLES.has(w.toLowerCase()));
    const withForms = words.filter((w) => !PARTICLES.has(w.toLowerCase()));
    for (const candidate of [lettersOf(core), lettersOf(withForms)]) {
      // Latin, Greek or Cyrillic capitals only: an initialism needs a script with letter case.
      if (candidate.length >= 3 && candidate.length <= 6 && /^[\p{Lu}]+$/u.test(candidate) && /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]+$/u.test(candidate)) {
        out.add(candidate);
        // Also as written on an ASCII keyboard: "AHİ" is typed "AHI", "ÖBB" "OBB".
        if (/^\p{Script=Latin}+$/u.test(candidate)) out.add(candidate.normalize('NFD').replace(/[\u0300-\u036f]/g, ''));
      }
    }
  }
  return [...out];
}

// A security team is named after its organisation: "(VEAT PSIRT)", "NES-CERT", "AMM SOC". In a
// submission that is the submitter's own team far more often than anyone else's, and the short
// name it goes by is seldom in the profile. Acronyms only (mixed-case names are the profile's),
// and not the generic ones ("OT SOC", "ICS-CERT") nor public coordination bodies ("JPCERT", "US-CERT").
// Desks and teams named in words count as well ("XYZ Fraud Desk", "XYZ Security Team").
const TEAM_RE = /(?<![\p{L}\p{N}_.@/-])([A-Z][A-Z0-9&]{1,7})[ -](?:PSIRT|CSIRT|CERT|SIRT|SOC|NOC|CDC|(?:Fraud|Security|Abuse|Cyber|Risk|Trust (?:and|&) Safety) (?:Desk|Team|Unit|Office))(?![\p{L}\p{N}])/gu;
const TEAM_GATE = /PSIRT|CSIRT|CERT|SIRT|SOC|NOC|CDC| (?:Desk|Team|Unit|Office)/;
export const NOT_AN_ORG = new Set([
  'IT', 'OT', 'ICS', 'IOT', 'IIOT', 'SCADA', 'CYBER', 'SEC', 'INFOSEC', 'GLOBAL', 'GROUP', 'CORP', 'MSSP', 'MDR', 'XDR', 'EDR', 'SIEM', 'SOC', 'NOC',
  'THE', 'OUR', 'AND', 'ANY', 'ALL', 'OUT', 'NEW', 'OLD', 'MAIN', 'HQ', 'EU', 'US', 'UK', 'JP', 'KR', 'CN', 'CC', 'BSI', 'CISA', 'NCSC', 'ENISA', 'ANSSI',
  'CCN', 'INCIBE', 'FIRST', 'GOV', 'NATIONAL', 'CERT', 'CSIRT', 'PSIRT', 'SIRT', 'TLP', 'RED', 'AMBER', 'GREEN', 'CLEAR', 'WHITE',
  'APAC', 'EMEA', 'LATAM', 'AMER', 'ANZ', 'DACH', 'CEE', 'MEA', 'PCI', 'GRC', 'IAM', 'DLP', 'VIP', 'IR', 'CTI', 'TI',
]);

/** Adds to `into` the acronyms that name a security team in `text` ("ASSM" in "Cody (ASSM PSIRT)"). */
export function teamShortNames(text: string, into: Set<string>): void {
  if (!TEAM_GATE.test(text)) return;
  for (const m of matchAll(TEAM_RE, text)) {
    const name = m[1];
    if (!NOT_AN_ORG.has(name) && /[A-Z]{2}/.test(name)) into.add(name);
  }
}

// An organisation defines the short name it goes by where it names itself: "Brightwater (BRN)",
// "BRN (Brightwater Networks)". From then on the acronym is the organisation wherever it stands
// ("BRN-IOC beacon", "— Ana, BRN Fraud Desk"), and the profile seldom lists it. The acronym must
// start with the name's first letter: "Acme (CVE-…)" or "Acme (EU)" define nothing.
const ACRONYM_AFTER = /^[ \t]*[(（][ \t]*([A-Z][A-Z0-9&]{1,7})[ \t]*[)）]/;
const ACRONYM_BEFORE = /(?<![\p{L}\p{N}])([A-Z][A-Z0-9&]{1,7})[ \t]*[(（][ \t]*$/u;

/** Adds to `into` the acronyms `text` defines for one of the organisation's `names` (and their first word). */
export function definedShortNames(text: string, names: readonly string[], into: Set<string>): void {
  if (!text.includes('(') && !text.includes('（')) return;
  const lower = text.toLowerCase();
  for (const key of nameKeys(names)) {
    for (let at = lower.indexOf(key); at >= 0; at = lower.indexOf(key, at + 1)) {
      const end = at + key.length;
      if (isWordChar(text[at - 1]) || isWordChar(text[end])) continue;
      const after = ACRONYM_AFTER.exec(text.slice(end, end + 16))?.[1];
      const before = /^[ \t]*[)）]/.test(text.slice(end, end + 4)) ? ACRONYM_BEFORE.exec(text.slice(Math.max(0, at - 16), at))?.[1] : undefined;
      for (const acronym of [after, before]) {
        if (acronym && acronym.length >= 2 && /[A-Z]{2}/.test(acronym) && !NOT_AN_ORG.has(acronym) && fold(acronym[0]) === fold(key[0])) into.add(acronym);
      }
    }
  }
}

/** The names lower-cased, with the first word of each where it is distinctive enough to stand alone ("Brightwater"). */
function nameKeys(names: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const name of names) {
    if (typeof name !== 'string') continue;
    const n = name.trim().toLowerCase();
    if (n.length >= 3) keys.add(n);
    const first = n.split(/[\s,]+/)[0];
    if (first.length >= 4 && !LEGAL_FORMS.has(first) && !PARTICLES.has(first)) keys.add(first);
  }
  return [...keys];
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const fold = (c: string) => c.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toUpperCase();
