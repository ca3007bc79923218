import autocannon from 'autocannon';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { anApiKey, anExchange, anOrg } from '../test/support/builders';
import { aCollection } from '../test/support/taxii';
import { createTestApp, type TestApp } from '../test/support/test-app';

// TAXII read path under load: objects/s walking a feed with `next`, and page-1 vs deep-page
// latency (keyset paging: a deep page should cost what page 1 costs), for objects, manifest and
// a match[type] filter, on the embedded database and on a PostgreSQL server. The service runs in
// this process (client and server share one event loop: figures are conservative).
// Usage: node dist/bench/taxii.js [objects=20000] [seconds per load run=5] [postgres url]
const OBJECTS = Number(process.argv[2] ?? 20_000);
const SECONDS = Number(process.argv[3] ?? 5);
const SERVER_URL = process.argv[4] ?? process.env.BENCH_DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/test';
const SAMPLES = 100;

/** Bulk rows shaped like publication's: 30% CLEAR, 40% GREEN, 20% AMBER (one group), 10% RED; 70% indicators. */
const FILL = `
  WITH base AS (SELECT greatest(clock_timestamp(), coalesce((SELECT max(date_added) FROM published_objects) + interval '1 microsecond', '-infinity')) AS t),
  g AS (
    SELECT i, CASE WHEN i % 10 < 7 THEN 'indicator' ELSE 'malware' END AS typ, gen_random_uuid() AS u,
      CASE i % 10 WHEN 0 THEN 'red' WHEN 1 THEN 'amber' WHEN 2 THEN 'amber' WHEN 3 THEN 'clear' WHEN 4 THEN 'clear' WHEN 5 THEN 'clear' ELSE 'green' END AS tlp
    FROM generate_series(1, $1::int) AS i
  )
  INSERT INTO published_objects (stix_id, stix_type, spec_version, version, modified, date_added, tlp, sharing_group_id, submission_id, sectors, confidence, labels, revoked, object)
  SELECT typ || '--' || u, typ, '2.1', '2026-11-20T08:15:00.000Z', '2026-11-20T08:15:00Z', base.t + i * interval '1 microsecond', tlp,
    CASE WHEN tlp = 'amber' THEN $2::uuid END, NULL, '{energy}', 80, '{bench}', false,
    jsonb_build_object('type', typ, 'spec_version', '2.1', 'id', typ || '--' || u, 'created', '2026-11-20T08:15:00.000Z', 'modified', '2026-11-20T08:15:00.000Z',
      'name', 'Bench object ' || i, 'description', 'Command-and-control server contacted by compromised smart meters in the field; blocks recommended.',
      'pattern', '[ipv4-addr:value = ''198.51.' || (i / 250 % 250) || '.' || (i % 250) || ''']', 'pattern_type', 'stix', 'valid_from', '2026-11-20T08:15:00.000Z',
      'indicator_types', jsonb_build_array('malicious-activity'), 'confidence', 80, 'labels', jsonb_build_array('bench'), 'is_family', true)
  FROM g, base`;

function percentile(sorted: number[], p: number): number {
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] * 100) / 100;
}

async function latency(base: string, path: string, authorization: string) {
  const times: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const started = performance.now();
    const res = await fetch(`${base}${path}`, { headers: { Accept: 'application/taxii+json;version=2.1', Authorization: authorization } });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { p50Ms: percentile(times, 50), p99Ms: percentile(times, 99) };
}

async function load(base: string, path: string, authorization: string, connections: number) {
  const result = await autocannon({ url: `${base}${path}`, connections, duration: SECONDS, headers: { Accept: 'application/taxii+json;version=2.1', Authorization: authorization } });
  return { connections, requestsPerSecond: Math.round(result.requests.average), p50Ms: result.latency.p50, p99Ms: result.latency.p99, non2xx: result.non2xx, errors: result.errors };
}

