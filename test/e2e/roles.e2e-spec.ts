import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import request from 'supertest';
import {
  anApiKey,
  anExchange,
  anOrg,
  aUser,
  countRows,
  expectProblem,
  signIn,
  TestApiKey,
  TestOrg,
  TestUser,
} from '../support/builders';
import { createTestApp, TestApp } from '../support/test-app';

const PRINCIPALS = ['anonymous', 'admin', 'coordinator', 'submitter', 'member', 'readKey', 'submitKey'] as const;
type PrincipalName = (typeof PRINCIPALS)[number];

interface World {
  desk: TestOrg;
  partner: TestOrg;
  /** A partner user that PATCH rows change. */
  target: TestUser;
  /** A partner key that DELETE rows revoke (revoking twice answers the key again). */
  targetKey: TestApiKey;
  /** Credentials of a user whose sign-in the login row repeats. */
  loginUser: TestUser;
  auth: Record<PrincipalName, string | undefined>;
}

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
interface Row {
  name: string;
  method: Method;
  path: (w: World) => string;
  body?: () => object;
  /** Sessions the row ends (logout): each principal gets a fresh one. */
  fresh?: boolean;
  expect: Record<PrincipalName, number>;
}

const uniq = () => randomBytes(4).toString('hex');
const ALL = (anonymous: number, others: number): Record<PrincipalName, number> => ({
  anonymous,
  admin: others,
  coordinator: others,
  submitter: others,
  member: others,
  readKey: others,
  submitKey: others,
});
const ADMIN_ONLY = (ok: number) => ({ ...ALL(401, 403), admin: ok });
const COORDINATOR_ONLY = (ok: number) => ({ ...ALL(401, 403), coordinator: ok });
const SUBMITTERS_ONLY = (ok: number) => ({ ...ALL(401, 403), submitter: ok, submitKey: ok });

