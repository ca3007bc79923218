import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadConfig } from '../../config/config.schema';
import { AtRestEncryption, UnsealError } from './at-rest-encryption';

const box = (secret: string) => new AtRestEncryption(loadConfig({ SIGNING_KEY_SECRET: secret }));

describe('AtRestEncryption', () => {
  it('round-trips, with a fresh IV each time', () => {
    const b = box('a'.repeat(32));
    const one = b.seal('signing-key', 'PRIVATE', 'kid-1');
    assert.notEqual(one, b.seal('signing-key', 'PRIVATE', 'kid-1'));
    assert.equal(b.open('signing-key', one, 'kid-1').toString(), 'PRIVATE');
    assert.ok(!one.includes('PRIVATE'));
  });

  it('refuses another key, another purpose, another row (aad) or tampering', () => {
    const b = box('a'.repeat(32));
    const sealed = b.seal('signing-key', 'PRIVATE', 'kid-1');
    assert.throws(() => box('b'.repeat(32)).open('signing-key', sealed, 'kid-1'), UnsealError);
    assert.throws(() => b.open('webhook-secret', sealed, 'kid-1'), UnsealError);
    assert.throws(() => b.open('signing-key', sealed, 'kid-2'), UnsealError);
    const parts = sealed.split('.');
    parts[3] = Buffer.from('x' + Buffer.from(parts[3]!, 'base64url').toString('latin1').slice(1), 'latin1').toString('base64url');
    assert.throws(() => b.open('signing-key', parts.join('.'), 'kid-1'), UnsealError);
  });

  it('seals asset registries under a key of their own, bound to organization and version, never holding the plaintext', () => {
    const b = box('a'.repeat(32));
    const sealed = b.seal('asset-registry', '{"staff":["Ingrid Falk"]}', 'asset-registry:org-1:1');
    assert.equal(b.open('asset-registry', sealed, 'asset-registry:org-1:1').toString(), '{"staff":["Ingrid Falk"]}');
    assert.ok(!Buffer.from(sealed.split('.')[3]!, 'base64url').toString('latin1').includes('Ingrid'));
    assert.throws(() => b.open('asset-registry', sealed, 'asset-registry:org-2:1'), UnsealError);
    assert.throws(() => b.open('asset-registry', sealed, 'asset-registry:org-1:2'), UnsealError);
    assert.throws(() => b.open('asset-registry', 'plain text', 'asset-registry:org-1:1'), UnsealError);
    for (const purpose of ['signing-key', 'webhook-secret'] as const) {
      assert.throws(() => b.open('asset-registry', b.seal(purpose, '{}', 'asset-registry:org-1:1'), 'asset-registry:org-1:1'), UnsealError);
    }
  });
});
