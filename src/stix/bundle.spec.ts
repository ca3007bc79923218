import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { validate } from './index';
import { base } from './spec-support';

type Obj = Record<string, unknown>;
const bundle = (objects: unknown[], extra: Obj = {}): Obj => ({
  type: 'bundle',
  id: 'bundle--5d0092c5-5f74-4287-9642-33f4c354e56d',
  objects,
  ...extra,
});

describe('validate: bundles', () => {
  it('reports every bad object, each with its id and a pointer into the bundle', () => {
    const good = base('malware');
    const bad1 = base('indicator');
    bad1.valid_until = '2000-01-01T00:00:00Z';
    const bad2 = base('relationship');
    bad2.stop_time = bad2.start_time;
    const bad3 = base('ipv4-addr');
    delete bad3.value;
    const r = validate(bundle([good, bad1, bad2, bad3]));
    assert.equal(r.valid, false);
    assert.deepEqual(
      r.errors.map((e) => [e.objectId, e.path, e.rule]),
      [
        [bad1.id, '/objects/1/valid_until', 'valid-until-before-valid-from'],
        [bad2.id, '/objects/2/stop_time', 'stop-time-before-start-time'],
        [bad3.id, '/objects/3/value', 'required-property'],
      ],
    );
  });

  it('accepts an empty bundle', () => {
    assert.equal(validate(bundle([])).valid, true);
  });

  it('accepts grouping, incident, location, note and opinion in a bundle (the OASIS bundle schema does not)', () => {
    const r = validate(bundle(['grouping', 'incident', 'location', 'note', 'opinion'].map((t) => base(t))));
    assert.deepEqual(r.errors, []);
  });

  it('accepts references to objects outside the bundle and markings not in it', () => {
    const o = base('indicator');
    o.object_marking_refs = ['marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ec'];
    o.created_by_ref = 'identity--00000000-0000-4000-8000-000000000000';
    assert.deepEqual(validate(bundle([o])).errors, []);
  });

  it('accepts a granular marking with lang only (the OASIS schema requires marking_ref)', () => {
    const o = base('campaign');
    o.granular_markings = [{ lang: 'en', selectors: ['name'] }];
    assert.deepEqual(validate(o).errors, []);
  });

  it('accepts very long descriptions', () => {
    const o = base('campaign');
    o.description = 'x'.repeat(2_000_000);
    assert.equal(validate(bundle([o])).valid, true);
  });

  const ENVELOPE: Array<[string, Obj, string]> = [
    ['without id', { id: undefined }, 'required-property'],
    ['with a report id', { id: 'report--5d0092c5-5f74-4287-9642-33f4c354e56d' }, 'identifier-type-mismatch'],
    ['with a malformed id', { id: 'bundle--1' }, 'invalid-identifier'],
    ['with objects not a list', { objects: {} }, 'wrong-type'],
    ['without objects', { objects: undefined }, 'required-property'],
    ['with a non-object entry', { objects: ['indicator'] }, 'not-an-object'],
    ['with a nested bundle', { objects: [{ type: 'bundle', id: 'bundle--5d0092c5-5f74-4287-9642-33f4c354e56e', objects: [] }] }, 'nested-bundle'],
    ['with an object without type', { objects: [{ id: 'indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f' }] }, 'required-property'],
    ['with an object whose type is a number', { objects: [{ type: 5 }] }, 'wrong-type'],
  ];
  for (const [name, extra, rule] of ENVELOPE) {
    it(`rejects a bundle ${name} (${rule})`, () => {
      const b = JSON.parse(JSON.stringify(bundle([], extra))) as Obj;
      const r = validate(b);
      assert.ok(r.errors.some((e) => e.rule === rule), JSON.stringify(r.errors));
    });
  }

  it('warns about a STIX 2.0 spec_version on a bundle', () => {
    const r = validate(bundle([], { spec_version: '2.0' }));
    assert.equal(r.valid, true);
    assert.equal(r.warnings[0]?.rule, 'spec-version');
  });

  it('rejects a version that follows a revoked version of the same object', () => {
    const v1 = base('malware');
    const v2 = { ...structuredClone(v1), modified: '2024-03-03T10:00:00.000Z', revoked: true };
    const v3 = { ...structuredClone(v1), modified: '2024-03-04T10:00:00.000Z' };
    const r = validate(bundle([v1, v2, v3]));
    assert.deepEqual(
      r.errors.map((e) => [e.path, e.rule]),
      [['/objects/2/revoked', 'version-after-revoked']],
    );
    assert.equal(validate(bundle([v1, v2])).valid, true);
  });

  it('rejects a maximum-objects overflow with a clear error', () => {
    const r = validate(bundle([base('url'), base('url')]), { maxObjects: 1 });
    assert.equal(r.errors[0].rule, 'too-many-objects');
  });

  it('rejects inputs that are not JSON objects', () => {
    for (const input of [null, 42, 'bundle', [], [base('url')], true]) {
      const r = validate(input);
      assert.equal(r.valid, false);
      assert.equal(r.errors[0].rule, 'not-an-object');
    }
  });

  it('escapes JSON pointer tokens', () => {
    const o = base('campaign');
    o['bad/name~x'] = 1;
    const r = validate(o);
    assert.ok(r.errors.some((e) => e.path === '/bad~1name~0x' && e.rule === 'invalid-property-name'), JSON.stringify(r.errors));
  });
});