const ROWS: Row[] = [
  { name: 'GET /health', method: 'get', path: () => '/health', expect: ALL(200, 200) },
  { name: 'GET /metrics', method: 'get', path: () => '/metrics', expect: ALL(200, 200) },
  {
    name: 'POST /api/v1/auth/login',
    method: 'post',
    path: () => '/api/v1/auth/login',
    // Public: the caller's own credentials do not matter, the body's do.
    body: () => ({}),
    expect: ALL(200, 200),
  },
  { name: 'GET /api/v1/auth/me', method: 'get', path: () => '/api/v1/auth/me', expect: ALL(401, 200) },
  { name: 'POST /api/v1/auth/logout', method: 'post', path: () => '/api/v1/auth/logout', fresh: true, expect: ALL(401, 204) },
  {
    name: 'POST /api/v1/organizations',
    method: 'post',
    path: () => '/api/v1/organizations',
    body: () => ({ name: `Roles ${uniq()}`, kind: 'integrator' }),
    expect: ADMIN_ONLY(201),
  },
  { name: 'GET /api/v1/organizations', method: 'get', path: () => '/api/v1/organizations', expect: ALL(401, 200) },
  { name: 'GET /api/v1/organizations/:id', method: 'get', path: (w) => `/api/v1/organizations/${w.partner.id}`, expect: ALL(401, 200) },
  {
    name: 'PATCH /api/v1/organizations/:id',
    method: 'patch',
    path: (w) => `/api/v1/organizations/${w.partner.id}`,
    body: () => ({ sectors: ['energy', 'water'] }),
    expect: ADMIN_ONLY(200),
  },
  {
    name: 'POST /api/v1/organizations/:orgId/users',
    method: 'post',
    path: (w) => `/api/v1/organizations/${w.partner.id}/users`,
    body: () => ({ email: `roles-${uniq()}@example.org`, displayName: 'Roles', password: 'correct-horse-battery', roles: ['member'] }),
    expect: ADMIN_ONLY(201),
  },
  { name: 'GET /api/v1/organizations/:orgId/users', method: 'get', path: (w) => `/api/v1/organizations/${w.partner.id}/users`, expect: ALL(401, 200) },
  {
    name: 'PATCH /api/v1/users/:id',
    method: 'patch',
    path: (w) => `/api/v1/users/${w.target.id}`,
    body: () => ({ displayName: `Renamed ${uniq()}` }),
    expect: ADMIN_ONLY(200),
  },
  {
    name: 'POST /api/v1/organizations/:orgId/api-keys (read scope)',
    method: 'post',
    path: (w) => `/api/v1/organizations/${w.partner.id}/api-keys`,
    body: () => ({ name: 'reader', scopes: ['read'] }),
    // Keys never mint keys; people mint for their own org with scopes their roles cover.
    expect: { anonymous: 401, admin: 201, coordinator: 403, submitter: 403, member: 201, readKey: 403, submitKey: 403 },
  },
  {
    name: 'POST /api/v1/organizations/:orgId/api-keys (submit scope)',
    method: 'post',
    path: (w) => `/api/v1/organizations/${w.partner.id}/api-keys`,
    body: () => ({ name: 'submitter', scopes: ['submit'] }),
    expect: { anonymous: 401, admin: 201, coordinator: 403, submitter: 201, member: 403, readKey: 403, submitKey: 403 },
  },
  { name: 'GET /api/v1/organizations/:orgId/api-keys', method: 'get', path: (w) => `/api/v1/organizations/${w.partner.id}/api-keys`, expect: ALL(401, 200) },
  {
    name: 'DELETE /api/v1/api-keys/:id',
    method: 'delete',
    path: (w) => `/api/v1/api-keys/${w.targetKey.id}`,
    expect: { anonymous: 401, admin: 200, coordinator: 403, submitter: 200, member: 200, readKey: 403, submitKey: 403 },
  },
  { name: 'GET /api/v1/organizations/me/asset-registry', method: 'get', path: () => '/api/v1/organizations/me/asset-registry', expect: SUBMITTERS_ONLY(200) },
  {
    name: 'PUT /api/v1/organizations/me/asset-registry',
    method: 'put',
    path: () => '/api/v1/organizations/me/asset-registry',
    body: () => ({ domains: ['roles.example'] }),
    // Past the role check a write still needs If-Match (428): the matrix proves who gets that far, and writes nothing.
    expect: SUBMITTERS_ONLY(428),
  },
  { name: 'GET /api/v1/submissions', method: 'get', path: () => '/api/v1/submissions', expect: SUBMITTERS_ONLY(200) },
  { name: 'GET /api/v1/moderation/submissions', method: 'get', path: () => '/api/v1/moderation/submissions', expect: COORDINATOR_ONLY(200) },
  {
    name: 'PUT /api/v1/moderation/organizations/:id/auto-approval',
    method: 'put',
    path: (w) => `/api/v1/moderation/organizations/${w.partner.id}/auto-approval`,
    body: () => ({ enabled: false }),
    expect: COORDINATOR_ONLY(200),
  },
  { name: 'GET /api/v1/sharing-groups', method: 'get', path: () => '/api/v1/sharing-groups', expect: ALL(401, 200) },
  {
    name: 'POST /api/v1/sharing-groups',
    method: 'post',
    path: () => '/api/v1/sharing-groups',
    body: () => ({ name: `Group ${uniq()}`, memberOrgIds: [] }),
    expect: { ...ALL(401, 403), admin: 201, coordinator: 201 },
  },
];

