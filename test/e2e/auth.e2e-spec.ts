import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import request from 'supertest';
import { anApiKey, anExchange, anOrg, aUser, basicAuth, expectProblem, signIn } from '../support/builders';
import { createTestApp, TestApp } from '../support/test-app';

const MAX_FAILURES = 3;

describe('authentication', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ env: { LOGIN_MAX_FAILURES: String(MAX_FAILURES) } });
  });
  after(() => t.close());
  // Every request here comes from 127.0.0.1, and failures also count per client address:
  // start each test with a clean count so tests do not depend on each other.
  beforeEach(() => t.dataSource.query('DELETE FROM login_failures'));

  const me = (auth?: string) => {
    const req = request(t.http).get('/api/v1/auth/me');
    return auth ? req.set('Authorization', auth) : req;
  };

  describe('sessions', () => {
    it('signs in: httpOnly SameSite=Strict cookie, and the token works as Bearer and as cookie', async () => {
      const org = await anOrg(t);
      const user = await aUser(t, org, ['member']);
      const res = await request(t.http).post('/api/v1/auth/login').send({ email: user.email.toUpperCase(), password: user.password });
      assert.equal(res.status, 200, res.text);
      assert.equal(typeof res.body.token, 'string');
      assert.equal(res.body.me.userId, user.id);
      assert.ok(Date.parse(res.body.expiresAt) > Date.now());
      const cookies = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
      const session = cookies.find((c) => c.startsWith('ss_session='));
      assert.ok(session, `no session cookie in ${JSON.stringify(cookies)}`);
      assert.ok(session.startsWith(`ss_session=${res.body.token};`));
      assert.match(session, /;\s*HttpOnly/i);
      assert.match(session, /;\s*SameSite=Strict/i);
      assert.match(session, /;\s*Path=\//i);

      const viaBearer = await me(`Bearer ${res.body.token}`).expect(200);
      assert.equal(viaBearer.body.userId, user.id);
      assert.equal(viaBearer.body.via, 'session');
      assert.deepEqual(viaBearer.body.roles, ['member']);
      const viaCookie = await request(t.http).get('/api/v1/auth/me').set('Cookie', `ss_session=${res.body.token}`).expect(200);
      assert.equal(viaCookie.body.email, user.email);

      const [row] = await t.dataSource.query('SELECT last_login_at FROM users WHERE id = $1', [user.id]);
      assert.ok(row.last_login_at, 'last_login_at not recorded');
      const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM sessions WHERE user_id = $1 AND revoked_at IS NULL', [user.id]);
      assert.equal(Number(n), 1);
    });

    it('answers a wrong password and an unknown email identically', async () => {
      const org = await anOrg(t);
      const user = await aUser(t, org, ['member']);
      const wrong = await request(t.http).post('/api/v1/auth/login').send({ email: user.email, password: 'not-the-password' });
      const unknown = await request(t.http).post('/api/v1/auth/login').send({ email: `nobody-${user.id}@example.org`, password: 'not-the-password' });
      const a = expectProblem(wrong, 401, 'INVALID_CREDENTIALS');
      const b = expectProblem(unknown, 401, 'INVALID_CREDENTIALS');
      for (const field of ['type', 'title', 'status', 'detail', 'code', 'instance']) assert.deepEqual(a[field], b[field], field);
      assert.equal(wrong.headers['set-cookie'], undefined);
      const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM sessions WHERE user_id = $1', [user.id]);
      assert.equal(Number(n), 0);
    });

    it('refuses a disabled user, at login and for a session opened before', async () => {
      const { adminToken } = await anExchange(t);
      const org = await anOrg(t);
      const user = await aUser(t, org, ['member']);
      const token = await signIn(t, user);
      await request(t.http).patch(`/api/v1/users/${user.id}`).set('Authorization', `Bearer ${adminToken}`).send({ status: 'disabled' }).expect(200);
      const login = await request(t.http).post('/api/v1/auth/login').send({ email: user.email, password: user.password });
      expectProblem(login, 401, 'INVALID_CREDENTIALS');
      expectProblem(await me(`Bearer ${token}`), 401, 'INVALID_CREDENTIALS');
    });

    it('logout ends the session server-side: the token is then refused with SESSION_EXPIRED', async () => {
      const org = await anOrg(t);
      const user = await aUser(t, org, ['submitter']);
      const token = await signIn(t, user);
      const res = await request(t.http).post('/api/v1/auth/logout').set('Cookie', `ss_session=${token}`).expect(204);
      const cleared = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith('ss_session='));
      assert.ok(cleared && /Expires=Thu, 01 Jan 1970/i.test(cleared), `cookie not cleared: ${cleared}`);
      expectProblem(await me(`Bearer ${token}`), 401, 'SESSION_EXPIRED');
      expectProblem(await request(t.http).get('/api/v1/auth/me').set('Cookie', `ss_session=${token}`), 401, 'SESSION_EXPIRED');
      const [row] = await t.dataSource.query('SELECT revoked_at FROM sessions WHERE user_id = $1', [user.id]);
      assert.ok(row.revoked_at, 'session not revoked in the database');
    });

    it('refuses a session past its expiry with SESSION_EXPIRED', async () => {
      const org = await anOrg(t);
      const user = await aUser(t, org, ['member']);
      const token = await signIn(t, user);
      await me(`Bearer ${token}`).expect(200);
      await t.dataSource.query(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [user.id]);
      expectProblem(await me(`Bearer ${token}`), 401, 'SESSION_EXPIRED');
    });

    it('refuses a tampered or foreign token, and no credentials at all', async () => {
      const org = await anOrg(t);
      const token = await signIn(t, await aUser(t, org, ['member']));
      const [h, p, s] = token.split('.');
      const tampered = `${h}.${p}.${s.slice(0, -2)}${s.endsWith('AA') ? 'BB' : 'AA'}`;
      expectProblem(await me(`Bearer ${tampered}`), 401, 'INVALID_CREDENTIALS');
      expectProblem(await request(t.http).get('/api/v1/auth/me').set('Cookie', 'ss_session=garbage'), 401, 'INVALID_CREDENTIALS');
      expectProblem(await me(), 401, 'UNAUTHENTICATED');
      expectProblem(await me('Bearer not-a-token'), 401, 'UNAUTHENTICATED');
      const www = (await me()).headers['www-authenticate'];
      assert.match(www, /Bearer/);
      assert.match(www, /Basic/);
    });

    it(`throttles after ${MAX_FAILURES} failures: 429 TOO_MANY_ATTEMPTS with Retry-After, even with the right password`, async () => {
      const org = await anOrg(t);
      const user = await aUser(t, org, ['member']);
      for (let i = 0; i < MAX_FAILURES; i++) {
        const res = await request(t.http).post('/api/v1/auth/login').send({ email: user.email, password: `wrong-${i}` });
        expectProblem(res, 401, 'INVALID_CREDENTIALS');
      }
      const blocked = await request(t.http).post('/api/v1/auth/login').send({ email: user.email, password: user.password });
      expectProblem(blocked, 429, 'TOO_MANY_ATTEMPTS');
      const retryAfter = Number(blocked.headers['retry-after']);
      assert.ok(Number.isInteger(retryAfter) && retryAfter > 0 && retryAfter <= t.config.loginWindowSeconds, `Retry-After ${blocked.headers['retry-after']}`);
      assert.equal(blocked.headers['set-cookie'], undefined);
      const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM sessions WHERE user_id = $1', [user.id]);
      assert.equal(Number(n), 0);
    });
  });

  describe('API keys', () => {
    it('accepts a valid key as Bearer, with its scope as role, and records last_used_at', async () => {
      const org = await anOrg(t);
      const key = await anApiKey(t, org, ['read']);
      const [before] = await t.dataSource.query('SELECT last_used_at FROM api_keys WHERE id = $1', [key.id]);
      assert.equal(before.last_used_at, null);
      const res = await me(`Bearer ${key.key}`).expect(200);
      assert.equal(res.body.organizationId, org.id);
      assert.equal(res.body.userId, null);
      assert.equal(res.body.via, 'api-key');
      assert.deepEqual(res.body.roles, ['member']);
      const [row] = await t.dataSource.query('SELECT last_used_at FROM api_keys WHERE id = $1', [key.id]);
      assert.ok(row.last_used_at, 'last_used_at not recorded');
      const submit = await anApiKey(t, org, ['submit']);
      assert.deepEqual((await me(`Bearer ${submit.key}`).expect(200)).body.roles, ['submitter']);
    });

    it('refuses malformed keys and wrong secrets', async () => {
      const org = await anOrg(t);
      const key = await anApiKey(t, org, ['read']);
      const otherSecret = 'A'.repeat(43);
      for (const auth of [
        'Bearer ssk_short',
        `Bearer ${key.key}x`,
        `Bearer ${key.keyId}_${otherSecret}`,
        `Bearer ${key.keyId}`,
        `Bearer ssk_aaaaaaaaaa_${key.secret}`,
      ]) {
        expectProblem(await me(auth), 401, 'INVALID_CREDENTIALS');
      }
      const [row] = await t.dataSource.query('SELECT last_used_at FROM api_keys WHERE id = $1', [key.id]);
      assert.equal(row.last_used_at, null);
    });

    it('refuses a key revoked with DELETE', async () => {
      const { adminToken } = await anExchange(t);
      const org = await anOrg(t);
      const key = await anApiKey(t, org, ['submit']);
      await me(`Bearer ${key.key}`).expect(200);
      const res = await request(t.http).delete(`/api/v1/api-keys/${key.id}`).set('Authorization', `Bearer ${adminToken}`).expect(200);
      assert.ok(res.body.revokedAt);
      const [row] = await t.dataSource.query('SELECT revoked_at FROM api_keys WHERE id = $1', [key.id]);
      assert.ok(row.revoked_at);
      expectProblem(await me(`Bearer ${key.key}`), 401, 'INVALID_CREDENTIALS');
      expectProblem(await me(basicAuth(key.keyId, key.secret)), 401, 'INVALID_CREDENTIALS');
    });

    it('refuses an expired key, from its expiry on, even right after it was verified', async () => {
      const org = await anOrg(t);
      const expiresAt = Date.now() + 1_500;
      const key = await anApiKey(t, org, ['read'], new Date(expiresAt).toISOString());
      await me(`Bearer ${key.key}`).expect(200);
      await new Promise((r) => setTimeout(r, expiresAt - Date.now() + 10));
      const res = expectProblem(await me(`Bearer ${key.key}`), 401, 'INVALID_CREDENTIALS');
      assert.match(String(res.detail), /expired/);
    });

    it('refuses keys, sessions and logins of a suspended organization', async () => {
      const { adminToken } = await anExchange(t);
      const org = await anOrg(t);
      const key = await anApiKey(t, org, ['read']);
      const user = await aUser(t, org, ['member']);
      const token = await signIn(t, user);
      await request(t.http).patch(`/api/v1/organizations/${org.id}`).set('Authorization', `Bearer ${adminToken}`).send({ status: 'suspended' }).expect(200);
      const res = expectProblem(await me(`Bearer ${key.key}`), 401, 'INVALID_CREDENTIALS');
      assert.match(String(res.detail), /suspended/);
      expectProblem(await me(basicAuth(key.keyId, key.secret)), 401, 'INVALID_CREDENTIALS');
      expectProblem(await me(`Bearer ${token}`), 401, 'INVALID_CREDENTIALS');
      expectProblem(await request(t.http).post('/api/v1/auth/login').send({ email: user.email, password: user.password }), 401, 'INVALID_CREDENTIALS');
    });

    it('accepts HTTP Basic with key id and secret; refuses a wrong secret or a person’s password', async () => {
      const org = await anOrg(t);
      const key = await anApiKey(t, org, ['read']);
      const res = await me(basicAuth(key.keyId, key.secret)).expect(200);
      assert.equal(res.body.via, 'basic');
      assert.equal(res.body.organizationId, org.id);
      assert.deepEqual(res.body.roles, ['member']);
      const wrong = key.secret.slice(0, -1) + (key.secret.endsWith('A') ? 'B' : 'A');
      expectProblem(await me(basicAuth(key.keyId, wrong)), 401, 'INVALID_CREDENTIALS');
      expectProblem(await me(basicAuth(key.keyId, 'short')), 401, 'INVALID_CREDENTIALS');
      expectProblem(await me(basicAuth(key.key, '')), 401, 'INVALID_CREDENTIALS');
      const user = await aUser(t, org, ['member']);
      expectProblem(await me(basicAuth(user.email, user.password)), 401, 'INVALID_CREDENTIALS');
    });

    it('never stores the raw key: only a 32-byte hash', async () => {
      const org = await anOrg(t);
      const { adminToken } = await anExchange(t);
      const created = await request(t.http)
        .post(`/api/v1/organizations/${org.id}/api-keys`)
        .set('Authorization', `Bearer ${adminToken}`)
        .send({ name: 'poller', scopes: ['read'] })
        .expect(201);
      const key = created.body.key as string;
      assert.match(key, /^ssk_[a-z2-7]{10}_[A-Za-z0-9_-]{43}$/);
      assert.equal(created.body.keyId, key.slice(0, 14));
      const secret = key.slice(15);
      const [row] = await t.dataSource.query('SELECT *, octet_length(secret_hash) AS hash_bytes FROM api_keys WHERE id = $1', [created.body.id]);
      assert.equal(Number(row.hash_bytes), 32);
      for (const [column, value] of Object.entries(row as Record<string, unknown>)) {
        const text = Buffer.isBuffer(value) ? [value.toString('utf8'), value.toString('hex'), value.toString('base64')].join(' ') : JSON.stringify(value);
        assert.ok(!text?.includes(secret), `column ${column} holds the secret`);
        assert.notEqual(value, key, `column ${column} holds the key`);
      }
      const list = await request(t.http).get(`/api/v1/organizations/${org.id}/api-keys`).set('Authorization', `Bearer ${adminToken}`).expect(200);
      assert.ok(!JSON.stringify(list.body).includes(secret), 'the list shows the secret');
    });
  });
});
