import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import request from 'supertest';
import { EXCHANGE_IDENTITY_ID } from '../../src/anonymizer';
import { OPERATOR } from '../../src/cli/operator';
import { PoliciesService } from '../../src/modules/policies/policies.service';
import { SubmissionPipeline } from '../../src/modules/submissions/submission-pipeline';
import { anExchange, expectProblem } from '../support/builders';
import { aSubmitter, auth, countWhere, meterIncident, waitForState, type TestSubmitter } from '../support/submissions';
import { createTestApp, TestApp } from '../support/test-app';

type Stix = Record<string, unknown>;

async function published(t: TestApp, submissionId: string): Promise<Stix[]> {
  const rows: { object: Stix }[] = await t.dataSource.query('SELECT object FROM published_objects WHERE submission_id = $1', [submissionId]);
  return rows.map((r) => r.object);
}

/** The creators of the submission's published indicators, malware and relationships. */
function creators(objects: Stix[]): Set<unknown> {
  return new Set(objects.filter((o) => o.type !== 'identity').map((o) => o.created_by_ref));
}

describe('attribution with consent (policy 1.0.0: with-consent)', () => {
  let t: TestApp;
  let coordinatorToken: string;

  before(async () => {
    t = await createTestApp();
    ({ coordinatorToken } = await anExchange(t));
  });
  after(() => t.close());

  async function submitAndPublish(s: TestSubmitter, body: Record<string, unknown>): Promise<{ id: string; detail: Record<string, any>; objects: Stix[] }> {
    const res = await request(t.http).post('/api/v1/submissions').set(auth(s.token)).send({ bundle: meterIncident({ orgName: s.org.name }), tlp: 'green', ...body }).expect(202);
    await waitForState(t, s.token, res.body.id, ['pending_review']);
    await request(t.http).post(`/api/v1/moderation/submissions/${res.body.id}/approve`).set(auth(coordinatorToken)).send({}).expect(200);
    const detail = await waitForState(t, s.token, res.body.id, ['published']);
    return { id: res.body.id, detail, objects: await published(t, res.body.id) };
  }

  it('with consent, the published objects keep the submitter as creator; consent is on the submission, its history and audit', async () => {
    const s = await aSubmitter(t);
    const { id, detail, objects } = await submitAndPublish(s, { attributionConsent: true });
    const identity = objects.find((o) => o.type === 'identity' && o.name === s.org.name);
    assert.ok(identity, 'the submitter identity is published under its name');
    assert.deepEqual([...creators(objects)], [identity.id]);
    assert.equal(detail.attributionConsent, true);
    assert.equal(detail.report.attribution, 'submitter-with-consent');
    assert.match(detail.history[0].message, /consented to being named/);
    const events: { action: string; details: Record<string, unknown> }[] = await t.dataSource.query(
      `SELECT action, details FROM audit_events WHERE target_id = $1 AND action IN ('submission.submit', 'submission.anonymize') ORDER BY seq`,
      [id],
    );
    assert.deepEqual(events.map((e) => [e.action, e.details.attributionConsent ?? e.details.attributed]), [['submission.submit', true], ['submission.anonymize', true]]);
    // Staff and the victim stay anonymous: consent names the organization, nothing else.
    assert.doesNotMatch(JSON.stringify(objects), /jane\.doe|10\.20\.30\.40/);
  });

  it('without consent (the default) the exchange is the creator and the submitter is never named', async () => {
    const s = await aSubmitter(t);
    const { detail, objects } = await submitAndPublish(s, {});
    assert.deepEqual([...creators(objects)], [EXCHANGE_IDENTITY_ID]);
    assert.ok(!JSON.stringify(objects).includes(s.org.name));
    assert.equal(detail.attributionConsent, false);
    assert.equal(detail.report.attribution, undefined);
    assert.equal(detail.history[0].message, null);
    const explicit = await submitAndPublish(s, { attributionConsent: false });
    assert.deepEqual([...creators(explicit.objects)], [EXCHANGE_IDENTITY_ID]);
  });

  it('consent belongs to the request: an Idempotency-Key reused with consent added is refused; a non-boolean is a 400', async () => {
    const s = await aSubmitter(t);
    const body = { bundle: meterIncident({ orgName: s.org.name }), tlp: 'green' };
    await request(t.http).post('/api/v1/submissions').set(auth(s.token)).set('Idempotency-Key', 'consent-1').send(body).expect(202);
    expectProblem(await request(t.http).post('/api/v1/submissions').set(auth(s.token)).set('Idempotency-Key', 'consent-1').send({ ...body, attributionConsent: true }), 422, 'IDEMPOTENCY_KEY_REUSED');
    expectProblem(await request(t.http).post('/api/v1/submissions').set(auth(s.token)).send({ ...body, attributionConsent: 'yes' }), 400, 'VALIDATION_FAILED');
  });

  it('the preview shows what consent would publish', async () => {
    const s = await aSubmitter(t);
    const bundle = meterIncident({ orgName: s.org.name });
    const consented = await request(t.http).post('/api/v1/anonymize/preview?attributionConsent=true').set(auth(s.token)).send(bundle).expect(200);
    assert.ok(consented.body.bundle.objects.some((o: Stix) => o.type === 'identity' && o.name === s.org.name));
    const plain = await request(t.http).post('/api/v1/anonymize/preview').set(auth(s.token)).send(bundle).expect(200);
    assert.ok(!JSON.stringify(plain.body.bundle).includes(s.org.name));
    expectProblem(await request(t.http).post('/api/v1/anonymize/preview?attributionConsent=yes').set(auth(s.token)).send(bundle), 400, 'VALIDATION_FAILED');
  });
});

