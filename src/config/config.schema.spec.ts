import assert from 'node:assert/strict';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig } from './config.schema';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    assert.ok(error instanceof ConfigError, 'expected a ConfigError');
    assert.equal(error.message, error.problems.join('; '));
    return error.problems;
  }
  assert.fail(`expected ${JSON.stringify(env)} to be refused`);
}

describe('loadConfig', () => {
  it('has working defaults for an empty environment', () => {
    const config = loadConfig({}) as unknown as Record<string, unknown>;
    // Field by field: settings added later get their own defaults test without breaking this one.
    const expected: Record<string, unknown> = {
      port: 3000,
      host: '127.0.0.1',
      publicUrl: 'http://127.0.0.1:3000',
      databaseUrl: undefined,
      dataDir: resolve('./data'),
      sessionSecret: undefined,
      sessionTtlSeconds: 8 * 3600,
      bodyLimitBytes: 10 * 1024 * 1024,
      requestTimeoutMs: 30_000,
      compressResponses: true,
      logLevel: 'info',
      corsOrigins: [],
      seedDemo: true,
      loginMaxFailures: 5,
      loginWindowSeconds: 900,
    };
    for (const [name, value] of Object.entries(expected)) assert.deepEqual(config[name], value, name);
  });

  it('treats empty strings as unset', () => {
    assert.deepEqual(loadConfig({ PORT: '', DATABASE_URL: '', SESSION_SECRET: '', LOG_LEVEL: '', SEED_DEMO: '' }), loadConfig({}));
  });

  it('reads valid values', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      DATABASE_URL: 'postgresql://u:p@db:5432/shieldshare',
      DATA_DIR: '/var/lib/shieldshare',
      SESSION_SECRET: 'x'.repeat(32),
      SESSION_TTL_SECONDS: '60',
      BODY_LIMIT_BYTES: '2048',
      REQUEST_TIMEOUT_MS: '1000',
      LOG_LEVEL: 'debug',
      CORS_ORIGINS: 'https://ui.example.org, http://localhost:5173',
      SEED_DEMO: 'off',
      LOGIN_MAX_FAILURES: '3',
      LOGIN_WINDOW_SECONDS: '86400',
    });
    assert.equal(config.port, 8080);
    assert.equal(config.publicUrl, 'http://localhost:8080');
    assert.equal(config.databaseUrl, 'postgresql://u:p@db:5432/shieldshare');
    assert.equal(config.dataDir, '/var/lib/shieldshare');
    assert.equal(config.sessionTtlSeconds, 60);
    assert.equal(config.bodyLimitBytes, 2048);
    assert.equal(config.requestTimeoutMs, 1000);
    assert.equal(config.logLevel, 'debug');
    assert.deepEqual(config.corsOrigins, ['https://ui.example.org', 'http://localhost:5173']);
    assert.equal(config.seedDemo, false);
    assert.equal(config.loginMaxFailures, 3);
    assert.equal(config.loginWindowSeconds, 86400);
  });

  it('runs one service process unless PROCESSES asks for more, which needs a PostgreSQL server', () => {
    const server = { DATABASE_URL: 'postgres://db/shieldshare' };
    assert.equal(loadConfig({}).processes, 1);
    assert.equal(loadConfig({ ...server, PROCESSES: '3' }).processes, 3);
    assert.equal(loadConfig({ ...server, PROCESSES: 'auto' }).processes, availableParallelism());
    assert.deepEqual(problemsOf({ PROCESSES: '2' }), ['PROCESSES above 1 needs DATABASE_URL: the embedded database lives inside one process']);
    assert.deepEqual(problemsOf({ ...server, PROCESSES: '0' }), ['PROCESSES must be an integer from 1 to 64, got "0"']);
  });

  it("sizes each process's database pool by DATABASE_POOL_SIZE (10 by default)", () => {
    assert.equal(loadConfig({}).databasePoolSize, 10);
    assert.equal(loadConfig({ DATABASE_POOL_SIZE: '4' }).databasePoolSize, 4);
    assert.deepEqual(problemsOf({ DATABASE_POOL_SIZE: '0' }), ['DATABASE_POOL_SIZE must be an integer from 1 to 200, got "0"']);
  });

  it('drops trailing slashes of PUBLIC_URL', () => {
    assert.equal(loadConfig({ PUBLIC_URL: 'https://share.example.org//' }).publicUrl, 'https://share.example.org');
  });

  it('accepts the boolean spellings', () => {
    for (const yes of ['1', 'true', 'TRUE', 'yes', 'on']) assert.equal(loadConfig({ SEED_DEMO: yes }).seedDemo, true, yes);
    for (const no of ['0', 'false', 'No', 'off']) assert.equal(loadConfig({ SEED_DEMO: no }).seedDemo, false, no);
  });

  const invalid: [string, string][] = [
    ['PORT', 'abc'],
    ['PORT', '65536'],
    ['PORT', '-1'],
    ['PORT', '80.5'],
    ['PUBLIC_URL', 'ftp://share.example.org'],
    ['PUBLIC_URL', 'not a url'],
    ['DATABASE_URL', 'mysql://db/shieldshare'],
    ['DATABASE_URL', 'db:5432'],
    ['SESSION_SECRET', 'too-short'],
    ['SESSION_TTL_SECONDS', '59'],
    ['SESSION_TTL_SECONDS', String(7 * 24 * 3600 + 1)],
    ['BODY_LIMIT_BYTES', '1023'],
    ['BODY_LIMIT_BYTES', '10mb'],
    ['REQUEST_TIMEOUT_MS', '999'],
    ['REQUEST_TIMEOUT_MS', '600001'],
    ['LOG_LEVEL', 'loud'],
    ['CORS_ORIGINS', 'https://ui.example.org/path'],
    ['CORS_ORIGINS', '*'],
    ['SEED_DEMO', 'maybe'],
    ['LOGIN_MAX_FAILURES', '0'],
    ['LOGIN_MAX_FAILURES', '1001'],
    ['LOGIN_WINDOW_SECONDS', '0'],
    ['LOGIN_WINDOW_SECONDS', '86401'],
  ];
  for (const [name, value] of invalid) {
    it(`refuses ${name}=${JSON.stringify(value)} and names the variable`, () => {
      const problems = problemsOf({ [name]: value });
      assert.equal(problems.length, 1, problems.join('; '));
      assert.match(problems[0], new RegExp(`^${name}\\b`));
    });
  }

  it('reports several problems at once', () => {
    const problems = problemsOf({
      PORT: 'abc',
      DATABASE_URL: 'mysql://db',
      SESSION_SECRET: 'short',
      LOG_LEVEL: 'loud',
      SEED_DEMO: 'maybe',
      LOGIN_MAX_FAILURES: '0',
      CORS_ORIGINS: 'https://ok.example.org,bad',
    });
    const named = ['PORT', 'DATABASE_URL', 'SESSION_SECRET', 'LOG_LEVEL', 'SEED_DEMO', 'LOGIN_MAX_FAILURES', 'CORS_ORIGINS'];
    assert.equal(problems.length, named.length, problems.join('; '));
    for (const name of named) assert.ok(problems.some((p) => p.startsWith(name)), `${name} not reported in: ${problems.join('; ')}`);
  });

  it('never echoes the session secret in a problem', () => {
    const problems = problemsOf({ SESSION_SECRET: 'hunter2-secret' });
    assert.ok(!problems.join(' ').includes('hunter2'));
  });

  it('reads signing and webhook settings, with defaults for push delivery', () => {
    const defaults = loadConfig({});
    assert.equal(defaults.signingKeySecret, undefined);
    assert.equal(defaults.signingKeyGraceSeconds, 7 * 86_400);
    assert.deepEqual(defaults.webhook, { timeoutMs: 10_000, retryBaseMs: 30_000, retryMaxMs: 3_600_000, pauseAfterFailures: 10, batchSize: 500, concurrency: 64, receiverConcurrency: 8, logRetentionDays: 30, allowHttpLocalhost: false });
    const set = loadConfig({ SIGNING_KEY_SECRET: 'k'.repeat(32), WEBHOOK_PAUSE_AFTER_FAILURES: '3', WEBHOOK_ALLOW_HTTP_LOCALHOST: 'true', WEBHOOK_LOG_RETENTION_DAYS: '7', WEBHOOK_RECEIVER_CONCURRENCY: '2' });
    assert.equal(set.webhook.pauseAfterFailures, 3);
    assert.equal(set.webhook.receiverConcurrency, 2);
    assert.equal(set.webhook.logRetentionDays, 7);
    assert.equal(set.webhook.allowHttpLocalhost, true);
    const problems = problemsOf({ SIGNING_KEY_SECRET: 'short-secret', WEBHOOK_TIMEOUT_MS: '5', WEBHOOK_BATCH_SIZE: '0', WEBHOOK_LOG_RETENTION_DAYS: '0', WEBHOOK_RECEIVER_CONCURRENCY: '0' });
    assert.equal(problems.length, 5, problems.join('; '));
    assert.ok(!problems.join(' ').includes('short-secret'));
  });
});
