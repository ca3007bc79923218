import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import request from 'supertest';
import { anExchange, anOrg, aUser, expectProblem, signIn } from '../support/builders';
import { aPendingSubmission, aSubmitter, auth, waitForState } from '../support/submissions';
import { createTestApp, TestApp } from '../support/test-app';

describe('dashboard statistics', () => {
  let t: TestApp;
  let coordinatorToken: string;
  let adminToken: string;

  before(async () => {
    t = await createTestApp();
    ({ coordinatorToken, adminToken } = await anExchange(t));
  });
  after(() => t.close());

  it('counts submissions by day and state, publication times, published indicators by observable type and sectors', async () => {
    const before = await request(t.http).get('/api/v1/stats/dashboard').query({ days: 7 }).set(auth(coordinatorToken)).expect(200);
    const s = await aSubmitter(t, { sectors: ['water-metering'] });
    const published = await aPendingSubmission(t, s);
    await aPendingSubmission(t, s);
    await request(t.http).post(`/api/v1/moderation/submissions/${published}/approve`).set(auth(coordinatorToken)).send({ justification: 'stats test' }).expect(200);
    await waitForState(t, s.token, published, ['published']);

    const res = await request(t.http).get('/api/v1/stats/dashboard').query({ days: 7 }).set(auth(coordinatorToken)).expect(200);
    const stats = res.body;
    assert.equal(stats.days, 7);
    assert.equal(stats.submissionsPerDay.length, 7, 'one entry per day, empty days included');
    const today = new Date().toISOString().slice(0, 10);
    assert.equal(stats.to, today);
    const todays = stats.submissionsPerDay.at(-1);
    const beforeToday = before.body.submissionsPerDay.at(-1).counts;
    assert.equal(todays.day, today);
    assert.equal((todays.counts.published ?? 0) - (beforeToday.published ?? 0), 1);
    assert.equal((todays.counts.pending_review ?? 0) - (beforeToday.pending_review ?? 0), 1);
    assert.equal(stats.pendingReview - before.body.pendingReview, 1);
    assert.ok(stats.timeToPublication.count >= 1);
    assert.equal(typeof stats.timeToPublication.medianHours, 'number');
    assert.ok(stats.timeToPublication.medianHours >= 0);
    // meterIncident publishes two `[ipv4-addr:value = …]` indicators.
    const ipv4Today = stats.indicatorsPerDay.at(-1).counts['ipv4-addr'] ?? 0;
    const ipv4Before = before.body.indicatorsPerDay.at(-1).counts['ipv4-addr'] ?? 0;
    assert.equal(ipv4Today - ipv4Before, 2);
    assert.deepEqual(
      stats.topSectors.find((x: { sector: string }) => x.sector === 'water-metering'),
      { sector: 'water-metering', submissions: 2 },
    );
  });

  it('is for coordinators and admins only, and checks its query', async () => {
    await request(t.http).get('/api/v1/stats/dashboard').set(auth(adminToken)).expect(200);
    const member = await aUser(t, await anOrg(t), ['member', 'submitter']);
    expectProblem(await request(t.http).get('/api/v1/stats/dashboard').set(auth(await signIn(t, member))), 403, 'FORBIDDEN');
    expectProblem(await request(t.http).get('/api/v1/stats/dashboard'), 401, 'UNAUTHENTICATED');
    expectProblem(await request(t.http).get('/api/v1/stats/dashboard').query({ days: 0 }).set(auth(adminToken)), 400, 'VALIDATION_FAILED');
  });
});