async function run(database: 'embedded' | 'postgresql'): Promise<Record<string, unknown>> {
  if (database === 'postgresql') process.env.DATABASE_URL = SERVER_URL;
  else delete process.env.DATABASE_URL;
  const t: TestApp = await createTestApp();
  try {
    const ex = await anExchange(t);
    const member = await anOrg(t, { kind: 'carrier' });
    const key = await anApiKey(t, member, ['read']);
    const authorization = `Basic ${Buffer.from(`${key.keyId}:${key.secret}`).toString('base64')}`;
    const group = (await t.dataSource.query(`INSERT INTO sharing_groups (name) VALUES ('bench') RETURNING id`)) as { id: string }[];
    await t.dataSource.query('INSERT INTO sharing_group_members (sharing_group_id, organization_id) VALUES ($1, $2)', [group[0].id, member.id]);
    const collection = await aCollection(t, ex.coordinatorToken, { title: 'Bench feed' });
    const fillStarted = performance.now();
    for (let done = 0; done < OBJECTS; done += 10_000) await t.dataSource.query(FILL, [Math.min(10_000, OBJECTS - done), group[0].id]);
    await t.dataSource.query('ANALYZE published_objects');
    const fillMs = Math.round(performance.now() - fillStarted);

    await t.app.listen(0, '127.0.0.1');
    const base = `http://127.0.0.1:${(t.http.address() as AddressInfo).port}`;
    const feed = `/taxii2/api1/collections/${collection}`;
    const headers = { Accept: 'application/taxii+json;version=2.1', Authorization: authorization };

    // Walk the whole feed with next (1,000 per page), as a TAXII client catching up would.
    const walkStarted = performance.now();
    let next: string | undefined;
    let served = 0;
    let pages = 0;
    for (;;) {
      const res = await fetch(`${base}${feed}/objects/?limit=1000${next ? `&next=${next}` : ''}`, { headers });
      const body = (await res.json()) as { more: boolean; next?: string; objects?: unknown[] };
      served += body.objects?.length ?? 0;
      pages++;
      if (!body.more) break;
      next = body.next;
    }
    const walkSeconds = (performance.now() - walkStarted) / 1000;

    // A deep position: 200 records before the end.
    const deep = (await t.dataSource.query(
      `SELECT to_char(date_added AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS d FROM published_objects ORDER BY date_added DESC OFFSET 200 LIMIT 1`,
    )) as { d: string }[];
    const deepAfter = `added_after=${deep[0].d}`;
    const cases = {
      objectsPage1: `${feed}/objects/?limit=100`,
      objectsDeep: `${feed}/objects/?limit=100&${deepAfter}`,
      manifestPage1: `${feed}/manifest/?limit=100`,
      manifestDeep: `${feed}/manifest/?limit=100&${deepAfter}`,
      typeFilteredPage1: `${feed}/objects/?limit=100&match[type]=malware`,
      typeFilteredDeep: `${feed}/objects/?limit=100&match[type]=malware&${deepAfter}`,
    };
    const latencies: Record<string, { p50Ms: number; p99Ms: number }> = {};
    for (const [name, path] of Object.entries(cases)) latencies[name] = await latency(base, path, authorization);
    const ratio = (a: string, b: string) => Math.round((latencies[a].p50Ms / latencies[b].p50Ms) * 100) / 100;
    return {
      database,
      publishedObjects: OBJECTS,
      visibleToReader: served,
      fillMs,
      walk: { pageSize: 1000, pages, objects: served, seconds: Math.round(walkSeconds * 100) / 100, objectsPerSecond: Math.round(served / walkSeconds) },
      latency100: latencies,
      deepToFirstP50Ratio: { objects: ratio('objectsDeep', 'objectsPage1'), manifest: ratio('manifestDeep', 'manifestPage1'), typeFiltered: ratio('typeFilteredDeep', 'typeFilteredPage1') },
      load: {
        objectsPage1: await load(base, cases.objectsPage1, authorization, 16),
        objectsDeep: await load(base, cases.objectsDeep, authorization, 16),
      },
    };
  } finally {
    await t.close();
  }
}

async function main(): Promise<void> {
  const results = [await run('embedded'), await run('postgresql')];
  process.stdout.write(`${JSON.stringify({ bench: 'taxii', node: process.version, samplesPerLatency: SAMPLES, loadSeconds: SECONDS, results }, null, 2)}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
