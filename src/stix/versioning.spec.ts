import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { newVersion, revoke, StixValidationError, validate } from './index';
import { base } from './spec-support';

const at = (iso: string) => () => new Date(iso);

describe('newVersion', () => {
  it('copies the object and advances modified to the clock', () => {
    const v1 = base('indicator');
    const v2 = newVersion(v1, at('2025-01-01T00:00:00.000Z'), { name: 'renamed' });
    assert.equal(v2.modified, '2025-01-01T00:00:00.000Z');
    assert.equal(v2.name, 'renamed');
    assert.equal(v2.id, v1.id);
    assert.equal(v2.created, v1.created);
    assert.notEqual(v1.name, 'renamed');
    assert.equal(validate(v2).valid, true);
  });

  it('keeps modified strictly increasing when the clock is behind', () => {
    const v1 = base('indicator');
    const v2 = newVersion(v1, at('2000-01-01T00:00:00.000Z'));
    assert.equal(v2.modified, '2024-03-02T10:00:00.001Z');
  });

  it('refuses to change id, created or created_by_ref', () => {
    const v1 = base('indicator');
    assert.throws(() => newVersion(v1, at('2025-01-01T00:00:00Z'), { created: '2025-01-01T00:00:00.000Z' }), (e: unknown) => e instanceof StixValidationError && e.issues[0].rule === 'immutable-property');
  });

  for (const type of ['ipv4-addr', 'marking-definition']) {
    it(`refuses to version a ${type}`, () => {
      assert.throws(() => newVersion(base(type), at('2025-01-01T00:00:00Z')), (e: unknown) => e instanceof StixValidationError && e.issues[0].rule === 'not-versionable');
    });
  }
});

describe('revoke', () => {
  it('produces a valid revoked version', () => {
    const r = revoke(base('malware'), at('2025-01-01T00:00:00.000Z'));
    assert.equal(r.revoked, true);
    assert.equal(r.modified, '2025-01-01T00:00:00.000Z');
    assert.equal(validate(r).valid, true);
  });

  it('refuses to version a revoked object again', () => {
    const r = revoke(base('malware'), at('2025-01-01T00:00:00.000Z'));
    assert.throws(() => newVersion(r, at('2026-01-01T00:00:00Z')), (e: unknown) => e instanceof StixValidationError && e.issues[0].rule === 'version-after-revoked');
  });
});
