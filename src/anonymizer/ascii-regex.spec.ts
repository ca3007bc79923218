import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { asciiSource, patternFor } from './ascii-regex';
import { matchAll } from './match-all';

// Shapes of the detectors' case-insensitive Unicode patterns: labels, lookarounds on \p{…}, captures.
const PATTERNS = [
  /\b(?:name|contact(?: person)?|prénom|担当者?)\s*[:：,-]?\s+((?:(?:Hr\.|Mr\.?)\s)?[\p{Lu}][\p{Ll}'’\-]{1,30}(?:[ \t][\p{Lu}][\p{Ll}'’\-]{1,30}){0,2})/giu,
  /(?<![\p{L}])(?:engineer|techniker|m\.|κ\.)\p{Ll}{0,4}(?![\p{L}])/giu,
  /(?<![\p{Script=Latin}])(password|contraseña|κωδικ\p{L}*|api[_ -]?key)(?![\p{L}])/giu,
  /(?<![\p{L}\p{N}_])(serial(?:[ _-]?(?:number|no\.?))?|s\/n|z(?:ä|ae)hler)\s*[:=#]?\s*([A-Z0-9][A-Z0-9-]{3,30})/giu,
  /(?<![\p{L}\p{N}._%+-])(\p{L}{2,30})[._](\p{L}{2,30})@([a-z0-9-]+(?:\.[a-z0-9-]+)+)/giu,
  /[\p{Script=Han}\p{Script=Hangul}]{2,4}|\P{L}\d/giu,
];

const ALPHABET = 'aAeEkKsSnNmMrR  ._-:@/#0123456789\t';
const WORDS = ['name', 'Name:', 'NAME', 'Contact person', 'engineer', 'Engineers', 'M.', 'password', 'PassWord', 'api_key', 'serial no.', 'S/N', 'zaehler', 'jana.novak@example.com', 'Jana Novak', 'SN-4411-AB'];

/** A seeded mix of label words, names and noise: the regions where the patterns can match. */
function samples(n: number): string[] {
  let seed = 7;
  const rnd = (k: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return (seed >>> 16) % k;
  };
  return Array.from({ length: n }, () => {
    let s = '';
    for (let i = rnd(12); i >= 0; i--) s += (rnd(3) ? ' ' : '') + (rnd(2) ? WORDS[rnd(WORDS.length)] : ALPHABET[rnd(ALPHABET.length)]);
    return s;
  });
}

const all = (re: RegExp, text: string) => [...matchAll(re, text)].map((m) => [m.index, ...m]);
const slow = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => [m.index, ...m]);

describe('ASCII twins of case-insensitive Unicode patterns', () => {
  it('spells \\p{…} as ASCII members, inside and outside classes', () => {
    assert.equal(asciiSource('(?<![\\p{L}])x\\p{Ll}{0,4}[\\p{Lu}\\p{N}_]\\P{L}'), '(?<![A-Za-z])x[a-z]{0,4}[A-Z0-9_][^A-Za-z]');
    assert.equal(asciiSource('[\\p{Script=Han}\\p{Script=Hangul}]{2}'), '[]{2}');
    assert.equal(asciiSource('\\\\p{L}'), '\\\\p{L}', 'an escaped backslash is not a property');
  });

  it('has no twin where iu and i could differ on ASCII text or the property is unknown', () => {
    assert.equal(asciiSource('paſsword'), null);
    assert.equal(asciiSource('\\u{1F600}'), null);
    assert.equal(asciiSource('\\p{Emoji}'), null);
    assert.equal(asciiSource('[\\P{L}]'), null);
  });

  it('finds the same matches as the Unicode pattern on ASCII text', () => {
    const texts = samples(3000);
    for (const re of PATTERNS) {
      assert.notEqual(patternFor(re, 'ascii'), re, re.source);
      let matched = 0;
      for (const t of texts) {
        const expected = slow(re, t);
        matched += expected.length;
        assert.deepEqual(all(re, t), expected, `${re.source} on ${JSON.stringify(t)}`);
      }
      assert.ok(matched > 0, `the samples exercise ${re.source}`);
    }
  });

  it('keeps the Unicode pattern for non-ASCII text and for case-sensitive patterns', () => {
    const re = PATTERNS[0];
    assert.equal(patternFor(re, 'Name: Jürgen Weiß'), re);
    assert.deepEqual(all(re, 'Name: Jürgen Weiß'), slow(re, 'Name: Jürgen Weiß'));
    const sensitive = /[\p{Lu}][\p{Ll}]+/gu;
    assert.equal(patternFor(sensitive, 'Jana'), sensitive);
  });
});
