import { PGlite } from '@electric-sql/pglite';
import autocannon from 'autocannon';
import { execFile, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { generateApiKey } from '../src/modules/api-keys/api-key-secret';

// TAXII read path under load, measured from outside: the real service (node dist/src/main.js)
// runs as a child process, autocannon runs here, in another process. With N published objects
// (bulk-generated in SQL), requests/s and p50/p99 for 100-record pages of objects, manifest and
// a match[type] filter, first page and a deep page (200 records before the end, via `next`), at
// 16 and 64 connections; and the first page of objects gzipped, as clients that send Accept-Encoding get it. PostgreSQL server by default; `embedded` runs PGlite.
// Usage: node dist/bench/taxii.js [objects=1000000] [seconds per load run=10] [postgresql|embedded|both]
// BENCH_DATABASE_URL picks the server; BENCH_CPU_PROF=<dir> runs the service with --cpu-prof;
// BENCH_COMPARE=<another build's dist/src/main.js> serves the same database from that build too, and
// every load run alternates between the two (before/after ratios within one run, same data, same noise);
// BENCH_ROUNDS (3) runs per case and service, the median kept; BENCH_CONNECTIONS (16,64) and
// BENCH_CASES (e.g. objectsFirst,objectsDeep) narrow a run.
// BENCH_PROCESSES (2) is the service's PROCESSES on the PostgreSQL server (one per core here),
// BENCH_COMPARE_PROCESSES the compared service's (e.g. this build with 1 against 2), and
// BENCH_COMPARE_ENV more of its environment ("DATABASE_POOL_SIZE=4 FOO=bar").
// Each run reports serviceCpuMsPerRequest: the user+system CPU of the service's processes (from /proc)
// during the run, per request answered; what the service costs, apart from PostgreSQL and the client.
// BENCH_DATABASE_NAME=<name> fills that database once and keeps it (later runs reuse its objects).
// The load generator is wrk (C, Debian's package) when installed: autocannon, in JavaScript, took
// ~0.2 ms of CPU per 54 KB page against wrk's ~0.05, a fifth of a core at these rates, taken from the
// service and the database on this 2-core machine. BENCH_CLIENT=autocannon forces autocannon.
const OBJECTS = Number(process.argv[2] ?? 1_000_000);
const SECONDS = Number(process.argv[3] ?? 10);
const DATABASES = (process.argv[4] ?? 'postgresql') === 'both' ? ['postgresql', 'embedded'] : [process.argv[4] ?? 'postgresql'];
const SERVER_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/test';
const CPU_PROF = process.env.BENCH_CPU_PROF;
const MAIN = join(__dirname, '..', 'src', 'main.js');
const COMPARE = process.env.BENCH_COMPARE;
const CONNECTIONS = (process.env.BENCH_CONNECTIONS ?? '16,64').split(',').map(Number);
const ONLY_CASES = process.env.BENCH_CASES?.split(',');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const ACCEPT = 'application/taxii+json;version=2.1';
const PROCESSES = process.env.BENCH_PROCESSES ?? '2';
const COMPARE_PROCESSES = process.env.BENCH_COMPARE_PROCESSES ?? PROCESSES;
const COMPARE_ENV = Object.fromEntries((process.env.BENCH_COMPARE_ENV ?? '').split(/\s+/).filter(Boolean).map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]));
const KEEP_DATABASE = process.env.BENCH_DATABASE_NAME;
const CLIENT = process.env.BENCH_CLIENT ?? (spawnSync('wrk', ['--version']).error ? 'autocannon' : 'wrk');

