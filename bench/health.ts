import autocannon from 'autocannon';
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

// Starts the real service (node dist/src/main.js) as a child process, measures time to the
// first healthy /health, then /health throughput with autocannon. Embedded and PostgreSQL
// side by side. Usage: node dist/bench/health.js [seconds per run] [postgres server url]
const SECONDS = Number(process.argv[2] ?? 10);
const SERVER_URL = process.argv[3] ?? process.env.BENCH_DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/test';
const MAIN = join(__dirname, '..', 'src', 'main.js');

interface Started {
  child: ChildProcess;
  msToHealthy: number;
  url: string;
}

async function startService(env: Record<string, string>, port: number): Promise<Started> {
  const started = Date.now();
  const child = spawn(process.execPath, [MAIN], {
    env: { ...process.env, PORT: String(port), LOG_LEVEL: 'warn', SEED_DEMO: 'false', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`service exited with ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/health`);
      if (res.status === 200) return { child, msToHealthy: Date.now() - started, url };
    } catch {
      // not listening yet
    }
    if (Date.now() - started > 60_000) throw new Error('service not healthy within 60 s');
    await new Promise((r) => setTimeout(r, 25));
  }
}

async function stopService(s: Started): Promise<void> {
  const exited = new Promise((r) => s.child.once('exit', r));
  s.child.kill('SIGTERM');
  await exited;
}

async function load(url: string, connections: number) {
  const result = await autocannon({ url: `${url}/health`, connections, duration: SECONDS });
  return {
    connections,
    requestsPerSecond: Math.round(result.requests.average),
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

async function withDatabase<T>(fn: (url: string) => Promise<T>): Promise<T> {
  const name = `shieldshare_bench_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: SERVER_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  try {
    return await fn(url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'shieldshare-bench-'));
  const cold = await startService({ DATA_DIR: dataDir }, 3901);
  await stopService(cold);
  const warm = await startService({ DATA_DIR: dataDir }, 3901);
  const embedded = { coldStartMsToHealthy: cold.msToHealthy, warmStartMsToHealthy: warm.msToHealthy, load16: await load(warm.url, 16) };
  await stopService(warm);
  rmSync(dataDir, { recursive: true, force: true });

  const postgres = await withDatabase(async (databaseUrl) => {
    const first = await startService({ DATABASE_URL: databaseUrl, DATA_DIR: mkdtempSync(join(tmpdir(), 'shieldshare-bench-')) }, 3902);
    const result = { firstStartMsToHealthy: first.msToHealthy, load16: await load(first.url, 16) };
    await stopService(first);
    return result;
  });

  const out = {
    benchmark: 'health',
    node: process.version,
    secondsPerRun: SECONDS,
    embedded,
    postgres,
    embeddedToPostgresThroughputRatio: Number((embedded.load16.requestsPerSecond / postgres.load16.requestsPerSecond).toFixed(3)),
  };
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
