import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validate } from '../stix/index';
import { anonymize, createKeyring, DEFAULT_POLICY } from './index';
import { generate, readable } from './synthetic';

// Property tests over generated M2M incident bundles: planted victim identifiers must not
// survive anywhere (also after percent/HTML decoding of the output), planted threat
// indicators must all survive, and the output validates, is deterministic and idempotent.

const KEY = createKeyring('a0a1a2a3a4a5a6a7a8a9aaabacadaeaf');
const NOW = '2024-06-01T00:00:00Z';

describe('property: planted identifiers and threat indicators', () => {
  it('leaks nothing, keeps every threat indicator, validates, is deterministic and idempotent (200 seeds)', (t) => {
    let planted = 0;
    let leaks = 0;
    let threats = 0;
    let survived = 0;
    const leaked: string[] = [];
    const lost: string[] = [];
    for (let seed = 1; seed <= 200; seed++) {
      const p = generate(seed);
      const r = anonymize(p.bundle, DEFAULT_POLICY, KEY, p.profile, { now: NOW });
      const text = readable(r.bundle);
      for (const id of p.identifiers) {
        planted++;
        if (text.includes(id.toLowerCase())) {
          leaks++;
          if (leaked.length < 10) leaked.push(`seed ${seed}: ${id}`);
        }
      }
      for (const th of p.threats) {
        threats++;
        if (text.includes(th.toLowerCase())) survived++;
        else if (lost.length < 10) lost.push(`seed ${seed}: ${th}`);
      }
      const v = validate(r.bundle);
      assert.equal(v.valid, true, `seed ${seed}: ${JSON.stringify(v.errors.slice(0, 3))}`);
      const again = anonymize(p.bundle, DEFAULT_POLICY, KEY, p.profile, { now: NOW });
      assert.deepEqual(again, r, `seed ${seed}: not deterministic`);
      const twice = anonymize(r.bundle, DEFAULT_POLICY, KEY, p.profile, { now: NOW });
      assert.deepEqual(twice.bundle, r.bundle, `seed ${seed}: not idempotent`);
    }
    t.diagnostic(`planted identifiers ${planted}, leaks ${leaks}; threat indicators ${threats}, survived ${survived}`);
    assert.deepEqual(leaked, [], `leaks: ${leaked.join('; ')}`);
    assert.deepEqual(lost, [], `lost: ${lost.join('; ')}`);
  });

  it('keeps every threat indicator in place: each occurrence in an input description is in that description\'s output (200 seeds)', () => {
    const lost: string[] = [];
    for (let seed = 1; seed <= 200; seed++) {
      const p = generate(seed);
      const r = anonymize(p.bundle, DEFAULT_POLICY, KEY, p.profile, { now: NOW });
      const out = new Map(r.bundle.objects.map((o) => [o.id, o]));
      for (const o of p.bundle.objects) {
        if (typeof o.description !== 'string') continue;
        const published = String(out.get(r.idMap[o.id])?.description ?? '');
        const count = (text: string, th: string) => text.split(th).length - 1;
        for (const th of p.threats) if (count(published, th) < count(o.description, th) && lost.length < 10) lost.push(`seed ${seed}: ${th} in ${published}`);
      }
    }
    assert.deepEqual(lost, []);
  });

  it('uses a different pseudonym space per key (no cross-submission linkage)', () => {
    const p = generate(7);
    const a = anonymize(p.bundle, DEFAULT_POLICY, KEY, p.profile, { now: NOW });
    const b = anonymize(p.bundle, DEFAULT_POLICY, createKeyring('b0b1b2b3b4b5b6b7b8b9babbbcbdbebf'), p.profile, { now: NOW });
    const sdoIds = (r: typeof a) => r.bundle.objects.filter((o) => o.type === 'indicator').map((o) => o.id);
    assert.notDeepEqual(sdoIds(a), sdoIds(b));
    for (const id of sdoIds(a)) assert.ok(!p.bundle.objects.some((o) => o.id === id), 'original id published');
  });
});
