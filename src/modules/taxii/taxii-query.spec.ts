import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AppError } from '../../common/problem/app-error';
import { envelopeTlp } from './taxii-inbox.service';
import { objectsQuery, timestampParam } from './taxii-query';

describe('TAXII query parameters', () => {
  it('keeps timestamps as text, truncated to microseconds (never through JS Date)', () => {
    assert.equal(timestampParam('added_after', '2026-11-24T16:00:00.123456789Z'), '2026-11-24T16:00:00.123456Z');
    assert.equal(timestampParam('added_after', '2026-11-24T16:00:00Z'), '2026-11-24T16:00:00Z');
    assert.equal(timestampParam('added_after', '2026-11-24T16:00:00.5+01:00'), '2026-11-24T16:00:00.5+01:00');
    for (const bad of ['2026-11-24', 'now', '2026-11-24T16:00:00', '2026-02-30T00:00:00Z', '2026-11-24T24:00:00Z']) assert.throws(() => timestampParam('added_after', bad), AppError, bad);
  });

  it('parses match filters as comma-separated lists; match[version] defaults to last', () => {
    const q = objectsQuery({ 'match[type]': 'indicator,malware', 'match[version]': 'first,2026-11-20T08:15:00.000Z', limit: '5' });
    assert.deepEqual(q.types, ['indicator', 'malware']);
    assert.deepEqual(q.versions, [{ kind: 'first' }, { kind: 'at', timestamp: '2026-11-20T08:15:00.000Z' }]);
    assert.equal(q.limit, 5);
    assert.deepEqual(objectsQuery({}).versions, [{ kind: 'last' }]);
    assert.equal(objectsQuery({ limit: '100000' }).limit, 1000);
    assert.throws(() => objectsQuery({ limit: ['1', '2'] }), AppError);
    assert.throws(() => objectsQuery({ 'match[version]': 'latest' }), AppError);
  });
});

describe('inbox TLP: the strictest TLP marking in the envelope, GREEN when unmarked', () => {
  const clear = 'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487';
  const amber = 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421';
  const tlp1Red = 'marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed';
  const o = (refs: string[], granular: string[] = []) => ({ type: 'indicator', id: 'indicator--x', object_marking_refs: refs, granular_markings: granular.map((marking_ref) => ({ marking_ref, selectors: ['name'] })) });
  it('reads object and granular markings, TLP 1.0 and 2.0', () => {
    assert.equal(envelopeTlp([o([])]), 'green');
    assert.equal(envelopeTlp([o([clear])]), 'clear');
    assert.equal(envelopeTlp([o([clear]), o([], [amber])]), 'amber');
    assert.equal(envelopeTlp([o([clear]), o([tlp1Red])]), 'red');
  });
});
