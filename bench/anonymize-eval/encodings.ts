// The encodings submitters' tools produce around a value: percent, HTML entities, defanging,
// full-width Unicode. Applied to planted values at placement, undone by the scorer's normaliser.
import type { Rng } from './rng';

export type Encoding = 'plain' | 'percent' | 'html' | 'defang' | 'fullwidth';

export function percent(s: string): string {
  return encodeURIComponent(s).replace(/\./g, '%2E').replace(/-/g, '%2D');
}

export function htmlEntities(s: string): string {
  return [...s].map((c) => (/[A-Za-z0-9 ]/.test(c) ? c : c.charCodeAt(0) > 127 ? `&#x${c.codePointAt(0)!.toString(16)};` : `&#${c.charCodeAt(0)};`)).join('');
}

export function defang(s: string, rng: Rng): string {
  const at = rng.pick(['[at]', '(at)', ' AT ', '[@]']);
  const dot = rng.pick(['[.]', '[dot]', '(.)']);
  return s.replace(/^http/i, 'hxxp').replace(/@/g, at).replace(/\.(?=[^.\d]*[a-z])/gi, dot);
}

export function fullwidth(s: string): string {
  return [...s].map((c) => (c >= '!' && c <= '~' ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c === ' ' ? '\u3000' : c)).join('');
}

export function encode(s: string, how: Encoding, rng: Rng): string {
  switch (how) {
    case 'plain':
      return s;
    case 'percent':
      return percent(s);
    case 'html':
      return htmlEntities(s);
    case 'defang':
      return defang(s, rng);
    case 'fullwidth':
      return fullwidth(s);
  }
}

/** Which encodings make sense for a value: percent and HTML only change values with punctuation. */
export function encodingsFor(s: string): Encoding[] {
  const out: Encoding[] = ['fullwidth'];
  if (/[^A-Za-z0-9 ]/.test(s)) out.push('percent', 'html');
  if (/@|\.[a-z]/i.test(s)) out.push('defang');
  return out;
}
