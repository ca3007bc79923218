import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import request from 'supertest';
import { anApiKey, anExchange, anOrg, aUser, signIn } from '../support/builders';
import { createTestApp, TestApp } from '../support/test-app';

describe('legal-shield policy', () => {
  let t: TestApp;
  let adminToken: string;
  let coordinatorToken: string;

  before(async () => {
    t = await createTestApp();
    ({ adminToken, coordinatorToken } = await anExchange(t));
  });
  after(() => t.close());

  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

  it('ships version 1.0.0 with text, rules and a content hash, readable without an account', async () => {
    const res = await request(t.http).get('/api/v1/policies/current').expect(200);
    assert.equal(res.body.version, '1.0.0');
    assert.equal(res.body.current, true);
    assert.match(res.body.text, /Members never learn which organization submitted/);
    assert.equal(res.body.rules.retentionDays, 30);
    assert.equal(res.body.rules.anonymizer.version, '1.0.0');
    assert.match(res.body.contentHash, /^sha256:[0-9a-f]{64}$/);
  });

  it('a submitter accepts the current version quoting its hash; acceptance is recorded and audited', async () => {
    const org = await anOrg(t);
    const token = await signIn(t, await aUser(t, org, ['submitter']));
    const before = (await request(t.http).get('/api/v1/policies/current/acceptance').set(auth(token)).expect(200)).body;
    assert.equal(before.accepted, false);
    const accepted = await request(t.http)
      .post(`/api/v1/policies/${before.currentVersion}/accept`)
      .set(auth(token))
      .send({ contentHash: before.currentContentHash })
      .expect(200);
    assert.equal(accepted.body.organizationId, org.id);
    const after = (await request(t.http).get('/api/v1/policies/current/acceptance').set(auth(token)).expect(200)).body;
    assert.equal(after.accepted, true);
    const audit = await request(t.http).get('/api/v1/audit').query({ action: 'policy.accepted' }).set(auth(coordinatorToken)).expect(200);
    assert.ok(audit.body.events.some((e: { details: { organizationId: string } }) => e.details.organizationId === org.id));
    const list = await request(t.http).get(`/api/v1/policies/${before.currentVersion}/acceptances`).set(auth(coordinatorToken)).expect(200);
    assert.ok(list.body.some((a: { organizationId: string }) => a.organizationId === org.id));
  });

  it('refuses a wrong hash, an unknown version, an API key and a member', async () => {
    const org = await anOrg(t);
    const token = await signIn(t, await aUser(t, org, ['submitter']));
    const current = (await request(t.http).get('/api/v1/policies/current')).body;
    const wrong = await request(t.http).post(`/api/v1/policies/${current.version}/accept`).set(auth(token)).send({ contentHash: `sha256:${'0'.repeat(64)}` }).expect(409);
    assert.equal(wrong.body.code, 'POLICY_HASH_MISMATCH');
    const unknown = await request(t.http).post('/api/v1/policies/9.9.9/accept').set(auth(token)).send({ contentHash: current.contentHash }).expect(404);
    assert.equal(unknown.body.code, 'POLICY_NOT_FOUND');
    const key = await anApiKey(t, org, ['submit']);
    const byKey = await request(t.http).post(`/api/v1/policies/${current.version}/accept`).set(auth(key.key)).send({ contentHash: current.contentHash }).expect(403);
    assert.equal(byKey.body.code, 'FORBIDDEN');
    const member = await signIn(t, await aUser(t, org, ['member']));
    await request(t.http).post(`/api/v1/policies/${current.version}/accept`).set(auth(member)).send({ contentHash: current.contentHash }).expect(403);
    const rows = await t.dataSource.query('SELECT count(*)::int AS n FROM policy_acceptances WHERE organization_id = $1', [org.id]);
    assert.equal(rows[0].n, 0);
  });

  it('admins publish new immutable versions; the old version stays readable and is no longer current', async () => {
    const current = (await request(t.http).get('/api/v1/policies/current')).body;
    const next = { version: '1.1.0', title: 'Policy 1.1', text: `${current.text}\n\nAmended.`, rules: { ...current.rules, retentionDays: 14 } };
    const published = await request(t.http).post('/api/v1/policies').set(auth(adminToken)).send(next).expect(201);
    assert.equal(published.body.current, true);
    assert.notEqual(published.body.contentHash, current.contentHash);
    const old = await request(t.http).get(`/api/v1/policies/${current.version}`).expect(200);
    assert.equal(old.body.current, false);
    const again = await request(t.http).post('/api/v1/policies').set(auth(adminToken)).send(next).expect(409);
    assert.equal(again.body.code, 'POLICY_VERSION_EXISTS');
    await request(t.http).post('/api/v1/policies').set(auth(coordinatorToken)).send({ ...next, version: '1.2.0' }).expect(403);
    await assert.rejects(t.dataSource.query(`UPDATE policies SET text = 'changed' WHERE version = '1.0.0'`), /immutable/);
    // The earlier version can no longer be accepted.
    const org = await anOrg(t);
    const token = await signIn(t, await aUser(t, org, ['submitter']));
    const stale = await request(t.http).post(`/api/v1/policies/${current.version}/accept`).set(auth(token)).send({ contentHash: current.contentHash }).expect(409);
    assert.equal(stale.body.code, 'POLICY_NOT_CURRENT');
    assert.match(stale.body.detail, /1\.1\.0/);
  });

  it('rejects a malformed publication with field pointers', async () => {
    const res = await request(t.http).post('/api/v1/policies').set(auth(adminToken)).send({ version: 'one', title: 'x', text: 'short', rules: { retentionDays: -1 } }).expect(400);
    assert.equal(res.body.code, 'VALIDATION_FAILED');
    const pointers = res.body.errors.map((e: { pointer: string }) => e.pointer);
    for (const p of ['/version', '/title', '/text', '/rules/retentionDays', '/rules/allowedTlp']) assert.ok(pointers.includes(p), `missing ${p} in ${pointers}`);
  });
});
