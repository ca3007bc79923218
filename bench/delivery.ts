import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { cpus } from 'node:os';
import type { AddressInfo } from 'node:net';
import { OPERATOR } from '../src/cli/operator';
import { OrgsService } from '../src/modules/orgs/orgs.service';
import { SubscriptionsService } from '../src/modules/subscriptions/subscriptions.service';
import { anExchange } from '../test/support/builders';
import { publish, publishedIds } from '../test/support/delivery';
import { aSubmitter } from '../test/support/submissions';
import { createTestApp, type TestApp } from '../test/support/test-app';

// Publication → webhook latency and delivery throughput against a local receiver (in this
// process, so it shares the machine with the service and the database), on the embedded
// database or (DATABASE_URL set) a fresh database on a PostgreSQL server.
// Usage: node dist/bench/delivery.js [subscribers=1000 on PostgreSQL, 100 embedded] [publications=5] [backlog indicators=500] [receivers=subscribers]
// Each receiver is a port of its own (an origin, as WEBHOOK_RECEIVER_CONCURRENCY counts them);
// subscribers are spread over them round-robin. One receiver for all is the worst case for that cap.
// WEBHOOK_CONCURRENCY and WEBHOOK_RECEIVER_CONCURRENCY are passed through when set.
// `hangingReceiver`: HANGING subscriptions whose receiver never answers (each send waits for
// WEBHOOK_TIMEOUT_MS, 10 s): how long the other subscribers wait for the publication after.
const POSTGRES = !!process.env.DATABASE_URL;
const SUBSCRIBERS = Number(process.argv[2] ?? (POSTGRES ? 1000 : 100));
const PUBLICATIONS = Number(process.argv[3] ?? 5);
const BACKLOG = Number(process.argv[4] ?? 500);
const RECEIVERS = Math.max(1, Math.min(SUBSCRIBERS, Number(process.argv[5] ?? SUBSCRIBERS)));
const HANGING = 10;
const PASSED_THROUGH = ['WEBHOOK_CONCURRENCY', 'WEBHOOK_RECEIVER_CONCURRENCY'].filter((k) => process.env[k] !== undefined);

/** The target: every subscriber served within this long of publication. */
const TARGET_ALL_SERVED_MS = 5_000;

