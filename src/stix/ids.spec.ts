import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalJson, deterministicObservableId, isObservableType, parseIdentifier } from './index';

describe('deterministicObservableId', () => {
  // domain-name: the id python-stix2 generates for example.com; ipv4-addr: Python's uuid.uuid5
  // over the JCS text {"value":"198.51.100.3"} in the STIX namespace.
  const CASES: Array<[string, Record<string, unknown>, string]> = [
    ['ipv4-addr', { type: 'ipv4-addr', value: '198.51.100.3' }, 'ipv4-addr--28bb3599-77cd-5a82-a950-b5bc3caf07c4'],
    ['domain-name', { type: 'domain-name', value: 'example.com' }, 'domain-name--bedb4899-d24b-5401-bc86-8f6b4cc18ec7'],
  ];
  for (const [name, sco, expected] of CASES) {
    it(`matches the reference implementation for ${name}`, () => {
      assert.equal(deterministicObservableId(sco), expected);
    });
  }

  it('is independent of property order and of non-contributing properties', () => {
    const a = deterministicObservableId({ type: 'file', name: 'a.exe', hashes: { 'SHA-256': 'ab'.repeat(32) }, size: 5 });
    const b = deterministicObservableId({ size: 9, hashes: { 'SHA-256': 'ab'.repeat(32) }, name: 'a.exe', type: 'file' });
    assert.equal(a, b);
    assert.match(a ?? '', /^file--[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('uses only the preferred hash (MD5, then SHA-1, SHA-256, SHA-512)', () => {
    const both = deterministicObservableId({ type: 'file', hashes: { 'SHA-256': 'ab'.repeat(32), MD5: 'cd'.repeat(16) } });
    const md5 = deterministicObservableId({ type: 'file', hashes: { MD5: 'cd'.repeat(16) } });
    assert.equal(both, md5);
  });

  it('returns undefined for process (no contributing properties) and for custom types', () => {
    assert.equal(deterministicObservableId({ type: 'process', pid: 4 }), undefined);
    assert.equal(deterministicObservableId({ type: 'x-thing', value: 'a' }), undefined);
    assert.equal(deterministicObservableId({ type: 'url' }), undefined);
  });
});

describe('canonicalJson (RFC 8785)', () => {
  it('sorts keys and drops whitespace', () => {
    assert.equal(canonicalJson({ b: 1, a: [true, null, 'x'], c: { z: 1.5, y: 'é' } }), '{"a":[true,null,"x"],"b":1,"c":{"y":"é","z":1.5}}');
  });
  it('serializes numbers the ECMAScript way', () => {
    assert.equal(canonicalJson([1e21, 0.000001, 10.0, -0]), '[1e+21,0.000001,10,0]');
  });
});

describe('parseIdentifier', () => {
  it('splits a valid identifier', () => {
    assert.deepEqual(parseIdentifier('indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f'), {
      type: 'indicator',
      uuid: '8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f',
      version: 4,
    });
  });
  for (const bad of ['indicator-8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f', 'indicator--8e2e2d2b-17d4-4cbf-c38f-98ee46b3cd3f', 'indicator--xyz', '--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f']) {
    it(`rejects ${bad}`, () => assert.equal(parseIdentifier(bad), undefined));
  }
});

describe('isObservableType', () => {
  it('knows the 18 SCO types and nothing else', () => {
    for (const t of ['artifact', 'autonomous-system', 'directory', 'domain-name', 'email-addr', 'email-message', 'file', 'ipv4-addr', 'ipv6-addr', 'mac-addr', 'mutex', 'network-traffic', 'process', 'software', 'url', 'user-account', 'windows-registry-key', 'x509-certificate']) {
      assert.equal(isObservableType(t), true, t);
    }
    assert.equal(isObservableType('indicator'), false);
    assert.equal(isObservableType('x-custom'), false);
  });
});