const PROBLEM_CODES: Record<number, string> = { 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN' };

describe('roles', () => {
  let t: TestApp;
  let w: World;
  let deskAdmin: TestUser;
  let deskCoordinator: TestUser;
  let submitter: TestUser;
  let member: TestUser;

  async function freshAuth(name: PrincipalName): Promise<string | undefined> {
    switch (name) {
      case 'anonymous':
        return undefined;
      case 'admin':
        return `Bearer ${await signIn(t, deskAdmin)}`;
      case 'coordinator':
        return `Bearer ${await signIn(t, deskCoordinator)}`;
      case 'submitter':
        return `Bearer ${await signIn(t, submitter)}`;
      case 'member':
        return `Bearer ${await signIn(t, member)}`;
      case 'readKey':
        return `Bearer ${(await anApiKey(t, w.partner, ['read'])).key}`;
      case 'submitKey':
        return `Bearer ${(await anApiKey(t, w.partner, ['submit'])).key}`;
    }
  }

  before(async () => {
    t = await createTestApp();
    const exchange = await anExchange(t);
    deskAdmin = exchange.admin;
    deskCoordinator = exchange.coordinator;
    const partner = await anOrg(t, { kind: 'manufacturer' });
    submitter = await aUser(t, partner, ['submitter']);
    member = await aUser(t, partner, ['member']);
    w = {
      desk: exchange.desk,
      partner,
      target: await aUser(t, partner, ['member']),
      targetKey: await anApiKey(t, partner, ['read']),
      loginUser: await aUser(t, partner, ['member']),
      auth: {} as World['auth'],
    };
    for (const name of PRINCIPALS) w.auth[name] = await freshAuth(name);
  });
  after(() => t.close());

  for (const row of ROWS) {
    it(`${row.name}: ${PRINCIPALS.map((p) => `${p}→${row.expect[p]}`).join(', ')}`, async () => {
      const failures: string[] = [];
      for (const principal of PRINCIPALS) {
        const auth = row.fresh ? await freshAuth(principal) : w.auth[principal];
        let req = request(t.http)[row.method](row.path(w));
        if (auth) req = req.set('Authorization', auth);
        const body = row.name.includes('/auth/login') ? { email: w.loginUser.email, password: w.loginUser.password } : row.body?.();
        const res = await (body ? req.send(body) : req);
        const expected = row.expect[principal];
        if (res.status !== expected) {
          failures.push(`${principal}: expected ${expected}, got ${res.status} ${res.text.slice(0, 200)}`);
          continue;
        }
        const code = PROBLEM_CODES[expected];
        if (code) {
          try {
            expectProblem(res, expected, code);
          } catch (error) {
            failures.push(`${principal}: ${(error as Error).message}`);
          }
        }
      }
      assert.deepEqual(failures, []);
    });
  }

  it('API keys cannot create API keys, whatever their scope, and nothing is written', async () => {
    const before = await countRows(t, 'api_keys');
    for (const key of [w.auth.readKey, w.auth.submitKey]) {
      for (const scopes of [['read'], ['submit'], ['read', 'submit']]) {
        const res = await request(t.http)
          .post(`/api/v1/organizations/${w.partner.id}/api-keys`)
          .set('Authorization', key!)
          .send({ name: 'minted', scopes });
        expectProblem(res, 403, 'FORBIDDEN');
      }
    }
    assert.equal(await countRows(t, 'api_keys'), before);
  });

  it('a member creates a read key for their own organization, not a submit key; the key works', async () => {
    const res = await request(t.http)
      .post(`/api/v1/organizations/${w.partner.id}/api-keys`)
      .set('Authorization', w.auth.member!)
      .send({ name: 'member reader', scopes: ['read'] })
      .expect(201);
    const [row] = await t.dataSource.query('SELECT organization_id, scopes, created_by_user_id FROM api_keys WHERE id = $1', [res.body.id]);
    assert.equal(row.organization_id, w.partner.id);
    assert.deepEqual(row.scopes, ['read']);
    assert.equal(row.created_by_user_id, member.id);
    await request(t.http).get('/api/v1/auth/me').set('Authorization', `Bearer ${res.body.key}`).expect(200);
    const before = await countRows(t, 'api_keys');
    for (const scopes of [['submit'], ['read', 'submit']]) {
      const denied = await request(t.http)
        .post(`/api/v1/organizations/${w.partner.id}/api-keys`)
        .set('Authorization', w.auth.member!)
        .send({ name: 'member submitter', scopes });
      expectProblem(denied, 403, 'FORBIDDEN');
    }
    assert.equal(await countRows(t, 'api_keys'), before);
  });

  it('submitters and members cannot create keys for another organization: 404 hides it', async () => {
    const other = await anOrg(t);
    const before = await countRows(t, 'api_keys');
    for (const [auth, scopes] of [
      [w.auth.submitter, ['submit']],
      [w.auth.member, ['read']],
    ] as const) {
      const res = await request(t.http).post(`/api/v1/organizations/${other.id}/api-keys`).set('Authorization', auth!).send({ name: 'x', scopes });
      expectProblem(res, 404, 'ORGANIZATION_NOT_FOUND');
      const missing = await request(t.http)
        .post('/api/v1/organizations/00000000-0000-4000-8000-000000000000/api-keys')
        .set('Authorization', auth!)
        .send({ name: 'x', scopes });
      expectProblem(missing, 404, 'ORGANIZATION_NOT_FOUND');
      assert.equal(res.body.detail, missing.body.detail);
    }
    assert.equal(await countRows(t, 'api_keys'), before);
  });

  it('coordinator and admin roles only go to users of a coordinator organization (422 ROLE_NOT_ALLOWED)', async () => {
    const admin = w.auth.admin!;
    for (const kind of ['manufacturer', 'carrier', 'integrator', 'other'] as const) {
      const org = await anOrg(t, { kind });
      const user = await aUser(t, org, ['member']);
      for (const roles of [['coordinator'], ['admin'], ['member', 'admin']]) {
        const before = await countRows(t, 'users');
        const created = await request(t.http)
          .post(`/api/v1/organizations/${org.id}/users`)
          .set('Authorization', admin)
          .send({ email: `staff-${uniq()}@example.org`, displayName: 'Would-be staff', password: 'correct-horse-battery', roles });
        expectProblem(created, 422, 'ROLE_NOT_ALLOWED');
        assert.equal(await countRows(t, 'users'), before);
        const patched = await request(t.http).patch(`/api/v1/users/${user.id}`).set('Authorization', admin).send({ roles });
        expectProblem(patched, 422, 'ROLE_NOT_ALLOWED');
      }
      const [row] = await t.dataSource.query('SELECT roles FROM users WHERE id = $1', [user.id]);
      assert.deepEqual(row.roles, ['member']);
    }
    const desk = w.desk;
    const staff = await request(t.http)
      .post(`/api/v1/organizations/${desk.id}/users`)
      .set('Authorization', admin)
      .send({ email: `staff-${uniq()}@example.org`, displayName: 'Staff', password: 'correct-horse-battery', roles: ['coordinator'] })
      .expect(201);
    await request(t.http).patch(`/api/v1/users/${staff.body.id}`).set('Authorization', admin).send({ roles: ['coordinator', 'admin'] }).expect(200);
  });

  it('role changes and disabling apply to sessions already open', async () => {
    const admin = w.auth.admin!;
    const user = await aUser(t, w.desk, ['admin']);
    const token = `Bearer ${await signIn(t, user)}`;
    await request(t.http).post('/api/v1/organizations').set('Authorization', token).send({ name: `Live ${uniq()}`, kind: 'other' }).expect(201);
    await request(t.http).patch(`/api/v1/users/${user.id}`).set('Authorization', admin).send({ roles: ['member'] }).expect(200);
    expectProblem(await request(t.http).post('/api/v1/organizations').set('Authorization', token).send({ name: `Live ${uniq()}`, kind: 'other' }), 403, 'FORBIDDEN');
    expectProblem(await request(t.http).get(`/api/v1/organizations/${w.partner.id}`).set('Authorization', token), 404, 'ORGANIZATION_NOT_FOUND');
    await request(t.http).patch(`/api/v1/users/${user.id}`).set('Authorization', admin).send({ status: 'disabled' }).expect(200);
    expectProblem(await request(t.http).get('/api/v1/auth/me').set('Authorization', token), 401, 'INVALID_CREDENTIALS');
  });

  it('a denied write changes nothing', async () => {
    const [before] = await t.dataSource.query('SELECT name, sectors, status FROM organizations WHERE id = $1', [w.partner.id]);
    const [userBefore] = await t.dataSource.query('SELECT display_name, roles, status FROM users WHERE id = $1', [member.id]);
    for (const name of ['coordinator', 'submitter', 'member', 'readKey', 'submitKey'] as const) {
      const org = await request(t.http).patch(`/api/v1/organizations/${w.partner.id}`).set('Authorization', w.auth[name]!).send({ status: 'suspended', name: 'Taken over' });
      expectProblem(org, 403, 'FORBIDDEN');
      const user = await request(t.http).patch(`/api/v1/users/${member.id}`).set('Authorization', w.auth[name]!).send({ roles: ['submitter', 'member'], status: 'disabled' });
      expectProblem(user, 403, 'FORBIDDEN');
    }
    assert.deepEqual((await t.dataSource.query('SELECT name, sectors, status FROM organizations WHERE id = $1', [w.partner.id]))[0], before);
    assert.deepEqual((await t.dataSource.query('SELECT display_name, roles, status FROM users WHERE id = $1', [member.id]))[0], userBefore);
  });
});