describe('validate: hostile input', () => {
  function nest(depth: number): unknown {
    let v: unknown = 'leaf';
    for (let i = 0; i < depth; i++) v = { x_nested: v };
    return v;
  }

  it('refuses very deep nesting with a clear error and no stack overflow', () => {
    const o = base('campaign');
    o.x_deep = nest(200_000);
    const r = validate(o);
    assert.deepEqual(
      r.errors.map((e) => e.rule),
      ['max-depth-exceeded'],
    );
  });

  it('refuses deep arrays inside a bundle', () => {
    const o = base('campaign');
    let v: unknown = [];
    for (let i = 0; i < 100; i++) v = [v];
    o.x_deep = v;
    const r = validate(bundle([o]));
    assert.equal(r.errors[0].rule, 'max-depth-exceeded');
    assert.match(r.errors[0].path, /^\/objects\/0\/x_deep\/0\/0/);
  });

  it('accepts nesting within the limit', () => {
    const o = base('campaign');
    o.x_deep = nest(60);
    assert.equal(validate(o).valid, true);
  });

  it('rejects __proto__, constructor and prototype keys anywhere, without polluting prototypes', () => {
    const text = JSON.stringify(base('campaign')).replace(
      /^\{/,
      '{"__proto__":{"polluted":true},"x_meta":{"constructor":{"prototype":{"polluted":true}}},',
    );
    const o = JSON.parse(text) as unknown;
    const r = validate(o);
    assert.deepEqual(
      r.errors.map((e) => [e.path, e.rule]),
      [
        ['/__proto__', 'unsafe-property-name'],
        ['/x_meta/constructor', 'unsafe-property-name'],
      ],
    );
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  it('compiles but never runs a catastrophic MATCHES regex in an indicator', () => {
    const o = base('indicator');
    o.pattern = "[file:name MATCHES '^(a+)+$' AND file:name MATCHES '(x+x+)+y']";
    const started = Date.now();
    assert.equal(validate(o).valid, true);
    assert.ok(Date.now() - started < 200);
  });

  it('handles a 50,000-object bundle in bounded time', () => {
    const objects = Array.from({ length: 50_000 }, (_, i) => ({ ...base('ipv4-addr'), value: `10.0.${i >> 8}.${i & 255}` }));
    const started = Date.now();
    const r = validate(bundle(objects));
    assert.equal(r.valid, true);
    assert.ok(Date.now() - started < 10_000);
  });

  it('handles very long strings and patterns', () => {
    const o = base('indicator');
    o.pattern = Array.from({ length: 5_000 }, (_, i) => `[ipv4-addr:value = '10.0.0.${i % 256}']`).join(' OR ');
    o.description = 'é'.repeat(1_000_000);
    assert.equal(validate(o).valid, true);
  });

  it('reports an over-long pattern as invalid-pattern instead of parsing it', () => {
    const o = base('indicator');
    o.pattern = `[file:name = '${'a'.repeat(1_100_000)}']`;
    const r = validate(o);
    assert.equal(r.errors[0].rule, 'invalid-pattern');
  });
});