/** Receives every POST on `count` ports; records when each (subscription, object id) first arrived. */
async function startReceivers(count: number) {
  const arrivals = new Map<string, number>();
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const now = Date.now();
      const jws = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { payload: string };
      const bundle = JSON.parse(Buffer.from(jws.payload, 'base64url').toString('utf8')) as { objects: { id: string }[] };
      const sub = String(req.headers['x-shieldshare-subscription']);
      for (const o of bundle.objects) {
        const key = `${sub} ${o.id}`;
        if (!arrivals.has(key)) arrivals.set(key, now);
      }
      res.statusCode = 204;
      res.end();
    });
  };
  const servers: Server[] = [];
  for (let i = 0; i < count; i++) {
    const server = createServer(handle);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    servers.push(server);
  }
  const urls = servers.map((server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`);
  const stop = () => Promise.all(servers.map((server) => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); })));
  return { urls, arrivals, stop };
}

/** A receiver that reads each request and never answers. */
async function startHangingReceiver() {
  const server = createServer(() => undefined);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  const stop = () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); });
  return { url, stop };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? null;

async function waitUntil(done: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 10));
  }
  return true;
}

async function subscribe(t: TestApp, urls: string[], count: number, startFrom: 'now' | 'beginning' = 'now'): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const url = urls[i % urls.length]!;
    const org = await t.app.get(OrgsService).create(OPERATOR, { name: `Bench subscriber ${Date.now()}-${i}`, kind: 'carrier', sectors: ['telecom'], country: 'DE' });
    const sub = await t.app.get(SubscriptionsService).create({ orgId: org.id, roles: ['member'], via: 'cli' }, { name: 'bench', mode: 'webhook', webhookUrl: url, startFrom });
    ids.push(sub.id);
  }
  return ids;
}

async function main(): Promise<void> {
  const database = POSTGRES ? 'postgresql' : 'embedded';
  const passed = Object.fromEntries(PASSED_THROUGH.map((k) => [k, process.env[k]!]));
  const t = await createTestApp({ env: { WEBHOOK_ALLOW_HTTP_LOCALHOST: 'true', WEBHOOK_TIMEOUT_MS: '10000', ...passed } });
  const receiver = await startReceivers(RECEIVERS);
  const hanging = await startHangingReceiver();
  try {
    const exchange = await anExchange(t);
    const acme = await aSubmitter(t);
    const subscriptions = await subscribe(t, receiver.urls, SUBSCRIBERS);

    // 1. Latency: publish, then wait until every subscriber has the new indicator.
    const latencies: number[] = [];
    const allServedMs: number[] = [];
    for (let i = 0; i < PUBLICATIONS; i++) {
      const submissionId = await publish(t, acme, exchange.coordinatorToken, { indicators: 1 });
      const publishedAt = Date.now(); // the approve call has returned: the publication is committed
      const indicator = (await publishedIds(t, submissionId)).find((id) => id.startsWith('indicator--'))!;
      const complete = await waitUntil(() => subscriptions.every((s) => receiver.arrivals.has(`${s} ${indicator}`)), 120_000);
      const times = subscriptions.map((s) => receiver.arrivals.get(`${s} ${indicator}`)).filter((x): x is number => x !== undefined);
      for (const at of times) latencies.push(Math.max(0, at - publishedAt));
      allServedMs.push(complete ? Math.max(...times) - publishedAt : NaN);
    }
    latencies.sort((a, b) => a - b);

    // 2. A receiver that never answers: the publication after the one that reaches it.
    const hung = await subscribe(t, [hanging.url], HANGING);
    const servedAll = async () => {
      const submissionId = await publish(t, acme, exchange.coordinatorToken, { indicators: 1 });
      const publishedAt = Date.now();
      const indicator = (await publishedIds(t, submissionId)).find((id) => id.startsWith('indicator--'))!;
      const complete = await waitUntil(() => subscriptions.every((s) => receiver.arrivals.has(`${s} ${indicator}`)), 120_000);
      return complete ? Math.max(...subscriptions.map((s) => receiver.arrivals.get(`${s} ${indicator}`)!)) - publishedAt : NaN;
    };
    const hangingReceiver = { subscriptions: HANGING, timeoutMs: t.config.webhook.timeoutMs, reachingItAllServedMs: await servedAll(), nextAllServedMs: await servedAll() };

    // 3. Throughput: a backlog published first (the latency subscribers paused, so they do not
    // compete), then one subscription from the beginning drains it.
    await t.dataSource.query(`UPDATE subscriptions SET status = 'paused', paused_reason = 'bench' WHERE id = ANY($1)`, [[...subscriptions, ...hung]]);
    const backlogSubmission = await publish(t, acme, exchange.coordinatorToken, { indicators: BACKLOG });
    const [{ n: total }] = (await t.dataSource.query('SELECT count(*)::int AS n FROM published_objects')) as { n: number }[];
    const started = Date.now();
    const [reader] = await subscribe(t, receiver.urls, 1, 'beginning');
    const backlogIds = await publishedIds(t, backlogSubmission);
    const drained = await waitUntil(() => backlogIds.every((id) => receiver.arrivals.has(`${reader} ${id}`)), 300_000);
    const drainMs = Date.now() - started;
    const delivered = [...receiver.arrivals.keys()].filter((k) => k.startsWith(`${reader} `)).length;

    process.stdout.write(
      `${JSON.stringify(
        {
          benchmark: 'delivery',
          database,
          subscribers: SUBSCRIBERS,
          receivers: RECEIVERS,
          webhook: { concurrency: t.config.webhook.concurrency, receiverConcurrency: t.config.webhook.receiverConcurrency },
          publications: PUBLICATIONS,
          publishToWebhookMs: { p50: percentile(latencies, 50), p99: percentile(latencies, 99), max: latencies[latencies.length - 1] ?? null, samples: latencies.length },
          allSubscribersServedMs: allServedMs,
          target: { allServedWithinMs: TARGET_ALL_SERVED_MS, met: allServedMs.every((ms) => ms <= TARGET_ALL_SERVED_MS) },
          // Time until every other subscriber had the publication that reached the hanging receiver, and the one after it.
          hangingReceiver,
          machine: { cpus: cpus().length, node: process.version },
          // A new subscription (startFrom: beginning) drains everything published so far.
          backlog: { publishedObjects: total, delivered, drained, ms: drainMs, objectsPerSecond: Math.round((delivered / drainMs) * 1000) },
        },
        null,
        2,
      )}\n`,
    );
  } finally {
    await receiver.stop();
    await hanging.stop();
    await t.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
