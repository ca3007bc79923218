import { type Detector, type Finding, PRIORITY } from './finding';
import { GIVEN_NAMES, NATIVE_SURNAMES, SURNAMES } from './names-gazetteer';
import { matchAll } from '../match-all';

const CAP = `[\\p{Lu}][\\p{Ll}'’\\-]{1,30}`;
const CAP_WORD = new RegExp(`^${CAP}$`, 'u');
// "Name: Jane Doe", "contact Jane Doe", "Ansprechpartner: Hr. Müller", "担当者: 山田太郎"
const SLOT_RE = new RegExp(
  `\\b(?:name|full name|contact(?: person)?|kontakt(?:person)?|ansprechpartner(?:in)?|analyst|engineer|technician|reported by|reporter|author|authors|submitted by|operator|bearbeiter(?:in)?|techniker(?:in)?|auteur|nom|prénom|interlocuteur|signed|regards|best regards|mit freundlichen grüßen|cordialement|owner|user|assignee|handler|caller|technicien(?:ne)?|ingénieur(?:e)?|opérat(?:eur|rice)|responsable|agent|monteur(?:in)?|ingenieur(?:in)?|担当者?|氏名|報告者|作成者)\\s*[:：,-]?\\s+((?:(?:Hr\\.|Fr\\.|Herr|Frau|Mr\\.?|Mrs\\.?|Ms\\.?|Dr\\.?|M\\.|Mme)\\s)?${CAP}(?:[ \\t]${CAP}){0,2})`,
  'giu',
);
const SLOT_CJK_RE = /(?:担当者?|氏名|報告者|名前|連絡先|作成者)\s*[:：]?\s*([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{2,6}?)(?=[\s、。,.()（）様氏]|$)/gu;
const TITLE_RE = new RegExp(
  `\\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Herr|Frau|Hr|Fr|Mme|Mlle|Monsieur|Madame|Ing|Dipl\\.-Ing)\\.?\\s+(${CAP}(?:[ \\t]${CAP})?)`,
  'gu',
);
const HONORIFIC_RE = /([\p{Script=Han}\p{Script=Katakana}]{2,5})(?:様|さん|氏|殿)/gu;
const TOKEN_RE = new RegExp(`${CAP}|\\p{Lu}{2,}(?![\\p{L}])`, 'gu');
const PERSON_CONTEXT = /\b(?:engineer|technician|operator|analyst|colleague|customer|employee|manager|admin|administrator|installer|kollege|kollegin|techniker|mitarbeiter|kunde|kundin|technicien|opérateur|collègue|client|cliente|said|reported|called|emailed|contacted|wrote)\b|担当|技術者|さん/i;

// Capitalised words that follow a given name without being a surname.
const NOT_SURNAME = new Set(
  `the a an and or of in on at to for from by with via is was has had will may can should this that these those monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december server meter gateway device router modem firmware update
patch team group support security center centre service services network north south east west street road university bank bridge`
    .split(/\s+/),
);

function isName(w: string): boolean {
  return GIVEN_NAMES.has(w.toLowerCase());
}

const persons: Detector = (text, ctx) => {
  const out: Finding[] = [];
  const add = (start: number, end: number, reason: string, boost = 0) => {
    const value = text.slice(start, end).toLowerCase().replace(/\s+/g, ' ');
    if (ctx.isProtected(value)) return;
    out.push({ start, end, kind: 'PERSON', detector: 'person-name', priority: PRIORITY.person + boost, value, side: 'victim', reason });
  };
  for (const m of matchAll(SLOT_RE, text)) {
    const name = m[1];
    const s = m.index! + m[0].length - name.length;
    // A slot value that is a single common word ("Name: Server") is not a person.
    const parts = name.split(/\s+/).filter((p) => !/^(?:Hr|Fr|Herr|Frau|Mr|Mrs|Ms|Dr|M|Mme)\.?$/.test(p));
    if (parts.length === 0 || parts.every((p) => NOT_SURNAME.has(p.toLowerCase()))) continue;
    if (parts.length === 1 && !isName(parts[0]) && !SURNAMES.has(parts[0].toLowerCase()) && !/author|contact|kontakt|ansprech|name|nom|signed|regards|grüßen|cordialement/i.test(m[0])) continue;
    add(s, s + name.length, 'name slot', 5);
  }
  for (const m of matchAll(SLOT_CJK_RE, text)) {
    const s = m.index! + m[0].length - m[1].length;
    add(s, s + m[1].length, 'name slot', 5);
  }
  for (const m of matchAll(TITLE_RE, text)) {
    const s = m.index! + m[0].length - m[1].length;
    if (NOT_SURNAME.has(m[1].toLowerCase())) continue;
    add(s, s + m[1].length, 'title before name', 4);
  }
  for (const m of matchAll(HONORIFIC_RE, text)) add(m.index!, m.index! + m[1].length, 'Japanese honorific', 4);
  // Gazetteer: given name + capitalised word, or surname after a given name; a single
  // gazetteer name only counts next to a person context word.
  const toks = [...matchAll(TOKEN_RE, text)];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!CAP_WORD.test(t[0]) || !isName(t[0])) continue;
    const s = t.index!;
    const next = toks[i + 1];
    const gap = next ? text.slice(s + t[0].length, next.index!) : '';
    if (next && /^[ \t]{1,2}$/.test(gap) && CAP_WORD.test(next[0]) && !NOT_SURNAME.has(next[0].toLowerCase())) {
      const third = toks[i + 2];
      let e = next.index! + next[0].length;
      if (third && /^[ \t]$/.test(text.slice(e, third.index!)) && SURNAMES.has(third[0].toLowerCase())) e = third.index! + third[0].length;
      add(s, e, 'gazetteer given name + surname', SURNAMES.has(next[0].toLowerCase()) ? 2 : 0);
      i++;
      continue;
    }
    const win = text.slice(Math.max(0, s - 40), s + t[0].length + 30);
    if (PERSON_CONTEXT.test(win)) add(s, s + t[0].length, 'gazetteer name in person context');
  }
  // Han-script names: a known surname followed by one to three Han characters.
  if (/\p{Script=Han}/u.test(text)) {
    for (const sn of NATIVE_SURNAMES) {
      for (let p = text.indexOf(sn); p >= 0; p = text.indexOf(sn, p + 1)) {
        const rest = text.slice(p + sn.length, p + sn.length + 3).match(/^(?:(?![様氏殿君])\p{Script=Han}){1,3}/u);
        if (!rest || sn.length + rest[0].length < 2) continue;
        const after = text.slice(p + sn.length + rest[0].length, p + sn.length + rest[0].length + 2);
        const win = text.slice(Math.max(0, p - 12), p + 12);
        if (/^(?:様|さん|氏|殿|君)/.test(after) || /担当|技術者|氏名|連絡|報告|社員|顧客|お客/.test(win)) add(p, p + sn.length + rest[0].length, 'Han-script surname in person context', 3);
      }
    }
  }
  return out;
};

/** Person names: labels, titles, honorifics, a multi-script gazetteer with context. */
export const personDetectors: [string, Detector][] = [['person', persons]];
