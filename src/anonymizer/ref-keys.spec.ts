import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { REF_KEY, REFS_KEY, refKeyKind } from './ref-keys';

describe('refKeyKind', () => {
  it('agrees with endsWith("_ref") / endsWith("_refs")', () => {
    const keys = ['_ref', '_refs', 'created_by_ref', 'object_refs', 'ref', 'refs', '_re', 's', '', 'x_refsx', 'xref', 'x_reff', '_rEf', '__ref', '_ref_s', 'f', 'ef', 'sample_refs', 'x_refss'];
    for (const k of keys) assert.equal(refKeyKind(k), k.endsWith('_ref') ? REF_KEY : k.endsWith('_refs') ? REFS_KEY : 0, k);
  });
});
