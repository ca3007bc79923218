import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import request from 'supertest';
import { anExchange, anOrg, aUser, signIn } from '../support/builders';
import { createTestApp, TestApp } from '../support/test-app';

describe('audit log', () => {
  let t: TestApp;
  let adminToken: string;
  let coordinatorToken: string;

  before(async () => {
    t = await createTestApp();
    ({ adminToken, coordinatorToken } = await anExchange(t));
  });
  after(() => t.close());

  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

  it('records privileged actions with the actor, in one chain that verifies', async () => {
    const created = await request(t.http)
      .post('/api/v1/organizations')
      .set(auth(adminToken))
      .send({ name: `Audited ${Date.now()}`, kind: 'carrier' })
      .expect(201);
    const page = await request(t.http).get('/api/v1/audit').query({ targetId: created.body.id }).set(auth(coordinatorToken)).expect(200);
    assert.equal(page.body.events.length, 1);
    const [event] = page.body.events;
    assert.equal(event.action, 'organization.created');
    assert.equal(event.targetType, 'organization');
    assert.equal(event.actorVia, 'session');
    assert.ok(event.actorUserId);
    const verified = await request(t.http).get('/api/v1/audit/verify').set(auth(coordinatorToken)).expect(200);
    assert.equal(verified.body.valid, true);
    assert.ok(verified.body.checked >= 1);
  });

  it('keeps personal data out of events: a created user is named by id, not email', async () => {
    const org = await anOrg(t);
    const user = await aUser(t, org, ['member']);
    const rows = await t.dataSource.query(`SELECT details::text AS details FROM audit_events WHERE target_id = $1`, [user.id]);
    assert.equal(rows.length, 1);
    assert.ok(!rows[0].details.includes(user.email));
  });

  it('filters by action prefix and pages with nextBefore', async () => {
    for (let i = 0; i < 3; i++) await anOrg(t);
    const first = await request(t.http).get('/api/v1/audit').query({ action: 'organization.*', limit: 2 }).set(auth(adminToken)).expect(200);
    assert.equal(first.body.events.length, 2);
    assert.ok(first.body.events.every((e: { action: string }) => e.action.startsWith('organization.')));
    assert.ok(first.body.nextBefore);
    const second = await request(t.http)
      .get('/api/v1/audit')
      .query({ action: 'organization.*', limit: 2, before: first.body.nextBefore })
      .set(auth(adminToken))
      .expect(200);
    assert.ok(second.body.events[0].seq < first.body.events[1].seq);
  });

  it('refuses members, submitters and API keys', async () => {
    const org = await anOrg(t);
    const member = await signIn(t, await aUser(t, org, ['member', 'submitter']));
    const res = await request(t.http).get('/api/v1/audit').set(auth(member)).expect(403);
    assert.equal(res.body.code, 'FORBIDDEN');
    await request(t.http).get('/api/v1/audit/verify').set(auth(member)).expect(403);
  });

  it('rejects bad filters with a 400 naming the parameter', async () => {
    const res = await request(t.http).get('/api/v1/audit').query({ limit: 5000 }).set(auth(adminToken)).expect(400);
    assert.equal(res.body.code, 'VALIDATION_FAILED');
    assert.match(res.body.detail, /limit/);
  });

  it('is append-only: UPDATE and DELETE are refused by the database', async () => {
    await assert.rejects(t.dataSource.query(`UPDATE audit_events SET action = 'x' WHERE seq = 1`), /append-only/);
    await assert.rejects(t.dataSource.query(`DELETE FROM audit_events WHERE seq = 1`), /append-only/);
  });

  it('detects a tampered row and names the first broken link', async () => {
    await anOrg(t);
    const { checked } = (await request(t.http).get('/api/v1/audit/verify').set(auth(adminToken)).expect(200)).body;
    const target = Math.max(2, checked - 1);
    // An insider with owner rights can switch the trigger off; the chain still tells.
    await t.dataSource.query(`ALTER TABLE audit_events DISABLE TRIGGER trg_audit_events_append_only`);
    await t.dataSource.query(`UPDATE audit_events SET details = '{"tampered":true}' WHERE seq = $1`, [target]);
    await t.dataSource.query(`ALTER TABLE audit_events ENABLE TRIGGER trg_audit_events_append_only`);
    const res = await request(t.http).get('/api/v1/audit/verify').set(auth(adminToken)).expect(200);
    assert.equal(res.body.valid, false);
    assert.deepEqual(res.body.firstBroken, { seq: target, reason: 'hash-mismatch' });
  });
});