describe('attribution under a policy that never attributes', () => {
  let t: TestApp;
  let s: TestSubmitter;

  // No background workers: each test runs the pipeline step itself, so the stored row is what it reads.
  before(async () => {
    t = await createTestApp({ env: { WORKERS: 'false' } });
    await anExchange(t);
    const policies = t.app.get(PoliciesService);
    const current = await policies.current();
    await policies.publish(OPERATOR, { version: '1.1.0', title: current.title, text: `${current.text}\n\nSubmitters are never named.`, rules: { ...current.rules, attribution: 'never' } });
    s = await aSubmitter(t);
  });
  after(() => t.close());

  it('refuses consent with 422 naming the policy and stores nothing; without consent the submission goes through unattributed', async () => {
    const body = { bundle: meterIncident({ orgName: s.org.name }), tlp: 'green' };
    const refused = expectProblem(await request(t.http).post('/api/v1/submissions').set(auth(s.token)).send({ ...body, attributionConsent: true }), 422, 'ATTRIBUTION_NOT_ALLOWED');
    assert.match(refused.detail as string, /policy 1\.1\.0/);
    assert.deepEqual(refused.errors, [{ pointer: '/attributionConsent', message: 'policy 1.1.0 never attributes' }]);
    assert.equal(await countWhere(t, 'submissions WHERE organization_id = $1', [s.org.id]), 0);
    expectProblem(await request(t.http).post('/api/v1/anonymize/preview?attributionConsent=true').set(auth(s.token)).send(body.bundle), 422, 'ATTRIBUTION_NOT_ALLOWED');

    const res = await request(t.http).post('/api/v1/submissions').set(auth(s.token)).send(body).expect(202);
    await t.app.get(SubmissionPipeline).process(res.body.id, 1);
    const done = await waitForState(t, s.token, res.body.id, ['pending_review']);
    assert.equal(done.policyVersion, '1.1.0');
    assert.ok(!JSON.stringify(done.anonymizedBundle).includes(s.org.name));
  });

  it('even consent stored on the submission is not applied when its policy says never', async () => {
    // A row changed by hand: the pipeline checks the policy's rule again before attributing.
    const res = await request(t.http).post('/api/v1/submissions').set(auth(s.token)).send({ bundle: meterIncident({ orgName: s.org.name }), tlp: 'green' }).expect(202);
    const [, updated] = await t.dataSource.query(`UPDATE submissions SET attribution_consent = true WHERE id = $1 AND state = 'received'`, [res.body.id]);
    assert.equal(updated, 1);
    await t.app.get(SubmissionPipeline).process(res.body.id, 1);
    const done = await waitForState(t, s.token, res.body.id, ['pending_review']);
    assert.ok(!JSON.stringify(done.anonymizedBundle).includes(s.org.name));
    assert.equal(done.report.attribution, undefined);
  });
});
