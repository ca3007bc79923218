import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import request from 'supertest';
import { anApiKey, anExchange, anOrg, aUser, countAll, expectProblem, TestOrg, TestUser } from '../support/builders';
import { createTestApp, TestApp } from '../support/test-app';

const BODY_LIMIT = 2048;

interface Case {
  name: string;
  send: () => Promise<request.Response>;
  status: number;
  code: string;
  /** JSON pointers the problem's errors[] must name. */
  pointers?: string[];
}

describe('bad input', () => {
  let t: TestApp;
  let admin: string;
  let org: TestOrg;
  let user: TestUser;

  before(async () => {
    t = await createTestApp({ env: { BODY_LIMIT_BYTES: String(BODY_LIMIT) } });
    admin = `Bearer ${(await anExchange(t)).adminToken}`;
    org = await anOrg(t);
    user = await aUser(t, org, ['member']);
    await anApiKey(t, org, ['read']);
  });
  after(() => t.close());

  const raw = (method: 'post' | 'patch', path: string, body: string, type = 'application/json', auth: string | undefined = admin) => {
    let req = request(t.http)[method](path).set('Content-Type', type);
    if (auth) req = req.set('Authorization', auth);
    return req.send(body);
  };
  const json = (method: 'post' | 'patch', path: string, body: unknown) =>
    request(t.http)[method](path).set('Authorization', admin).set('Content-Type', 'application/json').send(JSON.stringify(body));
  const orgBody = (extra: object = {}) => ({ name: `Input ${Math.random().toString(36).slice(2, 8)}`, kind: 'carrier', ...extra });
  const userBody = (extra: object = {}) => ({
    email: `input-${Math.random().toString(36).slice(2, 8)}@example.org`,
    displayName: 'Input',
    password: 'correct-horse-battery',
    roles: ['member'],
    ...extra,
  });

  const cases: Case[] = [
    // Body parsing
    { name: 'malformed JSON on login (anonymous)', send: () => raw('post', '/api/v1/auth/login', '{"email": "a@b.c", ', 'application/json', undefined), status: 400, code: 'MALFORMED_JSON' },
    { name: 'malformed JSON on create organization', send: () => raw('post', '/api/v1/organizations', "{'name': 'single quotes'}"), status: 400, code: 'MALFORMED_JSON' },
    { name: 'trailing comma', send: () => raw('post', '/api/v1/organizations', '{"name": "Trailing", "kind": "other",}'), status: 400, code: 'MALFORMED_JSON' },
    { name: 'a bare JSON string', send: () => raw('post', '/api/v1/organizations', '"just a string"'), status: 400, code: 'MALFORMED_JSON' },
    { name: 'JSON null', send: () => raw('post', '/api/v1/organizations', 'null'), status: 400, code: 'MALFORMED_JSON' },
    { name: 'a JSON array instead of an object', send: () => raw('post', '/api/v1/organizations', JSON.stringify([orgBody()])), status: 400, code: 'VALIDATION_FAILED' },
    { name: 'text/plain body', send: () => raw('post', '/api/v1/organizations', JSON.stringify(orgBody()), 'text/plain'), status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
    { name: 'form-encoded body', send: () => raw('post', '/api/v1/auth/login', 'email=a%40b.c&password=x', 'application/x-www-form-urlencoded', undefined), status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
    { name: 'XML body', send: () => raw('post', '/api/v1/organizations', '<org/>', 'application/xml'), status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
    { name: 'JSON in a non-UTF-8 charset', send: () => raw('post', '/api/v1/organizations', JSON.stringify(orgBody()), 'application/json; charset=latin1'), status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
    {
      name: `body over ${BODY_LIMIT} bytes (anonymous login)`,
      send: () => raw('post', '/api/v1/auth/login', JSON.stringify({ email: 'a@b.c', password: 'x'.repeat(BODY_LIMIT) }), 'application/json', undefined),
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
    },
    { name: `body over ${BODY_LIMIT} bytes (create organization)`, send: () => json('post', '/api/v1/organizations', orgBody({ padding: 'p'.repeat(BODY_LIMIT * 4) })), status: 413, code: 'PAYLOAD_TOO_LARGE' },
    // Routes
    { name: 'unknown route', send: () => request(t.http).get('/api/v1/nothing-here').set('Authorization', admin), status: 404, code: 'NOT_FOUND' },
    { name: 'unknown route, anonymous', send: () => request(t.http).get('/api/v2/organizations'), status: 404, code: 'NOT_FOUND' },
    { name: 'unknown method on a known path', send: () => request(t.http).delete('/api/v1/organizations').set('Authorization', admin), status: 404, code: 'NOT_FOUND' },
    { name: 'unknown route with a body', send: () => json('post', '/api/v1/nothing-here', { a: 1 }), status: 404, code: 'NOT_FOUND' },
    // Validation
    { name: 'unknown property', send: () => json('post', '/api/v1/organizations', orgBody({ isAdmin: true })), status: 400, code: 'VALIDATION_FAILED', pointers: ['/isAdmin'] },
    { name: 'unknown property on login', send: () => raw('post', '/api/v1/auth/login', JSON.stringify({ email: user.email, password: user.password, role: 'admin' }), 'application/json', undefined), status: 400, code: 'VALIDATION_FAILED', pointers: ['/role'] },
    { name: 'invalid organization kind', send: () => json('post', '/api/v1/organizations', orgBody({ kind: 'government' })), status: 400, code: 'VALIDATION_FAILED', pointers: ['/kind'] },
    { name: 'invalid organization status', send: () => json('patch', `/api/v1/organizations/${org.id}`, { status: 'deleted' }), status: 400, code: 'VALIDATION_FAILED', pointers: ['/status'] },
    { name: 'sectors not an array', send: () => json('post', '/api/v1/organizations', orgBody({ sectors: 'energy' })), status: 400, code: 'VALIDATION_FAILED', pointers: ['/sectors'] },
    { name: 'sector not matching', send: () => json('post', '/api/v1/organizations', orgBody({ sectors: ['Energy Sector'] })), status: 400, code: 'VALIDATION_FAILED', pointers: ['/sectors'] },
    { name: 'country not alpha-2', send: () => json('post', '/api/v1/organizations', orgBody({ country: 'de' })), status: 400, code: 'VALIDATION_FAILED', pointers: ['/country'] },
    { name: 'name of the wrong type', send: () => json('post', '/api/v1/organizations', orgBody({ name: 42 })), status: 400, code: 'VALIDATION_FAILED', pointers: ['/name'] },
    { name: 'invalid email', send: () => json('post', `/api/v1/organizations/${org.id}/users`, userBody({ email: 'not-an-email' })), status: 400, code: 'VALIDATION_FAILED', pointers: ['/email'] },
    { name: 'invalid role', send: () => json('post', `/api/v1/organizations/${org.id}/users`, userBody({ roles: ['root'] })), status: 400, code: 'VALIDATION_FAILED', pointers: ['/roles'] },
    { name: 'empty roles', send: () => json('post', `/api/v1/organizations/${org.id}/users`, userBody({ roles: [] })), status: 400, code: 'VALIDATION_FAILED', pointers: ['/roles'] },
    { name: 'short password', send: () => json('post', `/api/v1/organizations/${org.id}/users`, userBody({ password: 'short' })), status: 400, code: 'VALIDATION_FAILED', pointers: ['/password'] },
    { name: 'invalid user status', send: () => json('patch', `/api/v1/users/${user.id}`, { status: 'banned' }), status: 400, code: 'VALIDATION_FAILED', pointers: ['/status'] },
    { name: 'invalid key scope', send: () => json('post', `/api/v1/organizations/${org.id}/api-keys`, { name: 'k', scopes: ['write'] }), status: 400, code: 'VALIDATION_FAILED', pointers: ['/scopes'] },
    { name: 'duplicate key scopes', send: () => json('post', `/api/v1/organizations/${org.id}/api-keys`, { name: 'k', scopes: ['read', 'read'] }), status: 400, code: 'VALIDATION_FAILED', pointers: ['/scopes'] },
    { name: 'key expiry not a timestamp', send: () => json('post', `/api/v1/organizations/${org.id}/api-keys`, { name: 'k', scopes: ['read'], expiresAt: 'tomorrow' }), status: 400, code: 'VALIDATION_FAILED', pointers: ['/expiresAt'] },
    { name: 'key expiry in the past', send: () => json('post', `/api/v1/organizations/${org.id}/api-keys`, { name: 'k', scopes: ['read'], expiresAt: '2020-01-01T00:00:00Z' }), status: 400, code: 'VALIDATION_FAILED', pointers: ['/expiresAt'] },
    { name: 'non-uuid organization id', send: () => request(t.http).get('/api/v1/organizations/not-a-uuid').set('Authorization', admin), status: 400, code: 'VALIDATION_FAILED' },
    { name: 'non-uuid organization id on users', send: () => json('post', '/api/v1/organizations/123/users', userBody()), status: 400, code: 'VALIDATION_FAILED' },
    { name: 'non-uuid user id', send: () => json('patch', "/api/v1/users/1' OR '1'='1", { displayName: 'x' }), status: 400, code: 'VALIDATION_FAILED' },
    { name: 'non-uuid api key id', send: () => request(t.http).delete('/api/v1/api-keys/ssk_abc').set('Authorization', admin), status: 400, code: 'VALIDATION_FAILED' },
    // Empty bodies
    { name: 'empty body on login', send: () => request(t.http).post('/api/v1/auth/login'), status: 400, code: 'VALIDATION_FAILED', pointers: ['/email', '/password'] },
    { name: 'empty body on create organization', send: () => request(t.http).post('/api/v1/organizations').set('Authorization', admin), status: 400, code: 'VALIDATION_FAILED', pointers: ['/name', '/kind'] },
    { name: 'empty object on create user', send: () => json('post', `/api/v1/organizations/${org.id}/users`, {}), status: 400, code: 'VALIDATION_FAILED', pointers: ['/email', '/password', '/roles'] },
    { name: 'empty body on create api key', send: () => request(t.http).post(`/api/v1/organizations/${org.id}/api-keys`).set('Authorization', admin), status: 400, code: 'VALIDATION_FAILED', pointers: ['/name', '/scopes'] },
    // Long strings
    { name: 'organization name over 200 characters', send: () => json('post', '/api/v1/organizations', orgBody({ name: 'N'.repeat(201) })), status: 400, code: 'VALIDATION_FAILED', pointers: ['/name'] },
    { name: 'display name over 200 characters', send: () => json('post', `/api/v1/organizations/${org.id}/users`, userBody({ displayName: 'D'.repeat(201) })), status: 400, code: 'VALIDATION_FAILED', pointers: ['/displayName'] },
    { name: 'email over 320 characters', send: () => json('post', `/api/v1/organizations/${org.id}/users`, userBody({ email: `${'e'.repeat(64)}@${'d'.repeat(60)}.${'d'.repeat(60)}.${'d'.repeat(60)}.${'d'.repeat(60)}.${'d'.repeat(60)}.org` })), status: 400, code: 'VALIDATION_FAILED', pointers: ['/email'] },
    { name: 'login password over 256 characters', send: () => raw('post', '/api/v1/auth/login', JSON.stringify({ email: user.email, password: 'p'.repeat(257) }), 'application/json', undefined), status: 400, code: 'VALIDATION_FAILED', pointers: ['/password'] },
    // Blank after trimming: the length rules apply to what would be stored.
    { name: 'blank organization name', send: () => json('post', '/api/v1/organizations', orgBody({ name: '    ' })), status: 400, code: 'VALIDATION_FAILED', pointers: ['/name'] },
    { name: 'organization name of one character plus spaces', send: () => json('post', '/api/v1/organizations', orgBody({ name: ' x ' })), status: 400, code: 'VALIDATION_FAILED', pointers: ['/name'] },
    { name: 'blank organization name on PATCH', send: () => json('patch', `/api/v1/organizations/${org.id}`, { name: '\t \n' }), status: 400, code: 'VALIDATION_FAILED', pointers: ['/name'] },
    { name: 'blank display name', send: () => json('post', `/api/v1/organizations/${org.id}/users`, userBody({ displayName: '  ' })), status: 400, code: 'VALIDATION_FAILED', pointers: ['/displayName'] },
    { name: 'blank display name on PATCH', send: () => json('patch', `/api/v1/users/${user.id}`, { displayName: ' ' }), status: 400, code: 'VALIDATION_FAILED', pointers: ['/displayName'] },
    { name: 'blank key name', send: () => json('post', `/api/v1/organizations/${org.id}/api-keys`, { name: ' ', scopes: ['read'] }), status: 400, code: 'VALIDATION_FAILED', pointers: ['/name'] },
    // PostgreSQL cannot store NUL in text: a client error, never a 500.
    { name: 'NUL in an organization name', send: () => json('post', '/api/v1/organizations', orgBody({ name: 'Nul\u0000Org' })), status: 400, code: 'VALIDATION_FAILED' },
    { name: 'NUL in a display name', send: () => json('post', `/api/v1/organizations/${org.id}/users`, userBody({ displayName: 'a\u0000b' })), status: 400, code: 'VALIDATION_FAILED' },
    { name: 'NUL in a login email (anonymous)', send: () => raw('post', '/api/v1/auth/login', JSON.stringify({ email: 'a\u0000@example.org', password: 'x' }), 'application/json', undefined), status: 400, code: 'VALIDATION_FAILED' },
    { name: 'key name over 200 characters', send: () => json('post', `/api/v1/organizations/${org.id}/api-keys`, { name: 'k'.repeat(201), scopes: ['read'] }), status: 400, code: 'VALIDATION_FAILED', pointers: ['/name'] },
  ];

  for (const c of cases) {
    it(`${c.name} → ${c.status} ${c.code}, nothing written`, async () => {
      const before = await countAll(t);
      const res = await c.send();
      assert.ok(res.status < 500, `server error: ${res.status} ${res.text}`);
      const body = expectProblem(res, c.status, c.code);
      for (const pointer of c.pointers ?? []) {
        const errors = (body.errors ?? []) as { pointer: string; message: string }[];
        assert.ok(errors.some((e) => e.pointer === pointer && e.message), `no error at ${pointer}: ${res.text}`);
      }
      assert.deepEqual(await countAll(t), before);
    });
  }

  it('a taken organization name (any case) or email (any case) → 409, nothing written', async () => {
    const before = await countAll(t);
    const org409 = await json('post', '/api/v1/organizations', { name: `  ${org.name.toUpperCase()} `, kind: 'other' });
    expectProblem(org409, 409, 'ORGANIZATION_NAME_TAKEN');
    const user409 = await json('post', `/api/v1/organizations/${org.id}/users`, userBody({ email: user.email.toUpperCase() }));
    expectProblem(user409, 409, 'EMAIL_TAKEN');
    const rename = await anOrg(t);
    expectProblem(await json('patch', `/api/v1/organizations/${rename.id}`, { name: org.name.toLowerCase() }), 409, 'ORGANIZATION_NAME_TAKEN');
    const after = await countAll(t);
    assert.equal(after.organizations, before.organizations + 1); // the one anOrg made
    assert.equal(after.users, before.users);
    assert.equal((await t.dataSource.query('SELECT name FROM organizations WHERE id = $1', [rename.id]))[0].name, rename.name);
  });

  it('ignores a Content-Type on a request without a body', async () => {
    await request(t.http).get('/api/v1/organizations').set('Authorization', admin).set('Content-Type', 'text/plain').expect(200);
  });

  // JSON.parse keeps "__proto__" as an own key; class-transformer then skips it (and
  // "constructor"), so the whitelist never sees it: the request goes through with the key
  // dropped. Safe (no pollution, no effect, checked below), but not the 4xx the API promises
  // for unknown properties. The fix belongs in src/app.setup.ts (outside this suite's remit),
  // so the 4xx expectation is a todo until then.
  const pollution: [string, string, string][] = [
    ['__proto__ at the top', 'organizations', '{"name":"Proto Org %s","kind":"other","__proto__":{"polluted":"yes","isAdmin":true,"status":"suspended"}}'],
    ['constructor.prototype at the top', 'organizations', '{"name":"Ctor Org %s","kind":"other","constructor":{"prototype":{"polluted":"yes","status":"suspended"}}}'],
    ['__proto__ in a user body', 'users', '{"__proto__":{"roles":["admin"],"polluted":"yes"},"email":"proto-%s@example.org","displayName":"Proto","password":"correct-horse-battery","roles":["member"]}'],
  ];
  const sendPolluted = (table: string, body: string) => {
    const path = table === 'users' ? `/api/v1/organizations/${org.id}/users` : '/api/v1/organizations';
    return raw('post', path, body.replace('%s', Math.random().toString(36).slice(2, 8)));
  };
  const assertNoPollution = () => {
    for (const probe of [{}, [], new (class X {})()] as Record<string, unknown>[]) {
      assert.equal(probe.polluted, undefined);
      assert.equal(probe.isAdmin, undefined);
    }
    assert.equal(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'), false);
  };
  for (const [name, table, body] of pollution) {
    it(`${name}: never a 5xx, no prototype pollution, and the injected values have no effect`, async () => {
      const res = await sendPolluted(table, body);
      assert.ok(res.status < 500, `server error: ${res.status} ${res.text}`);
      assertNoPollution();
      if (res.status === 201) {
        if (table === 'users') {
          const [row] = await t.dataSource.query('SELECT roles FROM users WHERE id = $1', [res.body.id]);
          assert.deepEqual(row.roles, ['member']);
        } else {
          const [row] = await t.dataSource.query('SELECT status FROM organizations WHERE id = $1', [res.body.id]);
          assert.equal(row.status, 'active');
        }
        assert.equal(res.body.polluted, undefined);
      }
      await request(t.http).get('/api/v1/auth/me').set('Authorization', admin).expect(200);
    });
    it(`${name}: refused with 400, nothing written`, async () => {
      const before = await countAll(t);
      expectProblem(await sendPolluted(table, body), 400, 'VALIDATION_FAILED');
      assert.deepEqual(await countAll(t), before);
    });
  }

  it('metrics label requests by route pattern: no ids, no unknown paths', async () => {
    await request(t.http).get(`/api/v1/organizations/${org.id}`).set('Authorization', admin).expect(200);
    await request(t.http).get('/api/v1/this-path-is-not-a-route').expect(404);
    const text = (await request(t.http).get('/metrics').expect(200)).text;
    assert.match(text, /shieldshare_http_requests_total\{[^}]*route="\/api\/v1\/organizations\/:id"/);
    assert.match(text, /route="unmatched"/);
    assert.ok(!text.includes(org.id), 'an id in a metrics label');
    assert.ok(!text.includes('this-path-is-not-a-route'), 'an unknown path in a metrics label');
    assert.ok(!text.includes('not-a-uuid'), 'a raw path in a metrics label');
  });

  // Last in the file: on the embedded database the failure below disturbs concurrent requests.
  it(
    'concurrent conflicting writes answer 201 once and 409 otherwise, and leave other requests alone',
    {
      todo: false,
    },
    async () => {
      const name = `Race ${Math.random().toString(36).slice(2, 8)}`;
      const orgs = await Promise.all(Array.from({ length: 6 }, () => json('post', '/api/v1/organizations', { name, kind: 'other' })));
      assert.deepEqual(orgs.map((r) => r.status).sort(), [201, 409, 409, 409, 409, 409], orgs.map((r) => `${r.status} ${r.text}`).join('\n'));
      const renames = await Promise.all(Array.from({ length: 6 }, (_, i) => json('patch', `/api/v1/organizations/${org.id}`, { name: `${name} ${i % 2}` })));
      for (const r of renames) assert.ok(r.status === 200 || r.status === 409, `${r.status} ${r.text}`);
      assert.equal((await t.dataSource.query('SELECT count(*)::int AS n FROM organizations WHERE lower(name) = lower($1)', [name]))[0].n, 1);
    },
  );

  it('the service still answers after all of this', async () => {
    await request(t.http).get('/health').expect(200);
    await request(t.http).get('/api/v1/auth/me').set('Authorization', admin).expect(200);
  });
});
