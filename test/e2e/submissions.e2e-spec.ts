import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import request from 'supertest';
import { anExchange, anOrg, aUser, expectProblem, signIn } from '../support/builders';
import { aPendingSubmission, aSubmitter, auth, countWhere, meterIncident, waitForState, type TestSubmitter } from '../support/submissions';
import { createTestApp, TestApp } from '../support/test-app';

describe('submissions', () => {
  let t: TestApp;
  let acme: TestSubmitter;

  before(async () => {
    t = await createTestApp({ env: { BODY_LIMIT_BYTES: String(2 * 1024 * 1024) } });
    await anExchange(t);
    acme = await aSubmitter(t, { name: 'Acme Metering GmbH' });
  });
  after(() => t.close());

  it('answers 202 once stored, then validates and anonymizes it to pending_review', async () => {
    const res = await request(t.http).post('/api/v1/submissions').set(auth(acme.token)).send({ bundle: meterIncident(), tlp: 'green' }).expect(202);
    assert.equal(res.body.state, 'received');
    assert.equal(res.headers.location, `/api/v1/submissions/${res.body.id}`);
    const done = await waitForState(t, acme.token, res.body.id, ['pending_review']);
    assert.equal(done.policyVersion, '1.0.0');
    assert.match(done.policyHash, /^sha256:/);
    assert.ok(done.report.transformations.length > 0);
    assert.ok(['auto-publish', 'review-required', 'block'].includes(done.verdict));
    const published = JSON.stringify(done.anonymizedBundle);
    assert.doesNotMatch(published, /Acme Metering|jane\.doe|10\.20\.30\.40/);
    assert.match(published, /198\.51\.0\.1/, 'the C2 address is the threat and stays');
    assert.deepEqual(
      done.history.map((h: { action: string; toState: string }) => `${h.action}:${h.toState}`),
      ['submit:received', 'anonymize:pending_review'],
    );
  });

  it('accepts an API key with the submit scope', async () => {
    const res = await request(t.http).post('/api/v1/submissions').set(auth(acme.key.key)).send({ bundle: meterIncident(), tlp: 'amber+strict', sharingGroupId: await aGroup([acme.org.id]) }).expect(202);
    await waitForState(t, acme.token, res.body.id, ['pending_review']);
  });

  it('honours Idempotency-Key: the same request answers the same submission; other content with the key is refused', async () => {
    const body = { bundle: meterIncident(), tlp: 'green' };
    const first = await request(t.http).post('/api/v1/submissions').set(auth(acme.token)).set('Idempotency-Key', 'export-42').send(body).expect(202);
    const again = await request(t.http).post('/api/v1/submissions').set(auth(acme.token)).set('Idempotency-Key', 'export-42').send(body).expect(202);
    assert.equal(again.body.id, first.body.id);
    assert.equal(again.body.replayed, true);
    assert.equal(again.headers['idempotent-replayed'], 'true');
    const other = await request(t.http).post('/api/v1/submissions').set(auth(acme.token)).set('Idempotency-Key', 'export-42').send({ ...body, tlp: 'red' });
    expectProblem(other, 422, 'IDEMPOTENCY_KEY_REUSED');
    // Concurrent duplicates: one submission.
    const bodies = { bundle: meterIncident(), tlp: 'green' };
    const answers = await Promise.all([1, 2, 3].map(() => request(t.http).post('/api/v1/submissions').set(auth(acme.token)).set('Idempotency-Key', 'burst-1').send(bodies)));
    assert.deepEqual(answers.map((a) => a.status), [202, 202, 202]);
    assert.equal(new Set(answers.map((a) => a.body.id)).size, 1);
    assert.equal(await countWhere(t, "submissions WHERE idempotency_key = 'burst-1'"), 1);
  });

  it('stores invalid STIX as an invalid submission with every error, answers 422, and takes a corrected revision', async () => {
    const bundle = meterIncident();
    (bundle.objects[2] as Record<string, unknown>).pattern = "[ipv4-addr:value = '198.51.100.1'";
    delete (bundle.objects[3] as Record<string, unknown>).relationship_type;
    const res = await request(t.http).post('/api/v1/submissions').set(auth(acme.token)).send({ bundle, tlp: 'green' });
    const problem = expectProblem(res, 422, 'INVALID_STIX');
    const id = problem.submissionId as string;
    assert.ok((problem.errors as { pointer: string }[]).some((e) => e.pointer.startsWith('/bundle/objects/2')));
    const stored = (await request(t.http).get(`/api/v1/submissions/${id}`).set(auth(acme.token)).expect(200)).body;
    assert.equal(stored.state, 'invalid');
    assert.ok(stored.errors.length >= 2);
    const fixed = await request(t.http).post(`/api/v1/submissions/${id}/resubmit`).set(auth(acme.token)).send({ bundle: meterIncident(), tlp: 'green' }).expect(202);
    assert.equal(fixed.body.id, id);
    const done = await waitForState(t, acme.token, id, ['pending_review']);
    assert.equal(done.revision, 2);
    assert.equal(done.errors, null);
    assert.deepEqual(done.history.map((h: { action: string }) => h.action), ['submit', 'resubmit', 'anonymize']);
  });

  it('refuses an organization that has not accepted the current policy, naming the version', async () => {
    const newcomer = await aSubmitter(t, { accept: false });
    const res = await request(t.http).post('/api/v1/submissions').set(auth(newcomer.token)).send({ bundle: meterIncident(), tlp: 'green' });
    const problem = expectProblem(res, 403, 'POLICY_NOT_ACCEPTED');
    assert.match(String(problem.detail), /1\.0\.0/);
    assert.equal(await countWhere(t, `submissions WHERE organization_id = '${newcomer.org.id}'`), 0);
  });

  it('gives every kind of bad input a 4xx with a clear body and stores nothing', async () => {
    const before = await countWhere(t, 'submissions');
    const post = () => request(t.http).post('/api/v1/submissions').set(auth(acme.token));
    expectProblem(await post().set('Content-Type', 'application/json').send('{"bundle": {'), 400, 'MALFORMED_JSON');
    expectProblem(await post().send({ bundle: { type: 'indicator', id: 'x' }, tlp: 'green' }), 422, 'INVALID_BUNDLE');
    expectProblem(await post().send({ bundle: [1, 2], tlp: 'green' }), 400, 'VALIDATION_FAILED');
    expectProblem(await post().send({ bundle: { type: 'bundle', id: 'bundle--6e5d3c2b-1f3d-4b54-b44f-dac42c3a8f02', objects: [] }, tlp: 'green' }), 422, 'INVALID_BUNDLE');
    const tlp = expectProblem(await post().send({ bundle: meterIncident(), tlp: 'white' }), 400, 'VALIDATION_FAILED');
    assert.match(JSON.stringify(tlp.errors), /\/tlp/);
    expectProblem(await post().send({ bundle: meterIncident(), tlp: 'amber' }), 422, 'SHARING_GROUP_REQUIRED');
    expectProblem(await post().send({ bundle: meterIncident(), tlp: 'amber', sharingGroupId: '00000000-0000-4000-8000-000000000000' }), 422, 'UNKNOWN_SHARING_GROUP');
    expectProblem(await post().send({ bundle: meterIncident(), tlp: 'green', sharingGroupId: await aGroup([acme.org.id]) }), 422, 'SHARING_GROUP_NOT_APPLICABLE');
    const red = 'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1';
    expectProblem(await post().send({ bundle: meterIncident({ marking: red }), tlp: 'green' }), 422, 'TLP_CONFLICT');
    const huge = 'x'.repeat(3 * 1024 * 1024);
    expectProblem(await post().set('Content-Type', 'application/json').send(`{"tlp":"green","bundle":{"type":"bundle","x":"${huge}"}}`), 413, 'PAYLOAD_TOO_LARGE');
    expectProblem(await post().set('Content-Type', 'text/plain').send('hello'), 415, 'UNSUPPORTED_MEDIA_TYPE');
    expectProblem(await post().set('Idempotency-Key', 'ä').send({ bundle: meterIncident(), tlp: 'green' }), 400, 'VALIDATION_FAILED');
    assert.equal(await countWhere(t, 'submissions'), before);
  });

  it('shows a submitter only their own organization’s submissions; members and other submitters get 403/404', async () => {
    const id = await aPendingSubmission(t, acme);
    const other = await aSubmitter(t);
    expectProblem(await request(t.http).get(`/api/v1/submissions/${id}`).set(auth(other.token)), 404, 'SUBMISSION_NOT_FOUND');
    expectProblem(await request(t.http).post(`/api/v1/submissions/${id}/withdraw`).set(auth(other.token)).send({}), 404, 'SUBMISSION_NOT_FOUND');
    const list = (await request(t.http).get('/api/v1/submissions').set(auth(other.token)).expect(200)).body;
    assert.deepEqual(list.items, []);
    const memberOnly = await signIn(t, await aUser(t, await anOrg(t), ['member']));
    expectProblem(await request(t.http).post('/api/v1/submissions').set(auth(memberOnly)).send({ bundle: meterIncident(), tlp: 'green' }), 403, 'FORBIDDEN');
    const mine = (await request(t.http).get('/api/v1/submissions?limit=2').set(auth(acme.token)).expect(200)).body;
    assert.equal(mine.items.length, 2);
    const next = (await request(t.http).get(`/api/v1/submissions?limit=2&cursor=${mine.nextCursor}`).set(auth(acme.token)).expect(200)).body;
    assert.ok(next.items.every((s: { id: string }) => !mine.items.some((m: { id: string }) => m.id === s.id)));
  });

  it('withdraws before publication', async () => {
    const id = await aPendingSubmission(t, acme);
    const res = await request(t.http).post(`/api/v1/submissions/${id}/withdraw`).set(auth(acme.token)).send({ reason: 'sent by mistake' }).expect(200);
    assert.equal(res.body.state, 'withdrawn');
    expectProblem(await request(t.http).post(`/api/v1/submissions/${id}/withdraw`).set(auth(acme.token)).send({}), 409, 'ILLEGAL_TRANSITION');
  });

  async function aGroup(memberOrgIds: string[]): Promise<string> {
    const { adminToken } = await anExchange(t);
    const res = await request(t.http).post('/api/v1/sharing-groups').set(auth(adminToken)).send({ name: `group ${Math.random()}`, memberOrgIds }).expect(201);
    return res.body.id;
  }
});
