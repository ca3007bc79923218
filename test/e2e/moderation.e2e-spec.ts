import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import request from 'supertest';
import { SubmissionPipeline } from '../../src/modules/submissions/submission-pipeline';
import { anExchange, aUser, expectProblem, signIn } from '../support/builders';
import { aPendingSubmission, aSubmitter, auth, countWhere, meterIncident, waitForState, type TestSubmitter } from '../support/submissions';
import { createTestApp, TestApp } from '../support/test-app';

const DAY_MS = 86_400_000;
const TLP = {
  clear: 'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487',
  green: 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb',
  amber: 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421',
};

describe('moderation', () => {
  let t: TestApp;
  let acme: TestSubmitter;
  let coordinator: string;
  let coordinator2: string;
  let admin: string;

  before(async () => {
    t = await createTestApp();
    const exchange = await anExchange(t);
    coordinator = exchange.coordinatorToken;
    admin = exchange.adminToken;
    coordinator2 = await signIn(t, await aUser(t, exchange.desk, ['coordinator']));
    acme = await aSubmitter(t, { name: 'Acme Metering GmbH', sectors: ['energy'] });
  });
  after(() => t.close());

  const moderate = (token: string, id: string, action: string, body: object = {}) =>
    request(t.http).post(`/api/v1/moderation/submissions/${id}/${action}`).set(auth(token)).send(body);
  const publishedRows = (id: string) =>
    t.dataSource.query('SELECT stix_id, stix_type, tlp, revoked, object FROM published_objects WHERE submission_id = $1 ORDER BY seq', [id]) as Promise<
      { stix_id: string; stix_type: string; tlp: string; revoked: boolean; object: Record<string, unknown> }[]
    >;

  it('shows coordinators the queue with counts, filters and the review data (raw, anonymized, diff, report, organization)', async () => {
    const id = await aPendingSubmission(t, acme);
    const queue = (await request(t.http).get('/api/v1/moderation/submissions?state=pending_review&orgKind=manufacturer&sector=energy').set(auth(coordinator)).expect(200)).body;
    assert.ok(queue.items.some((s: { id: string }) => s.id === id));
    assert.ok(queue.counts.pending_review >= 1);
    assert.equal(queue.items[0].organization.name, 'Acme Metering GmbH');
    const none = (await request(t.http).get('/api/v1/moderation/submissions?sector=automotive').set(auth(coordinator)).expect(200)).body;
    assert.deepEqual(none.items, []);
    const detail = (await request(t.http).get(`/api/v1/moderation/submissions/${id}`).set(auth(coordinator)).expect(200)).body;
    assert.equal(detail.organization.id, acme.org.id);
    assert.ok(detail.rawBundle.objects.length > 0);
    assert.ok(detail.anonymizedBundle.objects.length > 0);
    assert.ok(detail.diff.some((d: { kind: string }) => d.kind === 'removed' || d.kind === 'changed'));
    assert.ok(detail.report.transformations.length > 0);
  });

  it('refuses moderation to submitters and members (403), and to nobody signed in (401)', async () => {
    const id = await aPendingSubmission(t, acme);
    expectProblem(await request(t.http).get('/api/v1/moderation/submissions').set(auth(acme.token)), 403, 'FORBIDDEN');
    expectProblem(await moderate(acme.token, id, 'approve'), 403, 'FORBIDDEN');
    expectProblem(await request(t.http).post(`/api/v1/moderation/submissions/${id}/approve`).send({}), 401, 'UNAUTHENTICATED');
  });

  it('publishes on approval: anonymized objects with the TLP and policy statement markings, the exchange as creator, the submission recorded', async () => {
    const id = await aPendingSubmission(t, acme);
    const res = await moderate(coordinator, id, 'approve').expect(200);
    assert.equal(res.body.state, 'published');
    const rows = await publishedRows(id);
    assert.ok(rows.length >= 5);
    const text = JSON.stringify(rows.map((r) => r.object));
    assert.doesNotMatch(text, /Acme Metering|jane\.doe/);
    const indicator = rows.find((r) => r.stix_type === 'indicator')!;
    assert.equal(indicator.tlp, 'green');
    assert.ok((indicator.object.object_marking_refs as string[]).includes(TLP.green));
    assert.ok((indicator.object.object_marking_refs as string[]).some((m) => m !== TLP.green), 'the policy statement marking');
    assert.match(String(indicator.object.created_by_ref), /^identity--/);
    const exchangeObjects = await countWhere(t, "published_objects WHERE submission_id IS NULL AND stix_type = 'marking-definition'");
    assert.ok(exchangeObjects >= 2, 'statement and TLP definitions published once by the exchange');
    const history = (await request(t.http).get(`/api/v1/submissions/${id}`).set(auth(acme.token)).expect(200)).body.history;
    assert.deepEqual(history.map((h: { toState: string }) => h.toState), ['received', 'pending_review', 'published']);
  });

  it('needs two different coordinators to publish TLP:CLEAR', async () => {
    const id = await aPendingSubmission(t, acme, { tlp: 'clear' });
    const first = await moderate(coordinator, id, 'approve').expect(200);
    assert.equal(first.body.state, 'pending_review');
    assert.equal(first.body.approvals.length, 1);
    expectProblem(await moderate(coordinator, id, 'approve'), 409, 'DUPLICATE_APPROVAL');
    assert.equal(await countWhere(t, 'published_objects WHERE submission_id = $1', [id]), 0);
    const second = await moderate(coordinator2, id, 'approve').expect(200);
    assert.equal(second.body.state, 'published');
    assert.equal(second.body.approvals.length, 2);
    assert.ok((await publishedRows(id)).every((r) => r.tlp === 'clear'));
  });

  it('rejects with a reason the submitter reads; a rejected submission cannot be approved', async () => {
    const id = await aPendingSubmission(t, acme);
    await moderate(coordinator, id, 'reject', { reason: 'not an incident' }).expect(200);
    const seen = (await request(t.http).get(`/api/v1/submissions/${id}`).set(auth(acme.token)).expect(200)).body;
    assert.equal(seen.state, 'rejected');
    assert.equal(seen.message, 'not an incident');
    expectProblem(await moderate(coordinator, id, 'approve'), 409, 'ILLEGAL_TRANSITION');
    expectProblem(await moderate(coordinator, id, 'reject', { reason: 'again' }), 409, 'ILLEGAL_TRANSITION');
    expectProblem(await moderate(coordinator, id, 'reject', {}), 400, 'VALIDATION_FAILED');
  });

  it('requests changes; the corrected resubmission keeps the history and comes back for review', async () => {
    const id = await aPendingSubmission(t, acme);
    await moderate(coordinator, id, 'request-changes', { message: 'remove the customer list' }).expect(200);
    const asked = (await request(t.http).get(`/api/v1/submissions/${id}`).set(auth(acme.token)).expect(200)).body;
    assert.equal(asked.state, 'changes_requested');
    assert.equal(asked.message, 'remove the customer list');
    expectProblem(await moderate(coordinator, id, 'approve'), 409, 'ILLEGAL_TRANSITION');
    await request(t.http).post(`/api/v1/submissions/${id}/resubmit`).set(auth(acme.token)).send({ bundle: meterIncident(), tlp: 'green' }).expect(202);
    const back = await waitForState(t, acme.token, id, ['pending_review']);
    assert.equal(back.revision, 2);
    assert.deepEqual(back.history.map((h: { action: string }) => h.action), ['submit', 'anonymize', 'request-changes', 'resubmit', 'anonymize']);
    await moderate(coordinator, id, 'approve').expect(200);
  });

  it('holds an embargoed approval until publish_at, then the release job publishes it', async () => {
    const id = await aPendingSubmission(t, acme);
    const publishAt = new Date(Date.now() + 60_000).toISOString();
    const res = await moderate(coordinator, id, 'approve', { publishAt }).expect(200);
    assert.equal(res.body.state, 'approved');
    assert.equal(res.body.publishAt, publishAt);
    const pipeline = t.app.get(SubmissionPipeline);
    await pipeline.releaseDue(new Date());
    assert.equal(await countWhere(t, 'published_objects WHERE submission_id = $1', [id]), 0, 'not before publish_at');
    await pipeline.releaseDue(new Date(Date.now() + 61_000));
    const released = (await request(t.http).get(`/api/v1/submissions/${id}`).set(auth(acme.token)).expect(200)).body;
    assert.equal(released.state, 'published');
    assert.ok((await countWhere(t, 'published_objects WHERE submission_id = $1', [id])) > 0);
  });

  it('respects the submitter’s embargo unless a coordinator records why to publish earlier', async () => {
    const embargoUntil = new Date(Date.now() + 3_600_000).toISOString();
    const id = await aPendingSubmission(t, acme, { embargoUntil });
    expectProblem(await moderate(coordinator, id, 'approve', { publishAt: new Date().toISOString() }), 422, 'JUSTIFICATION_REQUIRED');
    const held = await moderate(coordinator, id, 'approve').expect(200);
    assert.equal(held.body.state, 'approved');
    assert.equal(held.body.publishAt, embargoUntil);
  });

  it('withdrawal after publication revokes every published object as a new STIX version', async () => {
    const id = await aPendingSubmission(t, acme);
    await moderate(coordinator, id, 'approve').expect(200);
    const before = await publishedRows(id);
    const res = await request(t.http).post(`/api/v1/submissions/${id}/withdraw`).set(auth(acme.token)).send({ reason: 'false positive' }).expect(200);
    assert.equal(res.body.state, 'revoked');
    const after = await publishedRows(id);
    const versioned = before.filter((r) => r.object.modified);
    for (const original of versioned) {
      const revoked = after.find((r) => r.stix_id === original.stix_id && r.object.revoked === true);
      assert.ok(revoked, `a revoked version of ${original.stix_id}`);
      assert.ok(String(revoked.object.modified) > String(original.object.modified));
    }
    assert.ok(after.filter((r) => !r.object.modified).every((r) => r.revoked), 'observables stop being served');
  });

  it('edits redactions: removes text or whole properties, never adds content without a justification, keeps the bundle valid', async () => {
    const id = await aPendingSubmission(t, acme);
    const detail = (await request(t.http).get(`/api/v1/moderation/submissions/${id}`).set(auth(coordinator)).expect(200)).body;
    const indicator = detail.anonymizedBundle.objects.find((o: { type: string }) => o.type === 'indicator');
    const edited = await moderate(coordinator, id, 'redactions', { operations: [{ op: 'redact', objectId: indicator.id, path: '/name', match: 'C2' }] }).expect(200);
    const after = edited.body.anonymizedBundle.objects.find((o: { id: string }) => o.id === indicator.id);
    assert.match(after.name, /\[REDACTED\] server/);
    expectProblem(await moderate(coordinator, id, 'redactions', { operations: [{ op: 'replace', objectId: indicator.id, path: '/name', value: 'Acme meter 7' }] }), 422, 'JUSTIFICATION_REQUIRED');
    expectProblem(await moderate(coordinator, id, 'redactions', { operations: [{ op: 'redact', objectId: indicator.id, path: '/pattern' }] }), 422, 'INVALID_REDACTION');
    expectProblem(await moderate(coordinator, id, 'redactions', { operations: [{ op: 'redact', objectId: indicator.id, path: '/id' }] }), 422, 'INVALID_REDACTION');
    expectProblem(await moderate(coordinator, id, 'redactions', { operations: [{ op: 'redact', objectId: 'indicator--nope', path: '/name' }] }), 422, 'INVALID_REDACTION');
    await moderate(coordinator, id, 'redactions', {
      operations: [{ op: 'replace', objectId: indicator.id, path: '/description', value: 'Beacons every 300 s.' }],
      justification: 'threat behaviour removed by mistake',
    }).expect(200);
    const audit = (await request(t.http).get(`/api/v1/audit?targetId=${id}&action=submission.edit-redactions`).set(auth(admin)).expect(200)).body.events;
    assert.equal(audit.length, 2);
    assert.doesNotMatch(JSON.stringify(audit), /Beacons every/, 'values never enter the audit log');
    assert.match(JSON.stringify(audit), /removed by mistake/);
  });

  it('lets a coordinator narrow the AMBER sharing group, and widen it only with a recorded justification', async () => {
    const other = await aSubmitter(t);
    const wide = (await request(t.http).post('/api/v1/sharing-groups').set(auth(coordinator)).send({ name: 'Meter vendors', memberOrgIds: [acme.org.id, other.org.id] }).expect(201)).body;
    const narrow = (await request(t.http).post('/api/v1/sharing-groups').set(auth(coordinator)).send({ name: 'Acme only', memberOrgIds: [acme.org.id] }).expect(201)).body;
    const id = await aPendingSubmission(t, acme, { tlp: 'amber', sharingGroupId: wide.id });
    await moderate(coordinator, id, 'sharing-group', { sharingGroupId: narrow.id }).expect(200);
    expectProblem(await moderate(coordinator, id, 'sharing-group', { sharingGroupId: wide.id }), 422, 'JUSTIFICATION_REQUIRED');
    const widened = await moderate(coordinator, id, 'sharing-group', { sharingGroupId: wide.id, justification: 'the other vendor ships the same modem' }).expect(200);
    assert.equal(widened.body.sharingGroup.id, wide.id);
    await moderate(coordinator, id, 'approve').expect(200);
    const rows = await publishedRows(id);
    assert.ok(rows.every((r) => r.tlp === 'amber'));
    const groups = await t.dataSource.query('SELECT DISTINCT sharing_group_id FROM published_objects WHERE submission_id = $1', [id]);
    assert.deepEqual(groups, [{ sharing_group_id: wide.id }]);
  });

  it('auto-approves low-risk content of an opted-in organization, never TLP:CLEAR', async () => {
    const carrier = await aSubmitter(t, { kind: 'carrier', sectors: ['telecommunications'] });
    await request(t.http).put(`/api/v1/moderation/organizations/${carrier.org.id}/auto-approval`).set(auth(coordinator)).send({ enabled: true }).expect(200);
    const lowRisk = { type: 'bundle', id: meterIncident().id, objects: meterIncident().objects.filter((o) => o.type === 'indicator') };
    const green = await request(t.http).post('/api/v1/submissions').set(auth(carrier.token)).send({ bundle: lowRisk, tlp: 'green' }).expect(202);
    const done = await waitForState(t, carrier.token, green.body.id, ['published', 'pending_review']);
    assert.equal(done.verdict === 'auto-publish' ? 'published' : 'pending_review', done.state, `verdict ${done.verdict} decides`);
    assert.equal(done.verdict, 'auto-publish', 'indicators alone are low risk');
    const clear = await request(t.http).post('/api/v1/submissions').set(auth(carrier.token)).send({ bundle: { ...lowRisk, id: meterIncident().id }, tlp: 'clear' }).expect(202);
    assert.equal((await waitForState(t, carrier.token, clear.body.id, ['published', 'pending_review'])).state, 'pending_review');
  });

  it('purges raw content when the policy’s retention expires, audits it, and keeps the anonymized version', async () => {
    const id = await aPendingSubmission(t, acme);
    const pipeline = t.app.get(SubmissionPipeline);
    assert.equal(await pipeline.purgeExpired(new Date()), 0, 'nothing is due yet');
    await pipeline.purgeExpired(new Date(Date.now() + 31 * DAY_MS));
    const detail = (await request(t.http).get(`/api/v1/moderation/submissions/${id}`).set(auth(coordinator)).expect(200)).body;
    assert.equal(detail.rawBundle, null);
    assert.ok(detail.rawPurgedAt);
    assert.ok(detail.anonymizedBundle);
    const events = (await request(t.http).get(`/api/v1/audit?targetId=${id}&action=submission.raw-purged`).set(auth(admin)).expect(200)).body.events;
    assert.equal(events.length, 1);
    assert.equal(events[0].actorVia, 'system');
  });

  it('records every transition in the audit chain, which verifies', async () => {
    const verify = (await request(t.http).get('/api/v1/audit/verify').set(auth(admin)).expect(200)).body;
    assert.equal(verify.valid, true);
    assert.ok((await countWhere(t, "audit_events WHERE action LIKE 'submission.%'")) > 20);
  });
});
