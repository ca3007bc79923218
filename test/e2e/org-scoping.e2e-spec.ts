import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import request from 'supertest';
import { anApiKey, anExchange, anOrg, aUser, expectProblem, signIn, TestApiKey, TestOrg, TestUser } from '../support/builders';
import { createTestApp, TestApp } from '../support/test-app';

const NOWHERE = '00000000-0000-4000-8000-000000000000';

interface Side {
  org: TestOrg;
  submitter: TestUser;
  member: TestUser;
  readKey: TestApiKey;
  submitKey: TestApiKey;
}

describe('organization scoping', () => {
  let t: TestApp;
  let a: Side;
  let b: Side;
  let desk: TestOrg;
  /** Principals of organization A, none of them staff. */
  let outsiders: [string, string][];
  let staff: [string, string][];

  async function side(): Promise<Side> {
    const org = await anOrg(t);
    return {
      org,
      submitter: await aUser(t, org, ['submitter']),
      member: await aUser(t, org, ['member']),
      readKey: await anApiKey(t, org, ['read']),
      submitKey: await anApiKey(t, org, ['submit']),
    };
  }

  before(async () => {
    t = await createTestApp();
    const exchange = await anExchange(t);
    desk = exchange.desk;
    a = await side();
    b = await side();
    outsiders = [
      ['submitter session', `Bearer ${await signIn(t, a.submitter)}`],
      ['member session', `Bearer ${await signIn(t, a.member)}`],
      ['read key', `Bearer ${a.readKey.key}`],
      ['submit key', `Bearer ${a.submitKey.key}`],
    ];
    staff = [
      ['admin session', `Bearer ${exchange.adminToken}`],
      ['coordinator session', `Bearer ${exchange.coordinatorToken}`],
    ];
  });
  after(() => t.close());

  const get = (path: string, auth: string) => request(t.http).get(path).set('Authorization', auth);

  it("GET another organization answers 404, exactly like one that does not exist", async () => {
    for (const [who, auth] of outsiders) {
      const other = expectProblem(await get(`/api/v1/organizations/${b.org.id}`, auth), 404, 'ORGANIZATION_NOT_FOUND');
      const missing = expectProblem(await get(`/api/v1/organizations/${NOWHERE}`, auth), 404, 'ORGANIZATION_NOT_FOUND');
      assert.equal(other.detail, missing.detail, who);
      expectProblem(await get(`/api/v1/organizations/${desk.id}`, auth), 404, 'ORGANIZATION_NOT_FOUND');
      assert.equal((await get(`/api/v1/organizations/${a.org.id}`, auth).expect(200)).body.id, a.org.id);
    }
  });

  it('the organization list holds only the caller’s own organization', async () => {
    for (const [who, auth] of outsiders) {
      const res = await get('/api/v1/organizations', auth).expect(200);
      assert.deepEqual(res.body.map((o: { id: string }) => o.id), [a.org.id], who);
    }
  });

  it("another organization's users answer 404 and never appear in a list", async () => {
    const bEmails = [b.submitter.email, b.member.email];
    for (const [who, auth] of outsiders) {
      expectProblem(await get(`/api/v1/organizations/${b.org.id}/users`, auth), 404, 'ORGANIZATION_NOT_FOUND');
      expectProblem(await get(`/api/v1/organizations/${NOWHERE}/users`, auth), 404, 'ORGANIZATION_NOT_FOUND');
      const own = await get(`/api/v1/organizations/${a.org.id}/users`, auth).expect(200);
      const emails = own.body.map((u: { email: string }) => u.email);
      assert.deepEqual([...emails].sort(), [a.submitter.email, a.member.email].sort(), who);
      assert.ok(!bEmails.some((e) => emails.includes(e)), who);
      assert.ok(!JSON.stringify(own.body).includes('$argon2'), 'password hashes leak');
      for (const u of own.body) assert.equal(u.organizationId, a.org.id);
    }
  });

  it("another organization's API keys answer 404 and never appear in a list", async () => {
    for (const [who, auth] of outsiders) {
      expectProblem(await get(`/api/v1/organizations/${b.org.id}/api-keys`, auth), 404, 'ORGANIZATION_NOT_FOUND');
      const own = await get(`/api/v1/organizations/${a.org.id}/api-keys`, auth).expect(200);
      const ids = own.body.map((k: { id: string }) => k.id);
      assert.ok(ids.includes(a.readKey.id) && ids.includes(a.submitKey.id), who);
      assert.ok(!ids.includes(b.readKey.id) && !ids.includes(b.submitKey.id), who);
      for (const k of own.body) assert.equal(k.organizationId, a.org.id);
    }
  });

  it("revoking another organization's key answers 404, like a missing key, and leaves it working", async () => {
    for (const [who, auth] of outsiders) {
      const res = await request(t.http).delete(`/api/v1/api-keys/${b.readKey.id}`).set('Authorization', auth);
      const other = expectProblem(res, 404, 'API_KEY_NOT_FOUND');
      const missing = expectProblem(await request(t.http).delete(`/api/v1/api-keys/${NOWHERE}`).set('Authorization', auth), 404, 'API_KEY_NOT_FOUND');
      assert.equal(other.detail, missing.detail, who);
    }
    const [row] = await t.dataSource.query('SELECT revoked_at FROM api_keys WHERE id = $1', [b.readKey.id]);
    assert.equal(row.revoked_at, null);
    await get('/api/v1/auth/me', `Bearer ${b.readKey.key}`).expect(200);
  });

  it('a non-admin PATCH of a user answers the same 403 for another organization’s user, an own one and a missing one', async () => {
    const [before] = await t.dataSource.query('SELECT display_name, roles, status FROM users WHERE id = $1', [b.member.id]);
    for (const [who, auth] of [...outsiders, staff[1]]) {
      const answers = [];
      for (const id of [b.member.id, a.member.id, NOWHERE]) {
        const res = await request(t.http).patch(`/api/v1/users/${id}`).set('Authorization', auth).send({ status: 'disabled' });
        answers.push(expectProblem(res, 403, 'FORBIDDEN').detail);
      }
      assert.equal(new Set(answers).size, 1, `${who}: answers differ: ${answers.join(' | ')}`);
    }
    const [after] = await t.dataSource.query('SELECT display_name, roles, status FROM users WHERE id = $1', [b.member.id]);
    assert.deepEqual(after, before);
  });

  it('coordinators and admins see every organization, its users and keys', async () => {
    for (const [who, auth] of staff) {
      const list = await get('/api/v1/organizations', auth).expect(200);
      const ids = list.body.map((o: { id: string }) => o.id);
      for (const id of [a.org.id, b.org.id, desk.id]) assert.ok(ids.includes(id), `${who} misses ${id}`);
      assert.equal((await get(`/api/v1/organizations/${b.org.id}`, auth).expect(200)).body.id, b.org.id);
      const users = await get(`/api/v1/organizations/${b.org.id}/users`, auth).expect(200);
      assert.deepEqual(users.body.map((u: { email: string }) => u.email).sort(), [b.submitter.email, b.member.email].sort(), who);
      const keys = await get(`/api/v1/organizations/${b.org.id}/api-keys`, auth).expect(200);
      const keyIds = keys.body.map((k: { id: string }) => k.id);
      assert.ok(keyIds.includes(b.readKey.id) && keyIds.includes(b.submitKey.id), who);
      expectProblem(await get(`/api/v1/organizations/${NOWHERE}`, auth), 404, 'ORGANIZATION_NOT_FOUND');
    }
  });

  it("staff revoking another organization's key: a coordinator is refused (403), an admin revokes it", async () => {
    const key = await anApiKey(t, b.org, ['read']);
    const [, adminAuth] = staff[0];
    const [, coordinatorAuth] = staff[1];
    expectProblem(await request(t.http).delete(`/api/v1/api-keys/${key.id}`).set('Authorization', coordinatorAuth), 403, 'FORBIDDEN');
    assert.equal((await t.dataSource.query('SELECT revoked_at FROM api_keys WHERE id = $1', [key.id]))[0].revoked_at, null);
    await request(t.http).delete(`/api/v1/api-keys/${key.id}`).set('Authorization', adminAuth).expect(200);
    assert.ok((await t.dataSource.query('SELECT revoked_at FROM api_keys WHERE id = $1', [key.id]))[0].revoked_at);
  });

  it('an admin patches a user of any organization', async () => {
    const user = await aUser(t, b.org, ['member']);
    const res = await request(t.http).patch(`/api/v1/users/${user.id}`).set('Authorization', staff[0][1]).send({ displayName: 'Patched by admin' }).expect(200);
    assert.equal(res.body.organizationId, b.org.id);
    const [row] = await t.dataSource.query('SELECT display_name, organization_id FROM users WHERE id = $1', [user.id]);
    assert.equal(row.display_name, 'Patched by admin');
    assert.equal(row.organization_id, b.org.id);
  });
});
