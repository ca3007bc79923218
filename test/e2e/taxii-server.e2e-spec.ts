import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import request from 'supertest';
import { VERIFIED_KEY_TTL_MS } from '../../src/modules/api-keys/api-keys.service';
import { anApiKey, anExchange, anOrg, expectProblem } from '../support/builders';
import { aSubmitter, type TestSubmitter } from '../support/submissions';
import { aCollection, basic, bearer, expectTaxiiError, json, ROOT, TAXII, taxii } from '../support/taxii';
import { createTestApp, TestApp } from '../support/test-app';

describe('TAXII 2.1 server: discovery, API root, collections, media types, errors, auth', () => {
  let t: TestApp;
  let ex: Awaited<ReturnType<typeof anExchange>>;
  let acme: TestSubmitter;
  let readerKey: { keyId: string; secret: string; key: string };
  let submitOnlyKey: { keyId: string; secret: string; key: string };
  let feed: string;
  let inbox: string;

  before(async () => {
    t = await createTestApp({ env: { BODY_LIMIT_BYTES: '4096', PUBLIC_URL: 'https://shieldshare.example' } });
    ex = await anExchange(t);
    acme = await aSubmitter(t);
    const reader = await anOrg(t, { kind: 'carrier', sectors: ['telecom'] });
    readerKey = await anApiKey(t, reader, ['read']);
    submitOnlyKey = await anApiKey(t, acme.org, ['submit']);
    feed = await aCollection(t, ex.coordinatorToken, { title: 'All indicators', alias: 'indicators', description: 'every indicator', objectTypes: ['indicator'] });
    inbox = await aCollection(t, ex.coordinatorToken, { title: 'Inbox', kind: 'inbox' });
  });
  after(() => t.close());

  it('TAXII 2.1 §4.1 discovery: title, default and api_roots built from PUBLIC_URL, TAXII media type', async () => {
    const res = await request(t.http).get('/taxii2/').set(taxii(basic(readerKey))).expect(200);
    assert.equal(res.headers['content-type'], TAXII);
    const body = json(res);
    assert.equal(typeof body.title, 'string');
    assert.equal(body.default, 'https://shieldshare.example/taxii2/api1/');
    assert.deepEqual(body.api_roots, ['https://shieldshare.example/taxii2/api1/']);
  });

  it('TAXII 2.1 §4.2 API root: title, versions, max_content_length; unknown API root 404', async () => {
    const res = await request(t.http).get(`${ROOT}/`).set(taxii(basic(readerKey))).expect(200);
    const body = json(res);
    assert.equal(typeof body.title, 'string');
    assert.deepEqual(body.versions, [TAXII]);
    assert.equal(body.max_content_length, 4096);
    expectTaxiiError(await request(t.http).get('/taxii2/api2/').set(taxii(basic(readerKey))), 404);
    expectTaxiiError(await request(t.http).get('/taxii2/api2/collections/').set(taxii(basic(readerKey))), 404);
    expectTaxiiError(await request(t.http).get('/taxii2/api1/no-such-endpoint/').set(taxii(basic(readerKey))), 404);
  });

  it('TAXII 2.1 §5.1 collections: id, title, can_read, can_write, media_types; per caller', async () => {
    const asReader = json(await request(t.http).get(`${ROOT}/collections/`).set(taxii(basic(readerKey))).expect(200));
    assert.deepEqual(asReader.collections.map((c: { id: string }) => c.id), [feed], 'a reader sees feeds, not the inbox');
    const [c] = asReader.collections;
    assert.deepEqual(c, { id: feed, title: 'All indicators', description: 'every indicator', alias: 'indicators', can_read: true, can_write: false, media_types: ['application/stix+json;version=2.1'] });

    const asSubmitterOnly = json(await request(t.http).get(`${ROOT}/collections/`).set(taxii(basic(submitOnlyKey))).expect(200));
    assert.deepEqual(asSubmitterOnly.collections.map((x: { id: string; can_read: boolean; can_write: boolean }) => [x.id, x.can_read, x.can_write]), [[inbox, false, true]]);

    const asCoordinator = json(await request(t.http).get(`${ROOT}/collections/`).set(taxii(bearer(ex.coordinatorToken))).expect(200));
    assert.deepEqual(asCoordinator.collections.map((x: { id: string; can_read: boolean; can_write: boolean }) => [x.id, x.can_read, x.can_write]), [[feed, true, true]]);
  });

  it('TAXII 2.1 §5.2 collection: the resource with that id; unknown or inaccessible → 404', async () => {
    const res = await request(t.http).get(`${ROOT}/collections/${feed}/`).set(taxii(basic(readerKey))).expect(200);
    assert.equal(json(res).id, feed);
    expectTaxiiError(await request(t.http).get(`${ROOT}/collections/00000000-0000-4000-8000-000000000000/`).set(taxii(basic(readerKey))), 404);
    expectTaxiiError(await request(t.http).get(`${ROOT}/collections/not-a-uuid/`).set(taxii(basic(readerKey))), 404);
    // Neither can_read nor can_write: 404, existence not revealed.
    expectTaxiiError(await request(t.http).get(`${ROOT}/collections/${inbox}/`).set(taxii(basic(readerKey))), 404);
    expectTaxiiError(await request(t.http).get(`${ROOT}/collections/${feed}/`).set(taxii(basic(submitOnlyKey))), 404);
  });

  it('TAXII 2.1 collections concept: can_read=false → 403 on objects and manifest; can_write=false → 403 on POST and DELETE', async () => {
    expectTaxiiError(await request(t.http).get(`${ROOT}/collections/${inbox}/objects/`).set(taxii(basic(submitOnlyKey))), 403);
    expectTaxiiError(await request(t.http).get(`${ROOT}/collections/${inbox}/manifest/`).set(taxii(basic(submitOnlyKey))), 403);
    const envelope = { objects: [{ type: 'ipv4-addr', spec_version: '2.1', id: 'ipv4-addr--ff26c055-6336-5bc5-b98d-13d6226742dd', value: '198.51.100.3' }] };
    expectTaxiiError(await request(t.http).post(`${ROOT}/collections/${feed}/objects/`).set(taxii(basic(readerKey))).set('Content-Type', TAXII).send(JSON.stringify(envelope)), 403);
    expectTaxiiError(await request(t.http).delete(`${ROOT}/collections/${feed}/objects/indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f/`).set(taxii(basic(readerKey))), 403);
  });

  it('TAXII 2.1 §1.6.8.1 media types: responses are exactly application/taxii+json;version=2.1; Accept without version, */* and application/* are served; anything else 406', async () => {
    for (const accept of [TAXII, 'application/taxii+json', 'application/taxii+json; version=2.1', '*/*', 'application/*', 'text/html, application/taxii+json;version=2.1;q=0.5']) {
      const res = await request(t.http).get('/taxii2/').set({ Authorization: basic(readerKey), Accept: accept });
      assert.equal(res.status, 200, accept);
      assert.equal(res.headers['content-type'], TAXII, accept);
    }
    for (const accept of ['application/json', 'application/taxii+json;version=2.0', 'application/vnd.oasis.taxii+json', 'text/html', 'application/taxii+json;version=2.1;q=0']) {
      const body = expectTaxiiError(await request(t.http).get('/taxii2/').set({ Authorization: basic(readerKey), Accept: accept }), 406);
      assert.equal(body.error_code, 'NOT_ACCEPTABLE', accept);
    }
  });

  it('TAXII 2.1 §5.5 POST with an unsupported Content-Type → 415; a body above max_content_length → 413; both as TAXII errors', async () => {
    const url = `${ROOT}/collections/${inbox}/objects/`;
    for (const type of ['application/json', 'application/stix+json;version=2.1', 'application/taxii+json;version=2.0', 'text/plain']) {
      expectTaxiiError(await request(t.http).post(url).set(taxii(basic(acme.key))).set('Content-Type', type).send('{"objects":[]}'), 415);
    }
    const big = JSON.stringify({ objects: [{ type: 'note', id: 'note--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f', content: 'x'.repeat(5000) }] });
    expectTaxiiError(await request(t.http).post(url).set(taxii(basic(acme.key))).set('Content-Type', TAXII).send(big), 413);
    const malformed = expectTaxiiError(await request(t.http).post(url).set(taxii(basic(acme.key))).set('Content-Type', TAXII).send('{"objects": ['), 400);
    assert.equal(malformed.error_code, 'MALFORMED_JSON');
    const proto = expectTaxiiError(await request(t.http).post(url).set(taxii(basic(acme.key))).set('Content-Type', TAXII).send('{"objects":[{"__proto__":{"x":1}}]}'), 400);
    assert.equal(proto.error_code, 'VALIDATION_FAILED');
  });

  it('the REST API keeps its own 415 rules: application/taxii+json is not a licence to send other types there', async () => {
    const res = await request(t.http).post('/api/v1/collections').set({ Authorization: `Bearer ${ex.coordinatorToken}`, 'Content-Type': 'text/plain' }).send('x');
    expectProblem(res, 415, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('TAXII 2.1 errors/HTTP: missing or wrong credentials → 401 TAXII error with WWW-Authenticate (Basic and Bearer)', async () => {
    for (const authorization of [undefined, basic({ keyId: readerKey.keyId, secret: 'wrong' }), 'Basic bm90OmFrZXk=', 'Bearer ssk_nope_nope']) {
      const req = request(t.http).get(`${ROOT}/collections/`).set('Accept', TAXII);
      if (authorization) req.set('Authorization', authorization);
      const res = await req;
      const body = expectTaxiiError(res, 401);
      assert.match(String(res.headers['www-authenticate']), /Basic realm=/);
      assert.match(String(res.headers['www-authenticate']), /Bearer realm=/);
      assert.equal(body.error_id, res.headers['x-request-id']);
    }
  });

  it('TAXII 2.1 §3.6.1 error message resource: human title, description, http_status as a string; no class names or internals', async () => {
    const res = await request(t.http).get(`${ROOT}/collections/00000000-0000-4000-8000-000000000000/objects/`).set(taxii(basic(readerKey)));
    const body = expectTaxiiError(res, 404);
    assert.deepEqual(Object.keys(body).sort(), ['description', 'error_code', 'error_id', 'http_status', 'title']);
    assert.equal(body.title, 'Collection not found');
    assert.doesNotMatch(JSON.stringify(body), /Exception|Error\b|stack/);
  });

  it('HTTP Basic (key id + secret) and Bearer (API key or session) both authenticate TAXII clients', async () => {
    await request(t.http).get('/taxii2/').set(taxii(basic(readerKey))).expect(200);
    await request(t.http).get('/taxii2/').set(taxii(bearer(readerKey.key))).expect(200);
    await request(t.http).get('/taxii2/').set(taxii(bearer(ex.coordinatorToken))).expect(200);
  });

  it('a browser session cookie does not authenticate TAXII (no cross-site POST or DELETE riding a coordinator session)', async () => {
    await request(t.http).get('/api/v1/auth/me').set('Cookie', `ss_session=${ex.coordinatorToken}`).expect(200);
    expectTaxiiError(await request(t.http).get('/taxii2/').set('Accept', TAXII).set('Cookie', `ss_session=${ex.coordinatorToken}`), 401);
    const del = request(t.http).delete(`${ROOT}/collections/${feed}/objects/indicator--00000000-0000-4000-8000-000000000000/`);
    expectTaxiiError(await del.set('Accept', TAXII).set('Cookie', `ss_session=${ex.coordinatorToken}`), 401);
  });

  it('trailing slashes: the URLs the standard writes (with a slash) and without both answer', async () => {
    await request(t.http).get(`${ROOT}/collections/${feed}/`).set(taxii(basic(readerKey))).expect(200);
    await request(t.http).get(`${ROOT}/collections/${feed}`).set(taxii(basic(readerKey))).expect(200);
    await request(t.http).get(`${ROOT}/collections/${feed}/objects/`).set(taxii(basic(readerKey))).expect(200);
  });

  it('objects and manifest pages answer alike whether taken ahead of the router (canonical URL) or by the controller (no trailing slash)', async () => {
    const cases: [string, string | undefined][] = [
      [feed, basic(readerKey)],
      [feed, bearer(readerKey.key)],
      [feed, bearer(ex.coordinatorToken)],
      [feed, undefined],
      [feed, basic({ keyId: readerKey.keyId, secret: 'wrong' })],
      [inbox, basic(submitOnlyKey)],
      ['00000000-0000-4000-8000-000000000000', basic(readerKey)],
    ];
    const seen = (res: request.Response) => {
      const body = json(res);
      delete body.error_id;
      const headers = ['content-type', 'www-authenticate', 'x-taxii-date-added-first', 'x-taxii-date-added-last', 'vary', 'content-security-policy'];
      return { status: res.status, body, headers: Object.fromEntries(headers.map((h) => [h, res.headers[h]])) };
    };
    for (const resource of ['objects', 'manifest']) {
      for (const query of ['', '?limit=1', '?limit=0', '?match[type]=indicator&added_after=2026-01-01T00:00:00Z', '?next=nonsense']) {
        for (const [collection, authorization] of cases) {
          const get = (path: string) => {
            const req = request(t.http).get(`${ROOT}/collections/${collection}/${path}${query}`).set('Accept', TAXII);
            return authorization ? req.set('Authorization', authorization) : req;
          };
          assert.deepEqual(seen(await get(`${resource}/`)), seen(await get(resource)), `${resource}${query} ${collection} ${authorization}`);
        }
      }
    }
    const metrics = (await request(t.http).get('/metrics').expect(200)).text;
    assert.match(metrics, /shieldshare_http_requests_total\{[^}]*route="\/taxii2\/:root\/collections\/:collectionId\/objects\/"[^}]*status="200"/);
    assert.match(metrics, /shieldshare_http_requests_total\{[^}]*route="\/taxii2\/:root\/collections\/:collectionId\/manifest\/"[^}]*status="401"/);
  });

  it('a key revoked over the REST API is refused on objects pages on the very next request, however recently it was verified', async () => {
    const key = await anApiKey(t, await anOrg(t, { kind: 'carrier' }), ['read']);
    for (let i = 0; i < 3; i++) await request(t.http).get(`${ROOT}/collections/${feed}/objects/`).set(taxii(basic(key))).expect(200);
    await request(t.http).delete(`/api/v1/api-keys/${key.id}`).set({ Authorization: `Bearer ${ex.adminToken}` }).expect(200);
    const body = expectTaxiiError(await request(t.http).get(`${ROOT}/collections/${feed}/objects/`).set(taxii(basic(key))), 401);
    assert.match(String(body.description), /revoked/);
    expectTaxiiError(await request(t.http).get(`${ROOT}/collections/${feed}/manifest/`).set(taxii(bearer(key.key))), 401);
  });

  it('a key revoked over the REST API is refused by TAXII on the very next request, however recently it was verified', async () => {
    const key = await anApiKey(t, await anOrg(t, { kind: 'carrier' }), ['read']);
    for (let i = 0; i < 3; i++) await request(t.http).get(`${ROOT}/collections/`).set(taxii(basic(key))).expect(200);
    await request(t.http).delete(`/api/v1/api-keys/${key.id}`).set({ Authorization: `Bearer ${ex.adminToken}` }).expect(200);
    const body = expectTaxiiError(await request(t.http).get(`${ROOT}/collections/`).set(taxii(basic(key))), 401);
    assert.match(String(body.description), /revoked/);
    expectTaxiiError(await request(t.http).get(`${ROOT}/collections/`).set(taxii(bearer(key.key))), 401);
  });

  it(`a key revoked by another instance (straight in the database) is refused within VERIFIED_KEY_TTL_MS (${VERIFIED_KEY_TTL_MS} ms)`, async () => {
    const key = await anApiKey(t, await anOrg(t, { kind: 'carrier' }), ['read']);
    await request(t.http).get(`${ROOT}/collections/`).set(taxii(basic(key))).expect(200);
    await t.dataSource.query('UPDATE api_keys SET revoked_at = now() WHERE id = $1', [key.id]);
    const revokedAt = Date.now();
    let status = 200;
    while (status === 200 && Date.now() - revokedAt < VERIFIED_KEY_TTL_MS + 2_000) {
      await new Promise((r) => setTimeout(r, 200));
      status = (await request(t.http).get(`${ROOT}/collections/`).set(taxii(basic(key)))).status;
    }
    assert.equal(status, 401, `still accepted ${Date.now() - revokedAt} ms after revocation`);
    assert.ok(Date.now() - revokedAt <= VERIFIED_KEY_TTL_MS + 1_000, `refused only after ${Date.now() - revokedAt} ms`);
  });

  it('TAXII 2.1 §4.3 status: unknown id → 404', async () => {
    expectTaxiiError(await request(t.http).get(`${ROOT}/status/00000000-0000-4000-8000-000000000000/`).set(taxii(basic(readerKey))), 404);
    expectTaxiiError(await request(t.http).get(`${ROOT}/status/x/`).set(taxii(basic(readerKey))), 404);
  });

  describe('REST admin API /api/v1/collections', () => {
    const admin = () => ({ Authorization: `Bearer ${ex.coordinatorToken}` });

    it('coordinators create, read, update and delete collections; every change is audited', async () => {
      const created = await request(t.http).post('/api/v1/collections').set(admin()).send({ title: 'Energy sector', kind: 'feed', sectors: ['energy'], minConfidence: 50, maxTlp: 'amber' }).expect(201);
      assert.equal(created.body.taxiiUrl, `https://shieldshare.example/taxii2/api1/collections/${created.body.id}/`);
      assert.deepEqual([created.body.sectors, created.body.minConfidence, created.body.maxTlp], [['energy'], 50, 'amber']);
      const updated = await request(t.http).patch(`/api/v1/collections/${created.body.id}`).set(admin()).send({ labels: ['ev-charger'], minConfidence: null }).expect(200);
      assert.deepEqual([updated.body.labels, updated.body.minConfidence, updated.body.sectors], [['ev-charger'], null, ['energy']]);
      const list = await request(t.http).get('/api/v1/collections').set(admin()).expect(200);
      assert.ok(list.body.some((c: { id: string }) => c.id === created.body.id));
      await request(t.http).delete(`/api/v1/collections/${created.body.id}`).set(admin()).expect(204);
      expectProblem(await request(t.http).get(`/api/v1/collections/${created.body.id}`).set(admin()), 404, 'COLLECTION_NOT_FOUND');
      const audit = await request(t.http).get(`/api/v1/audit?targetId=${created.body.id}`).set(admin()).expect(200);
      const actions = (audit.body.items ?? audit.body.events ?? audit.body).map((e: { action: string }) => e.action).sort();
      assert.deepEqual(actions, ['collection.created', 'collection.deleted', 'collection.updated']);
    });

    it('refuses bad definitions with problem+json: unknown kind, feed filters on an inbox, a group on a feed, a taken alias', async () => {
      expectProblem(await request(t.http).post('/api/v1/collections').set(admin()).send({ title: 'x', kind: 'other' }), 400, 'VALIDATION_FAILED');
      expectProblem(await request(t.http).post('/api/v1/collections').set(admin()).send({ title: 'Inbox 2', kind: 'inbox', objectTypes: ['indicator'] }), 400, 'VALIDATION_FAILED');
      expectProblem(await request(t.http).post('/api/v1/collections').set(admin()).send({ title: 'Feed', kind: 'feed', sharingGroupId: '00000000-0000-4000-8000-000000000000' }), 400, 'VALIDATION_FAILED');
      expectProblem(await request(t.http).post('/api/v1/collections').set(admin()).send({ title: 'Inbox 3', kind: 'inbox', sharingGroupId: '00000000-0000-4000-8000-000000000000' }), 422, 'UNKNOWN_SHARING_GROUP');
      expectProblem(await request(t.http).post('/api/v1/collections').set(admin()).send({ title: 'Dup', kind: 'feed', alias: 'indicators' }), 409, 'COLLECTION_ALIAS_TAKEN');
      expectProblem(await request(t.http).post('/api/v1/collections').set(admin()).send({ title: 'Bad type', kind: 'feed', objectTypes: ['Not A Type'] }), 400, 'VALIDATION_FAILED');
    });

    it('members and submitters cannot define collections', async () => {
      expectProblem(await request(t.http).post('/api/v1/collections').set({ Authorization: `Bearer ${readerKey.key}` }).send({ title: 'Mine', kind: 'feed' }), 403, 'FORBIDDEN');
      expectProblem(await request(t.http).get('/api/v1/collections').set({ Authorization: `Bearer ${acme.token}` }), 403, 'FORBIDDEN');
    });
  });
});
