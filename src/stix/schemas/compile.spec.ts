import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { precompileSchemas, validatorFor } from './compile';

describe('schemas', () => {
  it('all compile under AJV strict mode', () => {
    assert.doesNotThrow(() => precompileSchemas());
  });

  it('reuse one compiled validator per type', () => {
    const v = validatorFor('indicator');
    assert.ok(v);
    assert.equal(validatorFor('indicator'), v);
    assert.equal(v({ type: 'indicator' }), false);
    assert.ok((v.errors ?? []).some((e) => e.keyword === 'required'));
  });
});
