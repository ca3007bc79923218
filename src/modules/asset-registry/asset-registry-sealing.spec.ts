import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadConfig } from '../../config/config.schema';
import { AtRestEncryption } from '../signing/at-rest-encryption';
import { AssetRegistrySealing, RegistryUnsealError } from './asset-registry-sealing';

const config = (secret: string) => loadConfig({ SIGNING_KEY_SECRET: secret });
const box = (secret: string) => new AssetRegistrySealing(config(secret));

describe('AssetRegistrySealing', () => {
  it('round-trips, with a fresh IV each time, and never holds the plaintext', () => {
    const b = box('a'.repeat(32));
    const one = b.seal('{"staff":["Ingrid Falk"]}', 'asset-registry:org-1:1');
    assert.notEqual(one, b.seal('{"staff":["Ingrid Falk"]}', 'asset-registry:org-1:1'));
    assert.equal(b.open(one, 'asset-registry:org-1:1'), '{"staff":["Ingrid Falk"]}');
    assert.ok(!Buffer.from(one.split('.')[3], 'base64url').toString('latin1').includes('Ingrid'));
  });

  it('refuses another secret, another organization or version (aad), tampering and foreign formats', () => {
    const b = box('a'.repeat(32));
    const sealed = b.seal('{}', 'asset-registry:org-1:1');
    assert.throws(() => box('b'.repeat(32)).open(sealed, 'asset-registry:org-1:1'), RegistryUnsealError);
    assert.throws(() => b.open(sealed, 'asset-registry:org-2:1'), RegistryUnsealError);
    assert.throws(() => b.open(sealed, 'asset-registry:org-1:2'), RegistryUnsealError);
    const parts = sealed.split('.');
    parts[2] = Buffer.alloc(16).toString('base64url');
    assert.throws(() => b.open(parts.join('.'), 'asset-registry:org-1:1'), RegistryUnsealError);
    assert.throws(() => b.open('plain text', 'asset-registry:org-1:1'), RegistryUnsealError);
  });

  it('uses a key of its own: values sealed for signing keys or webhook secrets do not open as a registry', () => {
    const shared = new AtRestEncryption(config('a'.repeat(32)));
    for (const purpose of ['signing-key', 'webhook-secret'] as const) {
      assert.throws(() => box('a'.repeat(32)).open(shared.seal(purpose, '{}', 'asset-registry:org-1:1'), 'asset-registry:org-1:1'), RegistryUnsealError);
    }
  });
});
