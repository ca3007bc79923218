import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import request from 'supertest';
import { PRUNE_QUEUE, DeliveryLogService } from '../../src/modules/delivery/delivery-log.service';
import { JobsService } from '../../src/modules/jobs/jobs.service';
import { anExchange } from '../support/builders';
import { aMember, aWebhook, deliveryLog, publish, publishedIds, verifyDelivery, WEBHOOK_ENV, type Member } from '../support/delivery';
import { aSubmitter, auth, type TestSubmitter } from '../support/submissions';
import { createTestApp, type TestApp } from '../support/test-app';
import { WebhookReceiver, type ReceivedRequest } from '../support/webhook-receiver';

/** What each subscription was sent, in arrival order, from the bodies verified against the JWKS. */
async function bySubscription(t: TestApp, requests: ReceivedRequest[]): Promise<Map<string, { batchId: string; ids: string[] }[]>> {
  const out = new Map<string, { batchId: string; ids: string[] }[]>();
  for (const r of requests.filter((q) => q.status < 300)) {
    const { header, bundle } = await verifyDelivery(t, r.body);
    const sub = String(r.headers['x-shieldshare-subscription']);
    assert.equal(header.sub, sub);
    out.set(sub, [...(out.get(sub) ?? []), { batchId: String(header.jti), ids: bundle.objects.map((o) => o.id) }]);
  }
  return out;
}

