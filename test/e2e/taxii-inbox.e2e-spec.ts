import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import request from 'supertest';
import { anApiKey, anExchange, anOrg } from '../support/builders';
import { aSubmitter, auth, meterIncident, type TestSubmitter } from '../support/submissions';
import { aCollection, anIndicator, basic, bearer, expectTaxiiError, json, ROOT, TAXII, taxii } from '../support/taxii';
import { createTestApp, TestApp } from '../support/test-app';

const TLP2 = {
  clear: 'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487',
  green: 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb',
  amber: 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421',
  red: 'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1',
};
const US = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

describe('TAXII 2.1 inbox: add objects and status', () => {
  let t: TestApp;
  let ex: Awaited<ReturnType<typeof anExchange>>;
  let acme: TestSubmitter;
  let inbox: string;
  let amberInbox: string;
  let feed: string;
  let reader: string;

  before(async () => {
    t = await createTestApp();
    ex = await anExchange(t);
    acme = await aSubmitter(t);
    reader = basic(await anApiKey(t, await anOrg(t, { kind: 'carrier' }), ['read']));
    const group = await request(t.http).post('/api/v1/sharing-groups').set(auth(ex.coordinatorToken)).send({ name: 'Inbox group', memberOrgIds: [acme.org.id] }).expect(201);
    inbox = await aCollection(t, ex.coordinatorToken, { title: 'Inbox', kind: 'inbox' });
    amberInbox = await aCollection(t, ex.coordinatorToken, { title: 'Meter vendors inbox', kind: 'inbox', sharingGroupId: group.body.id });
    feed = await aCollection(t, ex.coordinatorToken, { title: 'All' });
  });
  after(() => t.close());

  const post = (collection: string, envelope: unknown, who = basic(acme.key)) =>
    request(t.http).post(`${ROOT}/collections/${collection}/objects/`).set(taxii(who)).set('Content-Type', TAXII).send(JSON.stringify(envelope));
  const status = (id: string, who = basic(acme.key)) => request(t.http).get(`${ROOT}/status/${id}/`).set(taxii(who));
  async function untilComplete(id: string): Promise<Record<string, any>> {
    for (let i = 0; i < 200; i++) {
      const body = json(await status(id).expect(200));
      if (body.status === 'complete') return body;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('status never completed');
  }
  const submissionOf = async (statusId: string) =>
    ((await t.dataSource.query('SELECT sub.id, sub.tlp, sub.sharing_group_id AS "sharingGroupId", sub.state FROM taxii_statuses s JOIN submissions sub ON sub.id = s.submission_id WHERE s.id = $1', [statusId])) as Record<string, string>[])[0];

  it('TAXII 2.1 §5.5 add objects: 202 with a status resource (total_count = objects sent), pending, then complete with successes', async () => {
    const { objects } = meterIncident({ orgName: acme.org.name });
    const res = await post(inbox, { objects });
    assert.equal(res.status, 202, res.text);
    assert.equal(res.headers['content-type'], TAXII);
    const body = json(res);
    assert.match(body.id, /^[0-9a-f-]{36}$/);
    assert.equal(body.total_count, objects.length);
    assert.equal(body.success_count + body.failure_count + body.pending_count, body.total_count);
    assert.match(body.request_timestamp, US);
    const done = await untilComplete(body.id);
    assert.deepEqual([done.success_count, done.failure_count, done.pending_count], [objects.length, 0, 0]);
    assert.deepEqual(done.successes.map((s: { id: string }) => s.id).sort(), objects.map((o) => o.id as string).sort());
    for (const s of done.successes) assert.equal(typeof s.version, 'string');
  });

  it('TAXII 2.1 §4.3.1 status resource: id, status, counts that sum to total_count, and pendings while processing', async () => {
    const res = json(await post(inbox, { objects: [anIndicator()] }).expect(202));
    const keys = Object.keys(res);
    for (const k of ['id', 'status', 'total_count', 'success_count', 'failure_count', 'pending_count']) assert.ok(keys.includes(k), k);
    if (res.status === 'pending') assert.equal(res.pendings.length, res.pending_count);
    const done = await untilComplete(res.id);
    assert.equal(done.successes.length, done.success_count);
  });

  it('the TLP of an inbox POST is the strictest TLP marking in the envelope, GREEN when unmarked', async () => {
    const unmarked = json(await post(inbox, { objects: [anIndicator()] }).expect(202));
    assert.equal((await submissionOf(unmarked.id)).tlp, 'green');
    const clear = json(await post(inbox, { objects: [anIndicator({ object_marking_refs: [TLP2.clear] })] }).expect(202));
    assert.equal((await submissionOf(clear.id)).tlp, 'clear');
    const mixed = json(await post(inbox, { objects: [anIndicator({ object_marking_refs: [TLP2.clear] }), anIndicator({ object_marking_refs: [TLP2.red] }), anIndicator()] }).expect(202));
    assert.equal((await submissionOf(mixed.id)).tlp, 'red');
  });

  it('AMBER is refused (422) by an inbox that names no sharing group, and shared with the group of an inbox that does', async () => {
    const amber = { objects: [anIndicator({ object_marking_refs: [TLP2.amber] })] };
    const refused = expectTaxiiError(await post(inbox, amber), 422);
    assert.equal(refused.error_code, 'SHARING_GROUP_REQUIRED');
    const accepted = json(await post(amberInbox, amber).expect(202));
    const sub = await submissionOf(accepted.id);
    assert.equal(sub.tlp, 'amber');
    assert.ok(sub.sharingGroupId);
  });

  it('invalid STIX: 202 and a complete status whose failures name each object and why', async () => {
    const bad = anIndicator({ pattern: '[ipv4-addr:value = ' });
    const good = anIndicator();
    const res = json(await post(inbox, { objects: [bad, good] }).expect(202));
    assert.equal(res.status, 'complete');
    assert.deepEqual([res.success_count, res.failure_count, res.pending_count, res.total_count], [0, 2, 0, 2]);
    const byId = new Map(res.failures.map((f: { id: string; message: string }) => [f.id, f.message]));
    assert.match(String(byId.get(bad.id)), /pattern/i);
    assert.match(String(byId.get(good.id)), /other objects/);
  });

  it('Idempotency-Key: the same POST answers the same status', async () => {
    const envelope = { objects: [anIndicator()] };
    const first = json(await post(inbox, envelope).set('Idempotency-Key', 'taxii-1').expect(202));
    const again = json(await post(inbox, envelope).set('Idempotency-Key', 'taxii-1').expect(202));
    assert.equal(again.id, first.id);
  });

  it('bad envelopes are TAXII errors: not an envelope, no objects, objects without ids → 422', async () => {
    for (const body of [[], { objects: [] }, { objects: 'x' }, { objects: [{ type: 'indicator' }] }, { more: false }]) {
      const err = expectTaxiiError(await post(inbox, body), 422);
      assert.equal(err.error_code, 'INVALID_BUNDLE');
    }
  });

  it('a submitter whose organization has not accepted the policy gets a 403 TAXII error', async () => {
    const fresh = await aSubmitter(t, { accept: false });
    expectTaxiiError(await post(inbox, { objects: [anIndicator()] }, basic(fresh.key)), 403);
  });

  it('members cannot POST (can_write false): 404 for the inbox they cannot see, 403 for a feed', async () => {
    expectTaxiiError(await post(inbox, { objects: [anIndicator()] }, reader), 404);
    expectTaxiiError(await post(feed, { objects: [anIndicator()] }, reader), 403);
  });

  it('end to end: an inbox POST, approved by a coordinator, is served by the feed to members', async () => {
    const indicator = anIndicator({ name: 'End-to-end C2' });
    const res = json(await post(inbox, { objects: [indicator] }).expect(202));
    await untilComplete(res.id);
    const sub = await submissionOf(res.id);
    const approved = await request(t.http).post(`/api/v1/moderation/submissions/${sub.id}/approve`).set(auth(ex.coordinatorToken)).send({});
    assert.equal(approved.status, 200, approved.text);
    const envelope = json(await request(t.http).get(`${ROOT}/collections/${feed}/objects/?match[type]=indicator`).set(taxii(reader)).expect(200));
    const served = (envelope.objects as { name: string; object_marking_refs: string[] }[]).find((o) => o.name === 'End-to-end C2');
    assert.ok(served, 'the approved indicator is in the feed');
    assert.ok(served.object_marking_refs.includes(TLP2.green));
    assert.equal(json(await status(res.id).expect(200)).status, 'complete');
    // The coordinator sees the status too; another organization does not.
    await status(res.id, bearer(ex.coordinatorToken)).expect(200);
    expectTaxiiError(await status(res.id, reader), 404);
  });
});
