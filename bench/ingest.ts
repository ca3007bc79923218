// Ingest benchmark: submissions of 1,000-indicator bundles through the HTTP API of a real
// service process, until pending_review (and, with auto-approval, until published). Prints JSON:
// objects/s end to end and p50/p99 of the 202, on PostgreSQL (when DATABASE_URL is set) and on
// the embedded database. Usage: node dist/bench/ingest.js [submissions=20] [concurrency=4]
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freshTestDatabase } from '../test/support/db';
import { demoApiKey, demoPassword, startService, type ServiceProcess } from '../test/support/service-process';

const SUBMISSIONS = Number(process.argv[2] ?? 20);
const CONCURRENCY = Number(process.argv[3] ?? 4);
const INDICATORS = 1000;

/** 1,000 indicators (IPv4, domains, URLs, hashes) as a C2 feed export would carry them. */
function feed(): { type: 'bundle'; id: string; objects: Record<string, unknown>[] } {
  const created = new Date().toISOString();
  const objects = Array.from({ length: INDICATORS }, (_, i) => {
    const kind = i % 4;
    const pattern =
      kind === 0
        ? `[ipv4-addr:value = '198.51.${(i >> 8) & 255}.${i & 255}']`
        : kind === 1
          ? `[domain-name:value = 'c2-${randomBytes(4).toString('hex')}.example.net']`
          : kind === 2
            ? `[url:value = 'http://203.0.113.${i & 255}/gate.php?id=${i}']`
            : `[file:hashes.'SHA-256' = '${randomBytes(32).toString('hex')}']`;
    return {
      type: 'indicator',
      spec_version: '2.1',
      id: `indicator--${randomUUID()}`,
      created,
      modified: created,
      name: `Smart-meter botnet indicator ${i}`,
      description: 'Observed in beaconing from compromised meters; blocks recommended at the carrier edge.',
      indicator_types: ['malicious-activity'],
      pattern,
      pattern_type: 'stix',
      valid_from: created,
      confidence: 70,
    };
  });
  return { type: 'bundle', id: `bundle--${randomUUID()}`, objects };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];

async function login(service: ServiceProcess, output: string, email: string): Promise<string> {
  const res = await fetch(`${service.url}/api/v1/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password: demoPassword(output, email) }) });
  return ((await res.json()) as { token: string }).token;
}

async function run(service: ServiceProcess, key: string, until: string[]): Promise<Record<string, number>> {
  const bodies = Array.from({ length: SUBMISSIONS }, () => JSON.stringify({ bundle: feed(), tlp: 'green' }));
  const latencies: number[] = [];
  const ids: string[] = [];
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < bodies.length) {
        const body = bodies[next++];
        const t0 = performance.now();
        const res = await fetch(`${service.url}/api/v1/submissions`, { method: 'POST', headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' }, body });
        latencies.push(performance.now() - t0);
        if (res.status !== 202) throw new Error(`submit: ${res.status} ${await res.text()}`);
        ids.push(((await res.json()) as { id: string }).id);
      }
    }),
  );
  const acceptedMs = performance.now() - started;
  const pending = new Set(ids);
  while (pending.size > 0) {
    for (const id of [...pending]) {
      const res = await fetch(`${service.url}/api/v1/submissions/${id}`, { headers: { Authorization: `Bearer ${key}` } });
      const { state } = (await res.json()) as { state: string };
      if (until.includes(state)) pending.delete(id);
      else if (state !== 'received' && state !== 'pending_review' && state !== 'approved') throw new Error(`submission ${id} ended ${state}`);
    }
    if (pending.size > 0) await new Promise((r) => setTimeout(r, 50));
  }
  const totalMs = performance.now() - started;
  latencies.sort((a, b) => a - b);
  const objects = SUBMISSIONS * INDICATORS;
  return {
    submissions: SUBMISSIONS,
    objects,
    objectsPerSecond: Math.round(objects / (totalMs / 1000)),
    acceptObjectsPerSecond: Math.round(objects / (acceptedMs / 1000)),
    accept202P50Ms: Math.round(percentile(latencies, 0.5)),
    accept202P99Ms: Math.round(percentile(latencies, 0.99)),
    totalMs: Math.round(totalMs),
  };
}

async function measure(database: 'postgresql' | 'embedded'): Promise<Record<string, unknown>> {
  const db = database === 'postgresql' ? await freshTestDatabase() : undefined;
  const dataDir = mkdtempSync(join(tmpdir(), 'shieldshare-bench-'));
  const service = await startService({
    SESSION_SECRET: randomBytes(32).toString('hex'),
    ANONYMIZER_KEY: randomBytes(32).toString('hex'),
    BODY_LIMIT_BYTES: String(50 * 1024 * 1024),
    ...(db?.url ? { DATABASE_URL: db.url } : { DATA_DIR: dataDir }),
  });
  try {
    const output = service.output();
    const key = demoApiKey(output, 'NordTel Mobile');
    await run(service, key, ['pending_review']); // warm-up: JIT, caches, pg-boss queues
    const review = await run(service, key, ['pending_review']);
    const coordinator = await login(service, output, 'coordinator@shieldshare.example');
    // An exchange with a handful of Nordic carriers: enough peers that sector × region does not single NordTel out (k = 5).
    const admin = await login(service, output, 'admin@shieldshare.example');
    for (let i = 0; i < 5; i++) {
      await fetch(`${service.url}/api/v1/organizations`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${admin}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: `Nordic Carrier ${i}`, kind: 'carrier', sectors: ['telecommunications'], country: 'SE' }),
      });
    }
    const orgs = (await (await fetch(`${service.url}/api/v1/organizations`, { headers: { Authorization: `Bearer ${coordinator}` } })).json()) as { id: string; name: string }[];
    const nordtel = orgs.find((o) => o.name === 'NordTel Mobile')!;
    await fetch(`${service.url}/api/v1/moderation/organizations/${nordtel.id}/auto-approval`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${coordinator}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ enabled: true }),
    });
    const published = await run(service, key, ['published']);
    return { database, untilPendingReview: review, untilPublishedWithAutoApproval: published };
  } finally {
    await service.kill('SIGTERM');
    await db?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const results: Record<string, unknown>[] = [];
  if (process.env.DATABASE_URL) results.push(await measure('postgresql'));
  results.push(await measure('embedded'));
  process.stdout.write(`${JSON.stringify({ benchmark: 'ingest', indicatorsPerSubmission: INDICATORS, concurrency: CONCURRENCY, target: { objectsPerSecondPostgres: 10_000 }, results }, null, 2)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
