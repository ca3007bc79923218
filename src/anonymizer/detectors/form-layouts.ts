import { type Detector, type Finding, PRIORITY } from './finding';
import { foldKey, keyKind } from './id-labels';
import { matchAll } from '../match-all';

/**
 * Two layouts that put a label and its value further apart than "Label: value", whatever the
 * language of the label: a printed form's dot leaders ("Seriennr. ........ AB12-3456") and a call
 * transcript's question and answer ("Agent: Serial number?" / "Caller: AB12-3456"). The label's
 * kind comes from the reference-number families of id-labels.ts.
 */

// One id: a token with a digit, or digits in spaced groups (a smart card, a customer number);
// nothing but closing punctuation after it on the line.
const VALUE = String.raw`((?=\S*\d)[A-Za-z0-9][A-Za-z0-9_/.*:-]{2,40}[A-Za-z0-9]|\d{2,6}(?: \d{1,6}){1,4})([ \t]*[.;,)]?[ \t]*)$`;
const DOT_LEADER_RE = new RegExp(String.raw`^[ \t\-*•]*([^\n:]{2,40}?)[ \t]*\.{4,}[ \t]*` + VALUE, 'gmu');
// The speaker before each line is any name or role ("Agent", "Caller", "Kunde", "客戶").
const QUESTION_ANSWER_RE = new RegExp(String.raw`^[^\n:?]{1,30}:[ \t]*([^\n:?]{2,40})[?？][ \t]*\n[^\n:?]{1,30}:[ \t]*` + VALUE, 'gmu');

/** A value that is an id, not a year, a date, a time or a decimal amount. */
function idShaped(v: string): boolean {
  return v.length >= 4 && !/^(?:19|20)\d{2}$|^\d{1,4}[./:-]\d{1,2}(?:[./:-]\d{1,4})?$|^\d+[.,]\d{1,2}$/.test(v);
}

const formLayouts: Detector = (text, ctx) => {
  const out: Finding[] = [];
  const scan = (re: RegExp, layout: string) => {
    for (const m of matchAll(re, text)) {
      const v = m[2];
      const kind = keyKind(foldKey(m[1]), v.replace(/\D/g, '').length >= 6);
      if (!kind || !idShaped(v) || ctx.isProtected(v.toLowerCase())) continue;
      const start = m.index! + m[0].length - m[3].length - v.length;
      out.push({ start, end: start + v.length, kind, detector: 'form-layout', priority: PRIORITY.slot - 1, value: v.toLowerCase(), side: 'victim', reason: `${kind.toLowerCase()} after its label (${layout})` });
    }
  };
  if (text.includes('....')) scan(DOT_LEADER_RE, 'dot leaders');
  if (/[?？][ \t]*\n/.test(text)) scan(QUESTION_ANSWER_RE, 'question and answer');
  return out;
};

export const formLayoutDetectors: [string, Detector][] = [['form-layouts', formLayouts]];