type Query = (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;

/**
 * Bulk rows shaped like publication's: 30% CLEAR, 40% GREEN, 20% AMBER (one group), 10% RED; 70% indicators.
 * object_text is compact JSON as publication writes it (no string value here holds `": ` or `, "`).
 */
const FILL = `
  WITH base AS (SELECT greatest(clock_timestamp(), coalesce((SELECT max(date_added) FROM published_objects) + interval '1 microsecond', '-infinity')) AS t),
  g AS (
    SELECT i, CASE WHEN i % 10 < 7 THEN 'indicator' ELSE 'malware' END AS typ, gen_random_uuid() AS u,
      CASE i % 10 WHEN 0 THEN 'red' WHEN 1 THEN 'amber' WHEN 2 THEN 'amber' WHEN 3 THEN 'clear' WHEN 4 THEN 'clear' WHEN 5 THEN 'clear' ELSE 'green' END AS tlp
    FROM generate_series(1, $1::int) AS i
  ),
  o AS (
    SELECT g.*, jsonb_build_object('type', typ, 'spec_version', '2.1', 'id', typ || '--' || u, 'created', '2026-11-20T08:15:00.000Z', 'modified', '2026-11-20T08:15:00.000Z',
      'name', 'Bench object ' || i, 'description', 'Command-and-control server contacted by compromised smart meters in the field; blocks recommended.',
      'pattern', '[ipv4-addr:value = ''198.51.' || (i / 250 % 250) || '.' || (i % 250) || ''']', 'pattern_type', 'stix', 'valid_from', '2026-11-20T08:15:00.000Z',
      'indicator_types', jsonb_build_array('malicious-activity'), 'confidence', 80, 'labels', jsonb_build_array('bench'), 'is_family', true) AS object
    FROM g
  )
  INSERT INTO published_objects (stix_id, stix_type, spec_version, version, modified, date_added, tlp, sharing_group_id, submission_id, sectors, confidence, labels, revoked, object, object_text)
  SELECT typ || '--' || u, typ, '2.1', '2026-11-20T08:15:00.000Z', '2026-11-20T08:15:00Z', base.t + i * interval '1 microsecond', tlp,
    CASE WHEN tlp = 'amber' THEN $2::uuid END, NULL, '{energy}', 80, '{bench}', false, object, replace(replace(object::text, '": ', '":'), ', "', ',"')
  FROM o, base`;

interface Fixture {
  authorization: string;
  collectionId: string;
  fillMs: number;
  /** `next` tokens 200 records before the end of what the reader sees: all records, and malware only. */
  deepNext: string;
  deepTypeNext: string;
}

/** A reader organization with a read key in the AMBER group, one feed over everything, and OBJECTS published rows. */
async function seed(query: Query): Promise<Fixture> {
  const [kept] = await query(
    `SELECT o.id AS org, g.id AS "group", c.id AS collection FROM organizations o, sharing_groups g, collections c WHERE o.name = 'Bench reader' AND g.name = 'bench' AND c.title = 'Bench feed'`,
  );
  const org = kept?.org ?? (await query(`INSERT INTO organizations (name, kind, sectors) VALUES ('Bench reader', 'carrier', '{energy}') RETURNING id`))[0].id;
  const key = generateApiKey();
  await query(`INSERT INTO api_keys (organization_id, name, prefix, secret_hash, scopes) VALUES ($1, 'bench', $2, $3, '{read}')`, [org, key.prefix, key.hash]);
  const collectionId = (kept?.collection ?? (await query(`INSERT INTO collections (title, kind) VALUES ('Bench feed', 'feed') RETURNING id`))[0].id) as string;
  let fillMs = 0;
  if (!kept) {
    const [group] = await query(`INSERT INTO sharing_groups (name) VALUES ('bench') RETURNING id`);
    await query('INSERT INTO sharing_group_members (sharing_group_id, organization_id) VALUES ($1, $2)', [group.id, org]);
    const started = performance.now();
    for (let done = 0; done < OBJECTS; done += 50_000) await query(FILL, [Math.min(50_000, OBJECTS - done), group.id]);
    await query('VACUUM ANALYZE published_objects');
    fillMs = Math.round(performance.now() - started);
  }
  const deep = async (type: string | null) => {
    const [row] = await query(
      `SELECT to_char(date_added AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS d FROM published_objects
       WHERE tlp <> 'red' AND ($1::text IS NULL OR stix_type = $1) ORDER BY date_added DESC OFFSET 200 LIMIT 1`,
      [type],
    );
    return row.d as string;
  };
  const secret = key.key.slice(`ssk_${key.prefix}_`.length);
  return {
    authorization: `Basic ${Buffer.from(`ssk_${key.prefix}:${secret}`).toString('base64')}`,
    collectionId,
    fillMs,
    deepNext: await deep(null),
    deepTypeNext: await deep('malware'),
  };
}

interface Service {
  child: ChildProcess;
  url: string;
}

async function startService(env: Record<string, string>, port: number, main = MAIN): Promise<Service> {
  const args = CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir', CPU_PROF, main] : [main];
  const child = spawn(process.execPath, args, {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', SEED_DEMO: 'false', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`service exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/health`)).status === 200) return { child, url };
    } catch {
      // not listening yet
    }
    if (Date.now() - started > 120_000) throw new Error('service not healthy within 120 s');
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function stopService(s: Service): Promise<void> {
  const exited = new Promise((r) => s.child.once('exit', r));
  s.child.kill('SIGTERM');
  await exited;
}

/** A page as a client that takes gzip (the OASIS client through requests, curl --compressed) asks for it. */
const GZIP = { 'Accept-Encoding': 'gzip' };

/** Every case answers 200 with a full page before it is loaded (a fast 4xx would flatter the figures), gzipped if asked. */
async function check(url: string, authorization: string, extra: Record<string, string>): Promise<void> {
  const res = await fetch(url, { headers: { Accept: ACCEPT, Authorization: authorization, ...extra } });
  const body = (await res.json()) as { objects?: unknown[] };
  if (res.status !== 200 || body.objects?.length !== 100) throw new Error(`${url}: ${res.status}, ${body.objects?.length} records`);
  if (extra['Accept-Encoding'] && res.headers.get('content-encoding') !== 'gzip') throw new Error(`${url}: not gzipped`);
}

interface LoadRun {
  connections: number;
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
}

async function load(url: string, authorization: string, connections: number, extra: Record<string, string> = {}): Promise<LoadRun> {
  if (CLIENT === 'wrk') return wrk(url, authorization, connections, extra);
  const r = await autocannon({ url, connections, duration: SECONDS, headers: { Accept: ACCEPT, Authorization: authorization, ...extra } });
  return { connections, requests: r.requests.total, requestsPerSecond: Math.round(r.requests.average), p50Ms: r.latency.p50, p99Ms: r.latency.p99, non2xx: r.non2xx, errors: r.errors + r.timeouts };
}

/** wrk with two threads (one per core); its --latency report parsed. */
function wrk(url: string, authorization: string, connections: number, extra: Record<string, string>): Promise<LoadRun> {
  const headers = Object.entries(extra).flatMap(([name, value]) => ['-H', `${name}: ${value}`]);
  const args = ['-t2', `-c${connections}`, `-d${SECONDS}s`, '--latency', '-H', `Accept: ${ACCEPT}`, '-H', `Authorization: ${authorization}`, ...headers, url];
  return new Promise((resolve, reject) => {
    execFile('wrk', args, (error, out) => {
      if (error) return reject(error);
      const ms = (percentile: string) => {
        const m = new RegExp(`^\\s*${percentile}%\\s+([\\d.]+)(us|ms|s)\\s*$`, 'm').exec(out);
        if (!m) throw new Error(`no ${percentile}% latency in wrk's report:\n${out}`);
        return Number(m[1]) * { us: 0.001, ms: 1, s: 1000 }[m[2] as 'us' | 'ms' | 's'];
      };
      const count = (pattern: RegExp) => (pattern.exec(out)?.slice(1) ?? []).reduce((n, v) => n + Number(v), 0);
      resolve({
        connections,
        requests: Number(/(\d+) requests in/.exec(out)?.[1] ?? 0),
        requestsPerSecond: Math.round(Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? 0)),
        p50Ms: ms('50'),
        p99Ms: ms('99'),
        non2xx: count(/Non-2xx or 3xx responses: (\d+)/),
        errors: count(/Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/),
      });
    });
  });
}

const CLOCK_TICKS_PER_SECOND = Number(spawnSync('getconf', ['CLK_TCK']).stdout?.toString().trim() || 100);

/** User+system CPU (ms) of a process and its descendants (a cluster's primary and workers), from /proc. */
function treeCpuMs(pid: number): number {
  const stat = `/proc/${pid}/stat`;
  if (!existsSync(stat)) return 0;
  // Fields after the parenthesized command name: utime and stime are the 12th and 13th.
  const text = readFileSync(stat, 'utf8');
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  const own = ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
  const childrenFile = `/proc/${pid}/task/${pid}/children`;
  const children = existsSync(childrenFile) ? readFileSync(childrenFile, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number) : [];
  return own + children.reduce((sum, child) => sum + treeCpuMs(child), 0);
}

type Measured = LoadRun & { serviceCpuMsPerRequest: number };

/** One load run against a service, with the service's CPU per request over that run. */
async function loadService(service: Service, path: string, authorization: string, connections: number, extra: Record<string, string>): Promise<Measured> {
  const pid = service.child.pid!;
  const before = treeCpuMs(pid);
  const run = await load(`${service.url}${path}`, authorization, connections, extra);
  const cpuMs = treeCpuMs(pid) - before;
  return { ...run, serviceCpuMsPerRequest: run.requests > 0 ? Math.round((cpuMs / run.requests) * 1000) / 1000 : 0 };
}

/** Each case at each connection count, on every service in turn (`this` build first, then `baseline`). */
async function measure(services: Record<string, Service>, f: Fixture) {
  const path = `/taxii2/api1/collections/${f.collectionId}`;
  const cases: Record<string, string> = {
    objectsFirst: `${path}/objects/?limit=100`,
    objectsDeep: `${path}/objects/?limit=100&next=${f.deepNext}`,
    manifestFirst: `${path}/manifest/?limit=100`,
    manifestDeep: `${path}/manifest/?limit=100&next=${f.deepNext}`,
    typeFirst: `${path}/objects/?limit=100&match[type]=malware`,
    typeDeep: `${path}/objects/?limit=100&match[type]=malware&next=${f.deepTypeNext}`,
    objectsFirstGzip: `${path}/objects/?limit=100`,
  };
  const headersOf = (name: string) => (name.endsWith('Gzip') ? GZIP : {});
  for (const { url: base } of Object.values(services)) {
    for (const [name, url] of Object.entries(cases)) await check(`${base}${url}`, f.authorization, headersOf(name));
    await load(`${base}${cases.objectsFirst}`, f.authorization, 16); // warm-up: JIT, pools, caches
  }
  // Rounds alternate the services within each case, and the median round is kept: a neighbour's
  // burst on this shared machine then lands on one round of both, not on all runs of one.
  const out: Record<string, unknown[]> = {};
  for (const [name, url] of Object.entries(cases).filter(([name]) => !ONLY_CASES || ONLY_CASES.includes(name))) {
    out[name] = [];
    for (const connections of CONNECTIONS) {
      const rounds: Record<string, Measured[]> = {};
      for (let round = 0; round < ROUNDS; round++) {
        for (const [label, service] of Object.entries(services)) (rounds[label] ??= []).push(await loadService(service, url, f.authorization, connections, headersOf(name)));
      }
      const runs = Object.fromEntries(Object.entries(rounds).map(([service, r]) => [service, { ...median(r), serviceCpuMsPerRequest: middle(r.map((m) => m.serviceCpuMsPerRequest)) }]));
      // Ratios of the rounds run back to back (this, then baseline), the median kept: a neighbour's burst moves both.
      const ratioOf = (key: 'requestsPerSecond' | 'serviceCpuMsPerRequest') => Math.round(middle(rounds.this.map((m, i) => m[key] / rounds.baseline[i][key])) * 100) / 100;
      const ratio = rounds.baseline ? { requestsPerSecondRatio: ratioOf('requestsPerSecond'), serviceCpuRatio: ratioOf('serviceCpuMsPerRequest') } : {};
      out[name].push({ connections, ...runs, ...ratio });
    }
  }
  return out;
}

function middle(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}

/** The run with the median requests/s (its own latencies kept with it); CPU per request is the median over rounds. */
function median<T extends { requestsPerSecond: number }>(runs: T[]): T {
  return [...runs].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond)[Math.floor(runs.length / 2)];
}

async function onServer(port: number): Promise<Record<string, unknown>> {
  const name = KEEP_DATABASE ?? `shieldshare_bench_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: SERVER_URL });
  await admin.connect();
  const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1;
  if (!exists) await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  const started: Service[] = [];
  const db = new Client({ connectionString: url.toString() });
  try {
    const env = { DATABASE_URL: url.toString(), PROCESSES };
    started.push(await startService(env, port)); // migrates
    if (COMPARE) started.push(await startService({ ...env, PROCESSES: COMPARE_PROCESSES, ...COMPARE_ENV }, port + 1, COMPARE));
    const services: Record<string, Service> = { this: started[0], ...(COMPARE ? { baseline: started[1] } : {}) };
    await db.connect();
    const fixture = await seed(async (sql, params) => (await db.query(sql, params)).rows);
    return { database: 'postgresql', processes: PROCESSES, ...(COMPARE ? { baselineProcesses: COMPARE_PROCESSES, baselineEnv: COMPARE_ENV } : {}), fillMs: fixture.fillMs, load: await measure(services, fixture) };
  } finally {
    for (const service of started) await stopService(service);
    await db.end().catch(() => undefined);
    if (!KEEP_DATABASE) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}

/** PGlite has one connection, owned by the service: migrate, stop, fill the data folder here, start again. */
async function embedded(port: number): Promise<Record<string, unknown>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'shieldshare-bench-'));
  try {
    await stopService(await startService({ DATA_DIR: dataDir }, port));
    const pg = await PGlite.create(join(dataDir, 'pgdata'));
    const fixture = await seed(async (sql, params) => (await pg.query<Record<string, unknown>>(sql, params)).rows);
    await pg.close();
    const service = await startService({ DATA_DIR: dataDir }, port);
    try {
      return { database: 'embedded', fillMs: fixture.fillMs, load: await measure({ this: service }, fixture) };
    } finally {
      await stopService(service);
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const results = [];
  for (const database of DATABASES) results.push(database === 'embedded' ? await embedded(3911) : await onServer(3911));
  process.stdout.write(`${JSON.stringify({ bench: 'taxii', node: process.version, publishedObjects: OBJECTS, pageSize: 100, loadSeconds: SECONDS, rounds: ROUNDS, client: CLIENT, results }, null, 2)}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
