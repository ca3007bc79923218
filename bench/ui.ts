import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import request from 'supertest';
import { ADMIN_UI_DIR } from '../src/modules/admin-ui/admin-ui.middleware';
import { demoUser, launchBrowser, openTab, seedSubmission, startExchange } from '../test/browser/support/ui-harness';

// The admin UI's size (what a first visit downloads, and every chunk) and the time from
// navigation to the first rendered row of the moderation queue with 1,000 submissions
// pending, in Debian's Chromium against the real service (embedded PostgreSQL, or
// DATABASE_URL). Usage: node dist/bench/ui.js [pending=1000] [runs=5]
const PENDING = Number(process.argv[2] ?? 1000);
const RUNS = Number(process.argv[3] ?? 5);

function bundleSize() {
  const assets = join(ADMIN_UI_DIR, 'assets');
  const files = readdirSync(assets).map((name) => {
    const bytes = readFileSync(join(assets, name));
    return { name, bytes: statSync(join(assets, name)).size, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  const html = readFileSync(join(ADMIN_UI_DIR, 'index.html'), 'utf8');
  const initialNames = new Set([...html.matchAll(/\/admin\/assets\/([^"]+)/g)].map((m) => m[1]));
  const sum = (list: typeof files) => ({ bytes: list.reduce((a, f) => a + f.bytes, 0), gzip: list.reduce((a, f) => a + f.gzip, 0) });
  return { initial: sum(files.filter((f) => initialNames.has(f.name))), all: sum(files), files };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function main(): Promise<void> {
  const size = bundleSize();
  const exchange = await startExchange();
  const browser = await launchBrowser();
  try {
    // One real submission through the pipeline, then cloned in SQL: 1,000 runs of the
    // anonymizer would measure the pipeline, not the queue.
    const template = await seedSubmission(exchange);
    const columns = ((await exchange.t.dataSource.query(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'submissions' AND column_name NOT IN ('id', 'received_at', 'idempotency_key') ORDER BY ordinal_position`,
    )) as { column_name: string }[]).map((c) => `"${c.column_name}"`);
    await exchange.t.dataSource.query(
      `INSERT INTO submissions (id, received_at, ${columns.join(', ')})
       SELECT gen_random_uuid(), received_at - g * interval '37 seconds', ${columns.join(', ')}
         FROM submissions, generate_series(1, $2) g WHERE id = $1`,
      [template, PENDING - 1],
    );
    const [{ n }] = await exchange.t.dataSource.query(`SELECT count(*)::int AS n FROM submissions WHERE state = 'pending_review'`);

    const coordinator = demoUser(exchange, 'coordinator@shieldshare.example');
    const login = await request(exchange.t.http).post('/api/v1/auth/login').send(coordinator).expect(200);
    const apiMs: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      await request(exchange.t.http).get('/api/v1/moderation/submissions?state=pending_review&sort=oldest&limit=50').set({ Authorization: `Bearer ${login.body.token}` }).expect(200);
      apiMs.push(performance.now() - started);
    }

    const cold: number[] = [];
    const warm: number[] = [];
    const inPageCold: number[] = [];
    const inPageWarm: number[] = [];
    // In-page: from the navigation's start (performance.timeOrigin) to the first queue row,
    // without the driver's round trips.
    const sinceNavigation = "performance.now()";
    for (let i = 0; i < RUNS; i++) {
      // A fresh context per run: empty HTTP cache, signed in through the API cookie.
      const { context, page } = await openTab(browser, exchange.baseUrl);
      await context.addCookies([{ name: 'ss_session', value: login.body.token, url: exchange.baseUrl }]);
      let started = performance.now();
      await page.goto('/admin/queue');
      await page.locator('.queue-table tbody tr').first().waitFor();
      cold.push(performance.now() - started);
      inPageCold.push(await page.evaluate<number>(sinceNavigation));
      started = performance.now();
      await page.reload();
      await page.locator('.queue-table tbody tr').first().waitFor();
      warm.push(performance.now() - started);
      inPageWarm.push(await page.evaluate<number>(sinceNavigation));
      await context.close();
    }
    const round = (v: number) => Math.round(v * 10) / 10;
    process.stdout.write(
      `${JSON.stringify(
        {
          bench: 'ui',
          database: process.env.DATABASE_URL ? 'postgresql' : 'embedded',
          bundle: {
            firstVisitBytes: size.initial.bytes,
            firstVisitGzipBytes: size.initial.gzip,
            allChunksBytes: size.all.bytes,
            allChunksGzipBytes: size.all.gzip,
            files: size.files,
          },
          queue: {
            pendingSubmissions: n,
            rowsOnFirstPage: 50,
            apiFirstPageMs: { median: round(median(apiMs)), runs: apiMs.map(round) },
            firstLoadColdCacheMs: { median: round(median(cold)), runs: cold.map(round) },
            reloadWarmCacheMs: { median: round(median(warm)), runs: warm.map(round) },
            inPageFirstRowColdMs: { median: round(median(inPageCold)), runs: inPageCold.map(round) },
            inPageFirstRowWarmMs: { median: round(median(inPageWarm)), runs: inPageWarm.map(round) },
          },
        },
        null,
        2,
      )}\n`,
    );
  } finally {
    await browser.close();
    await exchange.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
