import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isDomainChar, isWordOrDotCode, matchesAtDottedRuns } from './detectors/network';
import { matchAll } from './match-all';
import { prng } from './synthetic';

// The global originals of HOST_RUN_RE and IPV4_RE (network.ts), which run sticky from the dots.
const CASES: [RegExp, (c: number) => boolean][] = [
  [/(?<![A-Za-z0-9_.-])[A-Za-z0-9][A-Za-z0-9_-]{0,62}(?:\.[A-Za-z0-9_-]{1,63}){1,10}\.?/g, isDomainChar],
  [/(?<![\w.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?:\/(\d{1,2}))?(?![\w]|\.\d)/g, isWordOrDotCode],
];

const ALPHABET = '0123456789012345aZ_..../- :x';

function samples(n: number): string[] {
  const rnd = prng(7);
  return Array.from({ length: n }, () => Array.from({ length: 1 + Math.floor(rnd() * 60) }, () => ALPHABET[Math.floor(rnd() * ALPHABET.length)]).join(''));
}

describe('matchesAtDottedRuns', () => {
  it('finds exactly the matches (spans and groups) of the global pattern', () => {
    for (const [global, isRunCode] of CASES) {
      const sticky = new RegExp(global.source, 'y');
      for (const text of [...samples(5000), '10.0.0.1/24.5.6.7', '1.2.3.4/24.x', 'a.b.c '.repeat(30), `${'a'.repeat(70)}.com`]) {
        const want = [...matchAll(global, text)].map((m) => [m.index, ...m]);
        const got = [...matchesAtDottedRuns(text, sticky, isRunCode)].map((m) => [m.index, ...m]);
        assert.deepEqual(got, want, text);
      }
    }
  });
});