async function waitUntil(what: string, done: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** published_objects.seq of each stix id (test-side lookup). */
async function seqs(t: TestApp): Promise<Map<string, bigint>> {
  const rows = (await t.dataSource.query('SELECT stix_id, seq::text AS seq FROM published_objects')) as { stix_id: string; seq: string }[];
  return new Map(rows.map((r) => [r.stix_id, BigInt(r.seq)]));
}

function assertInOrderOnce(deliveries: { ids: string[] }[], seq: Map<string, bigint>, sub: string): string[] {
  const ids = deliveries.flatMap((d) => d.ids);
  assert.equal(new Set(ids).size, ids.length, `${sub} received an object twice`);
  const order = ids.map((id) => seq.get(id)!);
  assert.deepEqual(order, [...order].sort((a, b) => (a < b ? -1 : 1)), `${sub} received objects out of order`);
  return ids;
}

describe('webhook fan-out', () => {
  let t: TestApp;
  let exchange: Awaited<ReturnType<typeof anExchange>>;
  let acme: TestSubmitter;
  let hook: WebhookReceiver;

  // Every instance sharing a database needs the same at-rest secret (the signing keys are sealed with it).
  const env = { ...WEBHOOK_ENV, SIGNING_KEY_SECRET: 'fan-out-test-secret-0123456789abcdef' };

  before(async () => {
    t = await createTestApp({ env });
    exchange = await anExchange(t);
    acme = await aSubmitter(t);
    hook = await new WebhookReceiver().start();
    // The exchange's own objects go out with the first publication: get them behind every later cursor.
    await publish(t, acme, exchange.coordinatorToken);
  });
  after(async () => {
    await hook.stop();
    await t.close();
  });

  it('serves many subscriptions from one publication: each gets its own signed batch, cut by its filters and its TLP', async () => {
    const make = async (n: number, extra: Record<string, unknown> = {}) => {
      const out: { member: Member; id: string }[] = [];
      for (let i = 0; i < n; i++) {
        const member = await aMember(t);
        out.push({ member, id: (await aWebhook(t, member, hook, extra)).id });
      }
      return out;
    };
    const plain = await make(4);
    const insiders = await make(4);
    const indicatorsOnly = await make(4, { types: ['indicator'] });
    const group = await request(t.http)
      .post('/api/v1/sharing-groups')
      .set(auth(exchange.coordinatorToken))
      .send({ name: `fan-out ${Date.now()}`, memberOrgIds: [acme.org.id, ...insiders.map((s) => s.member.org.id)] })
      .expect(201);
    const before = hook.requests.length;
    const [{ seq: lastSeq }] = (await t.dataSource.query('SELECT max(seq)::text AS seq FROM published_objects')) as { seq: string }[];
    // RED first and GREEN last: once GREEN has arrived, everything before it has been considered.
    const red = await publishedIds(t, await publish(t, acme, exchange.coordinatorToken, { tlp: 'red' }));
    const amber = await publishedIds(t, await publish(t, acme, exchange.coordinatorToken, { tlp: 'amber', sharingGroupId: group.body.id }));
    const greenSubmission = await publish(t, acme, exchange.coordinatorToken, { indicators: 2 });
    const green = await publishedIds(t, greenSubmission);
    const greenIndicators = ((await t.dataSource.query(`SELECT stix_id FROM published_objects WHERE submission_id = $1 AND stix_type = 'indicator'`, [greenSubmission])) as { stix_id: string }[]).map((r) => r.stix_id);
    assert.equal(greenIndicators.length, 2);
    // The exchange publishes a TLP level's marking definition, for everyone, when the level is first used.
    const exchangeOwn = ((await t.dataSource.query('SELECT stix_id FROM published_objects WHERE submission_id IS NULL AND seq > $1', [lastSeq])) as { stix_id: string }[]).map((r) => r.stix_id);
    const expected = new Map<string, string[]>([
      ...plain.map((s) => [s.id, [...exchangeOwn, ...green]] as [string, string[]]),
      ...insiders.map((s) => [s.id, [...exchangeOwn, ...amber, ...green]] as [string, string[]]),
      ...indicatorsOnly.map((s) => [s.id, greenIndicators] as [string, string[]]),
    ]);
    let got = new Map<string, { batchId: string; ids: string[] }[]>();
    await waitUntil('every subscription to be served', async () => {
      got = await bySubscription(t, hook.requests.slice(before));
      return [...expected].every(([sub, ids]) => ids.every((id) => got.get(sub)?.some((d) => d.ids.includes(id))));
    });
    const seq = await seqs(t);
    for (const [sub, ids] of expected) {
      const received = assertInOrderOnce(got.get(sub)!, seq, sub);
      assert.deepEqual(new Set(received), new Set(ids), `subscription ${sub} received the wrong objects`);
      for (const id of red) assert.ok(!received.includes(id), `RED ${id} reached ${sub}`);
    }
    const batchIds = [...got.values()].flatMap((ds) => ds.map((d) => d.batchId));
    assert.equal(new Set(batchIds).size, batchIds.length, 'two subscriptions shared a batch id');
  });

  it('does not hold the other subscribers back when one receiver fails; the failing one gets its batch again later', async () => {
    const flaky = await new WebhookReceiver().start();
    try {
      flaky.respond = (n) => (n <= 1 ? 500 : 200);
      const healthy: string[] = [];
      for (let i = 0; i < 3; i++) healthy.push((await aWebhook(t, await aMember(t), hook)).id);
      const failing = await aWebhook(t, await aMember(t), flaky);
      const before = hook.requests.length;
      const ids = await publishedIds(t, await publish(t, acme, exchange.coordinatorToken));
      await waitUntil('the healthy subscribers', async () => {
        const got = await bySubscription(t, hook.requests.slice(before));
        return healthy.every((sub) => ids.every((id) => got.get(sub)?.some((d) => d.ids.includes(id))));
      });
      await flaky.waitFor((r) => r.some((q) => q.status === 200));
      assert.deepEqual(flaky.requests.map((r) => [r.status, r.headers['x-shieldshare-attempt']]), [[500, '1'], [200, '2']]);
      assert.equal(flaky.requests[0]!.headers['x-shieldshare-batch'], flaky.requests[1]!.headers['x-shieldshare-batch']);
      assert.deepEqual(new Set((await verifyDelivery(t, flaky.requests[1]!.body)).bundle.objects.map((o) => o.id)), new Set(ids));
      assert.equal(flaky.requests[0]!.headers['x-shieldshare-subscription'], failing.id);
    } finally {
      await flaky.stop();
    }
  });

  it('delivers each batch once per subscription, in order, with two instances sharing the database', { skip: !process.env.DATABASE_URL && 'two services share a PostgreSQL server, not an embedded database' }, async () => {
    // A second instance configured like the first (same database, same session secret).
    const second = await createTestApp({ env: { ...env, SESSION_SECRET: t.config.sessionSecret! }, databaseUrl: t.config.databaseUrl });
    try {
      const subs: string[] = [];
      for (let i = 0; i < 20; i++) subs.push((await aWebhook(t, await aMember(t), hook)).id);
      const before = hook.requests.length;
      const published: string[] = [];
      for (let i = 0; i < 3; i++) published.push(...(await publishedIds(t, await publish(t, acme, exchange.coordinatorToken))));
      let got = new Map<string, { batchId: string; ids: string[] }[]>();
      await waitUntil('every subscription to be served by the two instances', async () => {
        got = await bySubscription(t, hook.requests.slice(before));
        return subs.every((sub) => published.every((id) => got.get(sub)?.some((d) => d.ids.includes(id))));
      });
      await new Promise((r) => setTimeout(r, 500));
      got = await bySubscription(t, hook.requests.slice(before));
      const seq = await seqs(t);
      for (const sub of subs) assert.deepEqual(new Set(assertInOrderOnce(got.get(sub)!, seq, sub)), new Set(published));
    } finally {
      await second.close();
    }
  });
});

/**
 * A test app (WEBHOOK_ENV and `env`) with an exchange and a submitter; webhook receivers started
 * by the tests stop with it, and each subscription belongs to a member of its own.
 */
function withReceivers(env: Record<string, string>) {
  const app = {} as { t: TestApp; exchange: Awaited<ReturnType<typeof anExchange>>; acme: TestSubmitter };
  const receivers: WebhookReceiver[] = [];
  before(async () => {
    app.t = await createTestApp({ env: { ...WEBHOOK_ENV, ...env } });
    app.exchange = await anExchange(app.t);
    app.acme = await aSubmitter(app.t);
  });
  after(async () => {
    for (const r of receivers) await r.stop();
    await app.t.close();
  });
  return {
    app,
    aReceiver: async () => {
      const r = await new WebhookReceiver().start();
      receivers.push(r);
      return r;
    },
    subscribe: async (receiver: WebhookReceiver, n: number) => {
      const ids: string[] = [];
      for (let i = 0; i < n; i++) ids.push((await aWebhook(app.t, await aMember(app.t), receiver)).id);
      return ids;
    },
    publishOne: () => publish(app.t, app.acme, app.exchange.coordinatorToken),
  };
}

describe('webhook receivers and leases', () => {
  // Lease = 2 timeouts + 5 s = 5.6 s, renewed every 1.9 s; at most 2 requests in flight per receiver.
  const { app, aReceiver, subscribe, publishOne } = withReceivers({ WEBHOOK_TIMEOUT_MS: '300', WEBHOOK_CONCURRENCY: '8', WEBHOOK_RECEIVER_CONCURRENCY: '2' });
  before(() => publishOne());

  it('posts at most WEBHOOK_RECEIVER_CONCURRENCY requests at once to one receiver, and serves the other receivers meanwhile', async () => {
    const slow = await aReceiver();
    const fast = await aReceiver();
    slow.delayMs = 200;
    await subscribe(slow, 8);
    await subscribe(fast, 3);
    await publishOne();
    await slow.waitFor((r) => r.length === 8, 20_000, 'the slow receiver');
    await fast.waitFor((r) => r.length === 3, 20_000, 'the fast receiver');
    assert.equal(slow.peakInFlight, 2, 'requests in flight at once to the slow receiver');
    assert.ok(fast.peakInFlight <= 2);
    const lastFast = Math.max(...fast.requests.map((r) => r.at));
    const lastSlow = Math.max(...slow.requests.map((r) => r.at));
    assert.ok(lastFast < lastSlow - 400, `the fast receiver waited for the slow one (${lastSlow - lastFast} ms apart)`);
  });

  it('renews the leases of a round while its sends are in flight', async () => {
    const slow = await aReceiver();
    slow.delayMs = 250;
    const subs = await subscribe(slow, 28);
    await publishOne();
    const leases = async () =>
      new Map(
        ((await app.t.dataSource.query('SELECT id, lease_until FROM subscriptions WHERE id = ANY($1::uuid[]) AND lease_until IS NOT NULL', [subs])) as { id: string; lease_until: Date }[]).map((r) => [
          r.id,
          new Date(r.lease_until).getTime(),
        ]),
      );
    let first = new Map<string, number>();
    await waitUntil('the round to claim the subscriptions', async () => (first = await leases()).size === subs.length, 10_000);
    // 28 sends of 250 ms, 2 at a time, take 3.5 s: past the first renewal (1.9 s), within the lease (5.6 s).
    await new Promise((r) => setTimeout(r, 2_200));
    const later = await leases();
    assert.ok(later.size > 0, 'the round ended before the check');
    for (const [id, until] of later) assert.ok(until > first.get(id)! + 1_000, `the lease of ${id} was not renewed`);
    await slow.waitFor((r) => r.length === subs.length, 20_000, 'every subscription');
    // The receiver logs a request before its answer reaches the dispatcher, which then records it.
    await waitUntil('the leases to be released as the outcomes are recorded', async () => (await leases()).size === 0, 5_000);
  });

  it("takes over a crashed worker's subscription when its lease runs out, without waiting for the sweep", async () => {
    const receiver = await aReceiver();
    const [sub] = await subscribe(receiver, 1);
    // What a worker that claimed the subscription and then died leaves behind: a lease nobody renews.
    await app.t.dataSource.query(`UPDATE subscriptions SET lease_until = now() + interval '6 seconds', lease_owner = gen_random_uuid() WHERE id = $1`, [sub]);
    const [{ until }] = (await app.t.dataSource.query('SELECT lease_until AS until FROM subscriptions WHERE id = $1', [sub])) as { until: Date }[];
    const leaseEnd = new Date(until).getTime();
    await publishOne();
    // The publication's fan-out finds the subscription leased and queues one for the lease's end.
    await waitUntil('a fan-out queued for the end of the lease', async () => {
      const queued = (await app.t.dataSource.query(`SELECT start_after FROM pgboss.job WHERE name = 'webhook-lease-expiry' AND state = 'created'`)) as { start_after: Date }[];
      return queued.some((j) => Math.abs(new Date(j.start_after).getTime() - leaseEnd) < 1_000);
    }, Math.max(0, leaseEnd - Date.now() - 500));
    const [delivered] = await receiver.waitFor((r) => r.length > 0, 15_000, 'the delivery after the lease ran out');
    assert.ok(delivered!.at >= leaseEnd - 50, 'the lease was not respected');
    assert.ok(delivered!.at - leaseEnd < 5_000, `delivered ${delivered!.at - leaseEnd} ms after the lease ended`);
  });
});

describe('webhook rounds', () => {
  // A timeout far above the slow receiver's answer: no send times out, so the slots it holds are its real requests.
  const { aReceiver, subscribe, publishOne } = withReceivers({ WEBHOOK_TIMEOUT_MS: '5000', WEBHOOK_CONCURRENCY: '8', WEBHOOK_RECEIVER_CONCURRENCY: '2' });

  it('serves the next publication to the other receivers while a round is still waiting on a slow one', async () => {
    const slow = await aReceiver();
    const fast = await aReceiver();
    slow.delayMs = 300; // 16 sends, 2 at a time, hold the round for 2.4 s (far inside WEBHOOK_TIMEOUT_MS)
    await subscribe(slow, 16);
    await subscribe(fast, 2);
    await publishOne();
    await fast.waitFor((r) => r.length === 2, 20_000, 'the first publication at the fast receiver');
    await publishOne();
    await fast.waitFor((r) => r.length === 4, 20_000, 'the second publication at the fast receiver');
    const roundOne = await slow.waitFor((r) => r.length >= 16, 20_000, "the first round's slow sends");
    const lastOfRoundOne = roundOne[15]!.at;
    assert.ok(fast.requests[3]!.at < lastOfRoundOne, `the second publication waited for the slow receiver's round (${fast.requests[3]!.at - lastOfRoundOne} ms after it)`);
    assert.ok(slow.peakInFlight <= 2, `${slow.peakInFlight} requests at once to the slow receiver across both rounds`);
    await slow.waitFor((r) => r.length === 32, 20_000, 'the second publication at the slow receiver');
  });
});

describe('webhook delivery log retention', () => {
  let t: TestApp;

  before(async () => {
    t = await createTestApp({ env: { ...WEBHOOK_ENV, WEBHOOK_LOG_RETENTION_DAYS: '7' } });
  });
  after(() => t.close());

  async function logRows(subscriptionId: string, daysAgo: number[]): Promise<void> {
    for (const days of daysAgo) {
      await t.dataSource.query(
        `INSERT INTO webhook_deliveries (subscription_id, batch_id, attempt, attempted_at, duration_ms, outcome, status_code, object_count, signing_kid)
         VALUES ($1, gen_random_uuid(), 1, now() - make_interval(days => $2), 5, 'delivered', 200, 1, 'kid')`,
        [subscriptionId, days],
      );
    }
  }

  it('deletes attempts older than WEBHOOK_LOG_RETENTION_DAYS in bounded batches and keeps the rest', async () => {
    const member = await aMember(t);
    const sub = (await request(t.http).post('/api/v1/subscriptions').set(auth(member.token)).send({ name: 'log', mode: 'webhook', webhookUrl: 'http://127.0.0.1:9/hook' }).expect(201)).body;
    await logRows(sub.id, [8, 9, 10, 30, 400, 6, 1]);
    assert.equal(await t.app.get(DeliveryLogService).prune(2), 5);
    const kept = await deliveryLog(t, member.token, sub.id);
    assert.equal(kept.length, 2);
    assert.ok(kept.every((d) => Date.now() - Date.parse(d.attemptedAt) < 7 * 86_400_000));
    assert.equal(await t.app.get(DeliveryLogService).prune(2), 0);
  });

  it('runs as a daily pg-boss job', async () => {
    const [schedule] = (await t.dataSource.query('SELECT cron, timezone FROM pgboss.schedule WHERE name = $1', [PRUNE_QUEUE])) as { cron: string; timezone: string }[];
    assert.deepEqual(schedule, { cron: '17 3 * * *', timezone: 'UTC' });
    const member = await aMember(t);
    const sub = (await request(t.http).post('/api/v1/subscriptions').set(auth(member.token)).send({ name: 'log', mode: 'poll' }).expect(201)).body;
    await logRows(sub.id, [8, 2]);
    // What the cron tick does: one job on the queue, taken by a worker.
    await t.dataSource.transaction((em) => t.app.get(JobsService).sendInTransaction(em, PRUNE_QUEUE, {}));
    await waitUntil('the prune job', async () => (await deliveryLog(t, member.token, sub.id)).length === 1);
  });
});

describe('webhook addresses at send time', () => {
  let t: TestApp;
  let hook: WebhookReceiver;

  // Local receivers not allowed: the production setting.
  before(async () => {
    t = await createTestApp({ env: { ...WEBHOOK_ENV, WEBHOOK_ALLOW_HTTP_LOCALHOST: 'false' } });
    hook = await new WebhookReceiver().start();
  });
  after(async () => {
    await hook.stop();
    await t.close();
  });

  it('refuses a host name that resolves to loopback, and an internal IP literal, without connecting', async () => {
    const exchange = await anExchange(t);
    const acme = await aSubmitter(t);
    await publish(t, acme, exchange.coordinatorToken);
    const member = await aMember(t);
    const create = async () => (await request(t.http).post('/api/v1/subscriptions').set(auth(member.token)).send({ name: 'x', mode: 'webhook', webhookUrl: 'https://siem.example.org/hook' }).expect(201)).body.id as string;
    const byName = await create();
    const byLiteral = await create();
    // The API refuses these URLs when they are submitted; a name whose DNS answer changes
    // afterwards reaches the sender all the same, which is what this stands in for.
    const port = new URL(hook.url).port;
    await t.dataSource.query('UPDATE subscriptions SET webhook_url = $2 WHERE id = $1', [byName, `http://localhost:${port}/hook`]);
    await t.dataSource.query('UPDATE subscriptions SET webhook_url = $2 WHERE id = $1', [byLiteral, `http://127.0.0.1:${port}/hook`]);
    await publish(t, acme, exchange.coordinatorToken);
    let logs: Record<string, any>[][] = [];
    await waitUntil('both attempts in the delivery log', async () => {
      logs = [await deliveryLog(t, member.token, byName), await deliveryLog(t, member.token, byLiteral)];
      return logs.every((l) => l.length > 0);
    });
    assert.deepEqual([logs[0]![0]!.outcome, logs[0]![0]!.statusCode], ['failed', null]);
    assert.match(logs[0]![0]!.error, /^refused localhost: it resolves to (127\.0\.0\.1|::1), a loopback address$/);
    assert.equal(logs[1]![0]!.error, 'refused 127.0.0.1: a loopback address');
    assert.equal(hook.requests.length, 0, 'a refused webhook reached the receiver');
  });
});
