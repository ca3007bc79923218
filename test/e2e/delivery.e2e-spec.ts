import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import request from 'supertest';
import { anExchange, expectProblem } from '../support/builders';
import { freshTestDatabase } from '../support/db';
import { aMember, aWebhook, deliveryLog, fetchJwks, publish, publishedIds, subscription, verifyDelivery, waitForIds, waitForSubscription, WEBHOOK_ENV, type Member } from '../support/delivery';
import { aSubmitter, auth, type TestSubmitter } from '../support/submissions';
import { createTestApp, type TestApp } from '../support/test-app';
import { WebhookReceiver } from '../support/webhook-receiver';

describe('signing keys and JWKS', () => {
  let t: TestApp;
  let exchange: Awaited<ReturnType<typeof anExchange>>;

  before(async () => {
    t = await createTestApp({ env: WEBHOOK_ENV });
    exchange = await anExchange(t);
  });
  after(() => t.close());

  it('publishes the active ES256 key at /.well-known/jwks.json, public and cacheable, without private parts', async () => {
    const res = await request(t.http).get('/.well-known/jwks.json').expect(200);
    assert.match(res.headers['cache-control'], /public, max-age=\d+/);
    assert.equal(res.body.keys.length, 1);
    const [key] = res.body.keys;
    assert.deepEqual(Object.keys(key).sort(), ['alg', 'crv', 'kid', 'kty', 'use', 'x', 'y']);
    assert.equal(key.alg, 'ES256');
    assert.equal(key.use, 'sig');
    const [row] = await t.dataSource.query('SELECT private_key_encrypted FROM signing_keys WHERE kid = $1', [key.kid]);
    assert.match(row.private_key_encrypted, /^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    assert.doesNotMatch(row.private_key_encrypted, /PRIVATE KEY/);
  });

  it('rotates by admin endpoint: the old key stays in the JWKS for its grace period, then drops out', async () => {
    const before = await fetchJwks(t);
    const rotated = await request(t.http).post('/api/v1/signing-keys/rotate').set(auth(exchange.adminToken)).send({ graceSeconds: 2 }).expect(200);
    assert.equal(rotated.body.previous.kid, before.keys[0]!.kid);
    assert.equal(rotated.body.previous.status, 'verifying');
    assert.equal(rotated.body.active.status, 'active');
    const during = await fetchJwks(t);
    assert.deepEqual(during.keys.map((k) => k.kid), [rotated.body.active.kid, before.keys[0]!.kid]);
    await new Promise((r) => setTimeout(r, 2_100));
    const later = await fetchJwks(t);
    assert.deepEqual(later.keys.map((k) => k.kid), [rotated.body.active.kid]);
    const list = await request(t.http).get('/api/v1/signing-keys').set(auth(exchange.adminToken)).expect(200);
    assert.deepEqual(list.body.map((k: { status: string }) => k.status), ['active', 'expired']);
    assert.ok(list.body.every((k: Record<string, unknown>) => !('privateKeyEncrypted' in k) && !JSON.stringify(k).includes('"d"')));
  });

  it('lets only admins list and rotate keys', async () => {
    const member = await aMember(t);
    expectProblem(await request(t.http).post('/api/v1/signing-keys/rotate').set(auth(member.token)).send({}), 403, 'FORBIDDEN');
    expectProblem(await request(t.http).get('/api/v1/signing-keys').set(auth(exchange.coordinatorToken)), 403, 'FORBIDDEN');
    expectProblem(await request(t.http).post('/api/v1/signing-keys/rotate').send({}), 401, 'UNAUTHENTICATED');
  });
});

describe('subscriptions API', () => {
  let t: TestApp;
  let exchange: Awaited<ReturnType<typeof anExchange>>;
  let alice: Member;
  let bob: Member;

  before(async () => {
    t = await createTestApp({ env: WEBHOOK_ENV });
    exchange = await anExchange(t);
    alice = await aMember(t);
    bob = await aMember(t);
  });
  after(() => t.close());

  it('creates, reads, updates and deletes a subscription of the own organization; the secret is write-only', async () => {
    const created = await request(t.http)
      .post('/api/v1/subscriptions')
      .set(auth(alice.token))
      .send({ name: 'C2 feed', mode: 'webhook', webhookUrl: 'https://siem.example.org/hook', webhookSecret: 's'.repeat(32), types: ['indicator'], minConfidence: 50, labels: ['smart-meter'], sectors: ['energy'] })
      .expect(201);
    assert.equal(created.body.organizationId, alice.org.id);
    assert.equal(created.body.hasWebhookSecret, true);
    assert.equal(created.body.status, 'active');
    assert.ok(!JSON.stringify(created.body).includes('s'.repeat(32)));
    const id = created.body.id;
    const [row] = await t.dataSource.query('SELECT webhook_secret_encrypted FROM subscriptions WHERE id = $1', [id]);
    assert.ok(!row.webhook_secret_encrypted.includes('s'.repeat(32)));

    const updated = await request(t.http).patch(`/api/v1/subscriptions/${id}`).set(auth(alice.token)).send({ name: 'C2 feed v2', webhookSecret: null, minConfidence: null }).expect(200);
    assert.equal(updated.body.name, 'C2 feed v2');
    assert.equal(updated.body.hasWebhookSecret, false);
    assert.equal(updated.body.minConfidence, null);
    assert.deepEqual(updated.body.types, ['indicator']);

    const list = await request(t.http).get('/api/v1/subscriptions').set(auth(alice.token)).expect(200);
    assert.deepEqual(list.body.map((s: { id: string }) => s.id), [id]);
    await request(t.http).post(`/api/v1/subscriptions/${id}/pause`).set(auth(alice.token)).expect(200);
    const resumed = await request(t.http).post(`/api/v1/subscriptions/${id}/resume`).set(auth(alice.token)).expect(200);
    assert.equal(resumed.body.status, 'active');
    await request(t.http).delete(`/api/v1/subscriptions/${id}`).set(auth(alice.token)).expect(204);
    expectProblem(await request(t.http).get(`/api/v1/subscriptions/${id}`).set(auth(alice.token)), 404, 'SUBSCRIPTION_NOT_FOUND');
  });

  it("answers 404 for another organization's subscription; coordinators read all but change none", async () => {
    const mine = await request(t.http).post('/api/v1/subscriptions').set(auth(alice.token)).send({ name: 'poll', mode: 'poll' }).expect(201);
    const id = mine.body.id;
    expectProblem(await request(t.http).get(`/api/v1/subscriptions/${id}`).set(auth(bob.token)), 404, 'SUBSCRIPTION_NOT_FOUND');
    expectProblem(await request(t.http).patch(`/api/v1/subscriptions/${id}`).set(auth(bob.token)).send({ name: 'x' }), 404, 'SUBSCRIPTION_NOT_FOUND');
    expectProblem(await request(t.http).delete(`/api/v1/subscriptions/${id}`).set(auth(bob.token)), 404, 'SUBSCRIPTION_NOT_FOUND');
    expectProblem(await request(t.http).get(`/api/v1/subscriptions/${id}/deliveries`).set(auth(bob.token)), 404, 'SUBSCRIPTION_NOT_FOUND');
    const bobs = await request(t.http).get('/api/v1/subscriptions').set(auth(bob.token)).expect(200);
    assert.ok(!bobs.body.some((s: { id: string }) => s.id === id));
    await request(t.http).get(`/api/v1/subscriptions/${id}`).set(auth(exchange.coordinatorToken)).expect(200);
    await request(t.http).get(`/api/v1/subscriptions/${id}/deliveries`).set(auth(exchange.coordinatorToken)).expect(200);
    const all = await request(t.http).get('/api/v1/subscriptions').set(auth(exchange.coordinatorToken)).expect(200);
    assert.ok(all.body.some((s: { id: string }) => s.id === id));
    expectProblem(await request(t.http).patch(`/api/v1/subscriptions/${id}`).set(auth(exchange.coordinatorToken)).send({ name: 'x' }), 403, 'FORBIDDEN');
  });

  it('pages the delivery log by id without gaps or repeats, even within one millisecond', async () => {
    const mine = await request(t.http).post('/api/v1/subscriptions').set(auth(alice.token)).send({ name: 'log paging', mode: 'poll' }).expect(201);
    const id = mine.body.id;
    // Seven attempts 1 µs apart: a millisecond-precision cursor cannot tell them apart.
    const inserted = (await t.dataSource.query(
      `INSERT INTO webhook_deliveries (subscription_id, batch_id, attempt, attempted_at, duration_ms, outcome, object_count, signing_kid)
       SELECT $1, gen_random_uuid(), i, '2026-11-20T08:15:00.123Z'::timestamptz + i * interval '1 microsecond', 5, 'delivered', 1, 'kid'
         FROM generate_series(1, 7) AS i RETURNING id`,
      [id],
    )) as { id: string }[];
    const seen: string[] = [];
    let beforeId: string | undefined;
    for (let page = 0; page < 5; page++) {
      const res = await request(t.http)
        .get(`/api/v1/subscriptions/${id}/deliveries`)
        .query({ limit: 3, ...(beforeId ? { beforeId } : {}) })
        .set(auth(alice.token))
        .expect(200);
      seen.push(...res.body.map((d: { id: string }) => d.id));
      if (res.body.length < 3) break;
      beforeId = res.body[res.body.length - 1].id;
    }
    assert.deepEqual(seen, inserted.map((r) => r.id).reverse());
    // Another subscription's attempt id is no cursor here.
    const other = await request(t.http).get(`/api/v1/subscriptions/${id}/deliveries`).query({ beforeId: '00000000-0000-4000-8000-000000000000' }).set(auth(alice.token)).expect(200);
    assert.deepEqual(other.body, []);
    expectProblem(await request(t.http).get(`/api/v1/subscriptions/${id}/deliveries`).query({ beforeId: 'nope' }).set(auth(alice.token)), 400, 'VALIDATION_FAILED');
  });

  it('validates the body: webhook URLs, unknown fields, filters, collections', async () => {
    const post = (body: Record<string, unknown>) => request(t.http).post('/api/v1/subscriptions').set(auth(alice.token)).send({ name: 'x', ...body });
    expectProblem(await post({ mode: 'webhook' }), 422, 'WEBHOOK_URL_REQUIRED');
    expectProblem(await post({ mode: 'webhook', webhookUrl: 'http://siem.example.org/hook' }), 422, 'INVALID_WEBHOOK_URL');
    expectProblem(await post({ mode: 'webhook', webhookUrl: 'ftp://siem.example.org/hook' }), 422, 'INVALID_WEBHOOK_URL');
    expectProblem(await post({ mode: 'webhook', webhookUrl: 'https://user:pw@siem.example.org/hook' }), 422, 'INVALID_WEBHOOK_URL');
    expectProblem(await post({ mode: 'webhook', webhookUrl: 'not a url' }), 422, 'INVALID_WEBHOOK_URL');
    expectProblem(await post({ mode: 'push' }), 400, 'VALIDATION_FAILED');
    expectProblem(await post({ mode: 'poll', minConfidence: 101 }), 400, 'VALIDATION_FAILED');
    expectProblem(await post({ mode: 'poll', types: ['Not A Type'] }), 400, 'VALIDATION_FAILED');
    expectProblem(await post({ mode: 'poll', webhookSecret: 'short' }), 400, 'VALIDATION_FAILED');
    expectProblem(await post({ mode: 'poll', organizationId: bob.org.id }), 400, 'VALIDATION_FAILED');
    expectProblem(await post({ mode: 'poll', collectionIds: ['00000000-0000-4000-8000-000000000000'] }), 422, 'UNKNOWN_COLLECTION');
    await post({ mode: 'webhook', webhookUrl: 'http://127.0.0.1:9/hook' }).expect(201);
  });

  it('refuses http and internal addresses when local receivers are not allowed', async () => {
    const strict = await createTestApp();
    try {
      const member = await aMember(strict);
      const post = (url: string) => request(strict.http).post('/api/v1/subscriptions').set(auth(member.token)).send({ name: 'x', mode: 'webhook', webhookUrl: url });
      for (const url of ['http://127.0.0.1:8080/hook', 'https://127.0.0.1/hook', 'https://10.1.2.3/hook', 'https://[::1]/hook', 'https://169.254.169.254/latest']) {
        expectProblem(await post(url), 422, 'INVALID_WEBHOOK_URL');
      }
      await post('https://siem.example.org/hook').expect(201);
    } finally {
      await strict.close();
    }
  });
});

describe('webhook delivery', () => {
  let t: TestApp;
  let exchange: Awaited<ReturnType<typeof anExchange>>;
  let acme: TestSubmitter;
  const receivers: WebhookReceiver[] = [];
  const receiver = async () => {
    const r = await new WebhookReceiver().start();
    receivers.push(r);
    return r;
  };

  before(async () => {
    t = await createTestApp({ env: WEBHOOK_ENV });
    exchange = await anExchange(t);
    acme = await aSubmitter(t, { name: 'Acme Metering GmbH' });
  });
  after(async () => {
    for (const r of receivers) await r.stop();
    await t.close();
  });

  it('pushes newly published objects as a JWS that verifies with the published JWKS, with the headers a receiver needs', async () => {
    const member = await aMember(t);
    const hook = await receiver();
    const secret = 'webhook-secret-0123456789';
    const sub = await aWebhook(t, member, hook, { webhookSecret: secret });
    const submission = await publish(t, acme, exchange.coordinatorToken, { indicators: 2 });
    const ids = await publishedIds(t, submission);
    await waitForIds(t, hook, ids);
    const [first] = hook.accepted;
    assert.equal(first!.headers['content-type'], 'application/jose+json');
    assert.equal(first!.headers['x-shieldshare-subscription'], sub.id);
    assert.equal(first!.headers['x-shieldshare-attempt'], '1');
    const { header, bundle } = await verifyDelivery(t, first!.body);
    assert.equal(header.alg, 'ES256');
    assert.equal(header.kid, first!.headers['x-shieldshare-key-id']);
    assert.equal(header.sub, sub.id);
    assert.equal(header.jti, first!.headers['x-shieldshare-batch']);
    assert.equal(header.cty, 'application/stix+json;version=2.1');
    assert.equal(bundle.type, 'bundle');
    assert.equal(bundle.id, `bundle--${header.jti}`);
    assert.equal(String(bundle.objects.length), first!.headers['x-shieldshare-object-count']);
    // HMAC over "<t>.<body>" with the subscription's secret.
    const [, ts, mac] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(String(first!.headers['x-shieldshare-hmac']))!;
    assert.equal(mac, createHmac('sha256', secret).update(`${ts}.${first!.body}`).digest('hex'));
    // Nothing revealing the submitter.
    const text = JSON.stringify(bundle);
    assert.ok(!text.includes(submission), 'the submission id leaked');
    assert.doesNotMatch(text, /Acme Metering|jane\.doe/);
    const log = await request(t.http).get(`/api/v1/subscriptions/${sub.id}/deliveries`).set(auth(member.token)).expect(200);
    assert.equal(log.body[0].outcome, 'delivered');
    assert.equal(log.body[0].statusCode, 200);
    assert.equal(log.body[0].batchId, header.jti);
    assert.equal(log.body[0].objectCount, bundle.objects.length);
    const s = await subscription(t, member, sub.id);
    assert.equal(s.consecutiveFailures, 0);
    assert.ok(s.lastDeliveredAt);
  });

  it('applies the filters: only matching types reach the subscription', async () => {
    const member = await aMember(t);
    const hook = await receiver();
    await aWebhook(t, member, hook, { types: ['indicator'] });
    const submission = await publish(t, acme, exchange.coordinatorToken, { indicators: 2 });
    const rows = (await t.dataSource.query('SELECT stix_id, stix_type FROM published_objects WHERE submission_id = $1', [submission])) as { stix_id: string; stix_type: string }[];
    const indicators = rows.filter((r) => r.stix_type === 'indicator').map((r) => r.stix_id);
    const got = await waitForIds(t, hook, indicators);
    for (const id of got) assert.match(id, /^indicator--/);
  });

  it('never delivers AMBER outside its sharing group, and RED to no one', async () => {
    const insider = await aMember(t);
    const outsider = await aMember(t);
    const inHook = await receiver();
    const outHook = await receiver();
    await aWebhook(t, insider, inHook);
    await aWebhook(t, outsider, outHook);
    const group = await request(t.http)
      .post('/api/v1/sharing-groups')
      .set(auth(exchange.coordinatorToken))
      .send({ name: `grid ${Date.now()}`, memberOrgIds: [acme.org.id, insider.org.id] })
      .expect(201);
    const amber = await publishedIds(t, await publish(t, acme, exchange.coordinatorToken, { tlp: 'amber', sharingGroupId: group.body.id }));
    const strict = await publishedIds(t, await publish(t, acme, exchange.coordinatorToken, { tlp: 'amber+strict', sharingGroupId: group.body.id }));
    const red = await publishedIds(t, await publish(t, acme, exchange.coordinatorToken, { tlp: 'red' }));
    const green = await publishedIds(t, await publish(t, acme, exchange.coordinatorToken, { tlp: 'green' }));
    // Everything published before the GREEN one has been considered once GREEN arrives.
    const inside = await waitForIds(t, inHook, [...amber, ...strict, ...green]);
    const outside = await waitForIds(t, outHook, green);
    for (const id of [...amber, ...strict, ...red]) assert.ok(!outside.has(id), `outsider received ${id}`);
    for (const id of red) assert.ok(!inside.has(id), `insider received RED ${id}`);
  });

  it('retries after the receiver fails (exponential backoff, same batch id), and logs every attempt', async () => {
    const member = await aMember(t);
    const hook = await receiver();
    hook.respond = (n) => (n <= 2 ? 500 : 200);
    const sub = await aWebhook(t, member, hook);
    const ids = await publishedIds(t, await publish(t, acme, exchange.coordinatorToken));
    await waitForIds(t, hook, ids);
    assert.deepEqual(hook.requests.slice(0, 3).map((r) => [r.status, r.headers['x-shieldshare-attempt']]), [[500, '1'], [500, '2'], [200, '3']]);
    assert.equal(new Set(hook.requests.slice(0, 3).map((r) => r.headers['x-shieldshare-batch'])).size, 1);
    const gaps = [hook.requests[1]!.at - hook.requests[0]!.at, hook.requests[2]!.at - hook.requests[1]!.at];
    assert.ok(gaps[0]! >= 50 && gaps[1]! >= 100, `backoff too short: ${gaps.join(', ')} ms`);
    const log = await request(t.http).get(`/api/v1/subscriptions/${sub.id}/deliveries`).set(auth(member.token)).expect(200);
    assert.deepEqual(log.body.slice(0, 3).map((d: { outcome: string; statusCode: number; attempt: number }) => [d.outcome, d.statusCode, d.attempt]), [['delivered', 200, 3], ['failed', 500, 2], ['failed', 500, 1]]);
    assert.equal(log.body[1].error, 'HTTP 500');
  });

  it('pauses a subscription that keeps failing, tells the member why (subscription, delivery log, audit), and resumes where it stopped', async () => {
    const member = await aMember(t);
    const hook = await receiver();
    let healthy = false;
    hook.respond = () => (healthy ? 204 : 503);
    const sub = await aWebhook(t, member, hook);
    const ids = await publishedIds(t, await publish(t, acme, exchange.coordinatorToken));
    const paused = await waitForSubscription(t, member, sub.id, (s) => s.status === 'paused');
    assert.equal(paused.pausedReason, 'paused after 4 consecutive failed deliveries; last: HTTP 503');
    assert.equal(paused.lastError, 'HTTP 503');
    assert.equal(paused.consecutiveFailures, 4);
    assert.ok(paused.pausedAt);
    assert.equal(hook.requests.length, 4);
    // The list shows it too, and coordinators read the same reason.
    const listed = (await request(t.http).get('/api/v1/subscriptions').set(auth(member.token)).expect(200)).body.find((s: { id: string }) => s.id === sub.id);
    assert.equal(listed.pausedReason, paused.pausedReason);
    assert.equal((await subscription(t, { ...member, token: exchange.coordinatorToken }, sub.id)).pausedReason, paused.pausedReason);
    // The delivery log marks the attempt that paused it; the failures before it carry only their error.
    const log = await deliveryLog(t, member.token, sub.id);
    assert.deepEqual(log.map((d) => [d.attempt, d.outcome, d.statusCode, d.error]), [[4, 'failed', 503, 'HTTP 503'], [3, 'failed', 503, 'HTTP 503'], [2, 'failed', 503, 'HTTP 503'], [1, 'failed', 503, 'HTTP 503']]);
    assert.deepEqual(log.map((d) => d.pausedReason), [paused.pausedReason, null, null, null]);
    const pausedEvents = await request(t.http).get(`/api/v1/audit?action=subscription.paused&targetId=${sub.id}`).set(auth(exchange.coordinatorToken)).expect(200);
    assert.equal(pausedEvents.body.events.length, 1);
    assert.equal(pausedEvents.body.events[0].actorVia, 'system');
    assert.deepEqual(pausedEvents.body.events[0].details, { reason: paused.pausedReason, failures: 4 });
    // Paused: a new publication is not pushed.
    const later = await publishedIds(t, await publish(t, acme, exchange.coordinatorToken));
    await new Promise((r) => setTimeout(r, 1_000));
    assert.equal(hook.requests.length, 4);
    healthy = true;
    const resumed = await request(t.http).post(`/api/v1/subscriptions/${sub.id}/resume`).set(auth(member.token)).expect(200);
    assert.equal(resumed.body.status, 'active');
    assert.equal(resumed.body.pausedReason, null);
    assert.equal(resumed.body.consecutiveFailures, 0);
    const resumedEvents = await request(t.http).get(`/api/v1/audit?action=subscription.resumed&targetId=${sub.id}`).set(auth(exchange.coordinatorToken)).expect(200);
    assert.equal(resumedEvents.body.events.length, 1);
    assert.equal(resumedEvents.body.events[0].actorOrgId, member.org.id);
    assert.equal(resumedEvents.body.events[0].details.previousReason, paused.pausedReason);
    // The failed batch comes first, under its old batch id, then what was published while paused.
    await waitForIds(t, hook, [...ids, ...later]);
    const accepted = hook.accepted;
    assert.equal(accepted[0]!.headers['x-shieldshare-batch'], hook.requests[0]!.headers['x-shieldshare-batch']);
    const after = await waitForSubscription(t, member, sub.id, (s) => s.lastDeliveredAt !== null && s.consecutiveFailures === 0);
    assert.equal(after.lastError, null);
  });

  it('signs with the new key after a rotation; signatures of the old key still verify during the grace period', async () => {
    const member = await aMember(t);
    const hook = await receiver();
    await aWebhook(t, member, hook);
    const first = await publishedIds(t, await publish(t, acme, exchange.coordinatorToken));
    await waitForIds(t, hook, first);
    const oldBody = hook.accepted[0]!.body;
    const oldKid = (await verifyDelivery(t, oldBody)).header.kid;
    const rotated = await request(t.http).post('/api/v1/signing-keys/rotate').set(auth(exchange.adminToken)).send({ graceSeconds: 4 }).expect(200);
    assert.equal(rotated.body.previous.kid, oldKid);
    const second = await publishedIds(t, await publish(t, acme, exchange.coordinatorToken));
    await waitForIds(t, hook, second);
    const newBody = hook.accepted[hook.accepted.length - 1]!.body;
    assert.equal((await verifyDelivery(t, newBody)).header.kid, rotated.body.active.kid);
    assert.equal((await verifyDelivery(t, oldBody)).header.kid, oldKid, 'the old signature no longer verifies');
    // Past the grace period the first key is gone, and its signatures no longer verify.
    await new Promise((r) => setTimeout(r, Math.max(0, Date.parse(rotated.body.previous.verifyUntil) - Date.now() + 100)));
    const jwks = await fetchJwks(t);
    assert.ok(!jwks.keys.some((k) => k.kid === oldKid));
    await assert.rejects(verifyDelivery(t, oldBody));
  });

  it('exports a collection as a signed bundle (jose+json, or stix+json with a detached JWS)', async () => {
    const member = await aMember(t);
    const [feed] = (await t.dataSource.query(`INSERT INTO collections (title, kind, object_types) VALUES ('Indicators', 'feed', '{indicator}') RETURNING id`)) as { id: string }[];
    const ids = await publishedIds(t, await publish(t, acme, exchange.coordinatorToken, { indicators: 3 }));
    const res = await request(t.http).get(`/api/v1/feeds/${feed!.id}/bundle`).set(auth(member.token)).expect(200);
    assert.match(res.headers['content-type'], /^application\/jose\+json/);
    const { header, bundle } = await verifyDelivery(t, res.text);
    assert.equal(header.kid, res.headers['x-shieldshare-key-id']);
    assert.ok(bundle.objects.every((o) => o.type === 'indicator'));
    const exported = new Set(bundle.objects.map((o) => o.id));
    for (const id of ids.filter((i) => i.startsWith('indicator--'))) assert.ok(exported.has(id));
    // added_after continues from the last date added.
    const after = await request(t.http).get(`/api/v1/feeds/${feed!.id}/bundle`).query({ added_after: res.headers['x-shieldshare-date-added-last'] }).set(auth(member.token)).expect(200);
    assert.equal((await verifyDelivery(t, after.text)).bundle.objects.length, 0);
    assert.equal(after.headers['x-shieldshare-more'], 'false');
    // Paging with limit.
    const page = await request(t.http).get(`/api/v1/feeds/${feed!.id}/bundle`).query({ limit: 1 }).set(auth(member.token)).expect(200);
    assert.equal(page.headers['x-shieldshare-more'], 'true');
    // Bare bundle + detached signature.
    const bare = await request(t.http).get(`/api/v1/feeds/${feed!.id}/bundle`).set(auth(member.token)).set('Accept', 'application/stix+json').buffer(true).parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    }).expect(200);
    assert.match(bare.headers['content-type'], /^application\/stix\+json/);
    const [protectedHeader, , signature] = String(bare.headers['x-shieldshare-jws']).split('.');
    const reattached = JSON.stringify({ protected: protectedHeader, payload: (bare.body as Buffer).toString('base64url'), signature });
    assert.equal((await verifyDelivery(t, reattached)).bundle.type, 'bundle');
    expectProblem(await request(t.http).get('/api/v1/feeds/00000000-0000-4000-8000-000000000000/bundle').set(auth(member.token)), 404, 'COLLECTION_NOT_FOUND');
    expectProblem(await request(t.http).get(`/api/v1/feeds/${feed!.id}/bundle`).query({ added_after: 'yesterday' }).set(auth(member.token)), 400, 'VALIDATION_FAILED');
    expectProblem(await request(t.http).get(`/api/v1/feeds/${feed!.id}/bundle`), 401, 'UNAUTHENTICATED');
  });

  it('exports only what the caller may see: no AMBER outside the group, no RED', async () => {
    const outsider = await aMember(t);
    const [feed] = (await t.dataSource.query(`INSERT INTO collections (title, kind) VALUES ('Everything', 'feed') RETURNING id`)) as { id: string }[];
    const group = await request(t.http).post('/api/v1/sharing-groups').set(auth(exchange.coordinatorToken)).send({ name: `closed ${Date.now()}`, memberOrgIds: [acme.org.id] }).expect(201);
    const amber = await publishedIds(t, await publish(t, acme, exchange.coordinatorToken, { tlp: 'amber', sharingGroupId: group.body.id }));
    const red = await publishedIds(t, await publish(t, acme, exchange.coordinatorToken, { tlp: 'red' }));
    const res = await request(t.http).get(`/api/v1/feeds/${feed!.id}/bundle`).query({ limit: 10000 }).set(auth(outsider.token)).expect(200);
    const seen = new Set((await verifyDelivery(t, res.text)).bundle.objects.map((o) => o.id));
    for (const id of [...amber, ...red]) assert.ok(!seen.has(id), `outsider exported ${id}`);
    const coordinator = await request(t.http).get(`/api/v1/feeds/${feed!.id}/bundle`).query({ limit: 10000 }).set(auth(exchange.coordinatorToken)).expect(200);
    const all = new Set((await verifyDelivery(t, coordinator.text)).bundle.objects.map((o) => o.id));
    for (const id of red) assert.ok(all.has(id));
  });
});

describe('webhook delivery across a restart', () => {
  it('loses nothing: a batch that failed before the restart is delivered after it, under the same batch id', async () => {
    const db = await freshTestDatabase();
    const dataDir = db.url ? undefined : mkdtempSync(join(tmpdir(), 'shieldshare-delivery-restart-'));
    const env = { ...WEBHOOK_ENV, WEBHOOK_RETRY_BASE_MS: '1500', SIGNING_KEY_SECRET: 'restart-test-secret-0123456789abcdef' };
    const hook = await new WebhookReceiver().start();
    let healthy = false;
    hook.respond = () => (healthy ? 200 : 500);
    let subId: string;
    let ids: string[];
    try {
      const first = await createTestApp({ env, databaseUrl: db.url, dataDir });
      let member: Member;
      try {
        const exchange = await anExchange(first);
        const acme = await aSubmitter(first);
        member = await aMember(first);
        subId = (await aWebhook(first, member, hook)).id;
        ids = await publishedIds(first, await publish(first, acme, exchange.coordinatorToken, { indicators: 2 }));
        await hook.waitFor((r) => r.length >= 1);
        // The failure is recorded (backoff state in PostgreSQL) before the service stops.
        await waitForSubscription(first, member, subId, (s) => s.consecutiveFailures >= 1);
      } finally {
        await first.close();
      }
      healthy = true;
      const second = await createTestApp({ env, databaseUrl: db.url, dataDir });
      try {
        await waitForIds(second, hook, ids);
        const batches = new Set(hook.requests.map((r) => r.headers['x-shieldshare-batch']));
        assert.equal(batches.size, 1, 'the retried batch kept its id');
        const [s] = await second.dataSource.query('SELECT consecutive_failures, batch_id FROM subscriptions WHERE id = $1', [subId]);
        await new Promise((r) => setTimeout(r, 200));
        assert.equal(s.batch_id === null || s.consecutive_failures === 0, true);
      } finally {
        await second.close();
      }
    } finally {
      await hook.stop();
      await db.drop();
    }
  });
});
