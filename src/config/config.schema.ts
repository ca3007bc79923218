import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/** The validated configuration; nothing outside src/config reads process.env. */
export interface AppConfig {
  port: number;
  host: string;
  /** Base URL the service is reached at; used in printed links and TAXII discovery. */
  publicUrl: string;
  /** PostgreSQL server URL, or undefined for the embedded database in `dataDir`. */
  databaseUrl: string | undefined;
  /** Connections of each process's pool on a PostgreSQL server (the embedded database has one). */
  databasePoolSize: number;
  dataDir: string;
  /** Secret for session JWTs (HS256); generated into the data folder when not given. */
  sessionSecret: string | undefined;
  /** Master key of the anonymizer's keyed pseudonyms (ANONYMIZER_KEY); the data folder keeps one otherwise. */
  anonymizerKey: string | undefined;
  /** Worker threads for anonymization; undefined = one fewer than the cores (at least one). */
  anonymizerThreads: number | undefined;
  sessionTtlSeconds: number;
  bodyLimitBytes: number;
  requestTimeoutMs: number;
  /** Gzip GET answers for clients that ask (compress-reads.middleware.ts). */
  compressResponses: boolean;
  logLevel: LogLevel;
  corsOrigins: string[];
  seedDemo: boolean;
  /** Run background workers in this process (the CLI does not). */
  workers: boolean;
  /** Service processes sharing the port (PROCESSES; `auto` = one per core); above 1 only on a PostgreSQL server. */
  processes: number;
  loginMaxFailures: number;
  loginWindowSeconds: number;
  /** Secret the signing keys and webhook secrets are encrypted with at rest (SIGNING_KEY_SECRET); the data folder keeps one otherwise. */
  signingKeySecret: string | undefined;
  /** How long a rotated-out signing key stays in the JWKS for verification. */
  signingKeyGraceSeconds: number;
  webhook: WebhookConfig;
}

/** Push delivery settings (WEBHOOK_*). */
export interface WebhookConfig {
  /** Per-request timeout of a webhook POST. */
  timeoutMs: number;
  /** First retry delay; doubles per consecutive failure up to `retryMaxMs` (with jitter). */
  retryBaseMs: number;
  retryMaxMs: number;
  /** Consecutive failed attempts after which a subscription is paused. */
  pauseAfterFailures: number;
  /** Most objects in one delivery. */
  batchSize: number;
  /** Webhook requests in flight per instance (a fan-out sends to this many subscribers at once). */
  concurrency: number;
  /** Of those, most in flight to one receiver (the URL's scheme, host and port), so a slow receiver holds a few, not all. */
  receiverConcurrency: number;
  /** Delivery log rows older than this many days are deleted (daily, in bounded batches). */
  logRetentionDays: number;
  /** Accept http:// webhook URLs to localhost / 127.0.0.1 / ::1 (tests, local receivers). */
  allowHttpLocalhost: boolean;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('; '));
  }
}

type Env = Record<string, string | undefined>;

const LOG_LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** Parses and checks every variable, collecting all problems before failing. */
export function loadConfig(env: Env): AppConfig {
  const problems: string[] = [];

  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
      return fallback;
    }
    return value;
  };
  const bool = (name: string, fallback: boolean): boolean => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
    if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
    problems.push(`${name} must be true or false, got "${raw}"`);
    return fallback;
  };
  const url = (name: string, protocols: string[]): string | undefined => {
    const raw = env[name];
    if (raw === undefined || raw === '') return undefined;
    try {
      const parsed = new URL(raw);
      if (!protocols.includes(parsed.protocol)) throw new Error();
      return raw.replace(/\/+$/, '');
    } catch {
      problems.push(`${name} must be a ${protocols.join(' or ')} URL`);
      return undefined;
    }
  };

  const port = int('PORT', 3000, 0, 65535);
  const host = env.HOST || '127.0.0.1';
  const publicUrl = url('PUBLIC_URL', ['http:', 'https:']) ?? `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`;
  const databaseUrl = url('DATABASE_URL', ['postgres:', 'postgresql:']);

  const sessionSecret = env.SESSION_SECRET || undefined;
  if (sessionSecret !== undefined && sessionSecret.length < 32) {
    problems.push('SESSION_SECRET must be at least 32 characters');
  }

  const anonymizerKey = env.ANONYMIZER_KEY || undefined;
  if (anonymizerKey !== undefined && anonymizerKey.length < 32) {
    problems.push('ANONYMIZER_KEY must be at least 32 characters');
  }

  const signingKeySecret = env.SIGNING_KEY_SECRET || undefined;
  if (signingKeySecret !== undefined && signingKeySecret.length < 32) {
    problems.push('SIGNING_KEY_SECRET must be at least 32 characters');
  }

  const processes = env.PROCESSES === 'auto' ? availableParallelism() : int('PROCESSES', 1, 1, 64);
  if (processes > 1 && !databaseUrl) {
    problems.push('PROCESSES above 1 needs DATABASE_URL: the embedded database lives inside one process');
  }

  const logLevel = (env.LOG_LEVEL || 'info') as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);

  const corsOrigins = (env.CORS_ORIGINS || '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  for (const origin of corsOrigins) {
    if (!/^https?:\/\/[^/]+$/.test(origin)) problems.push(`CORS_ORIGINS entry "${origin}" must be an origin like https://ui.example.org`);
  }

  const config: AppConfig = {
    port,
    host,
    publicUrl,
    databaseUrl,
    databasePoolSize: int('DATABASE_POOL_SIZE', 10, 1, 200),
    dataDir: resolve(env.DATA_DIR || './data'),
    sessionSecret,
    anonymizerKey,
    anonymizerThreads: env.ANONYMIZER_THREADS ? int('ANONYMIZER_THREADS', 1, 0, 64) : undefined,
    sessionTtlSeconds: int('SESSION_TTL_SECONDS', 8 * 3600, 60, 7 * 24 * 3600),
    bodyLimitBytes: int('BODY_LIMIT_BYTES', 10 * 1024 * 1024, 1024, 512 * 1024 * 1024),
    requestTimeoutMs: int('REQUEST_TIMEOUT_MS', 30_000, 1_000, 600_000),
    compressResponses: bool('HTTP_COMPRESSION', true),
    logLevel,
    corsOrigins,
    seedDemo: bool('SEED_DEMO', true),
    workers: bool('WORKERS', true),
    processes,
    loginMaxFailures: int('LOGIN_MAX_FAILURES', 5, 1, 1000),
    loginWindowSeconds: int('LOGIN_WINDOW_SECONDS', 900, 1, 86_400),
    signingKeySecret,
    signingKeyGraceSeconds: int('SIGNING_KEY_GRACE_SECONDS', 7 * 86_400, 0, 365 * 86_400),
    webhook: {
      timeoutMs: int('WEBHOOK_TIMEOUT_MS', 10_000, 100, 120_000),
      retryBaseMs: int('WEBHOOK_RETRY_BASE_MS', 30_000, 50, 3_600_000),
      retryMaxMs: int('WEBHOOK_RETRY_MAX_MS', 3_600_000, 50, 86_400_000),
      pauseAfterFailures: int('WEBHOOK_PAUSE_AFTER_FAILURES', 10, 1, 1000),
      batchSize: int('WEBHOOK_BATCH_SIZE', 500, 1, 10_000),
      concurrency: int('WEBHOOK_CONCURRENCY', 64, 1, 1024),
      receiverConcurrency: int('WEBHOOK_RECEIVER_CONCURRENCY', 8, 1, 1024),
      logRetentionDays: int('WEBHOOK_LOG_RETENTION_DAYS', 30, 1, 3650),
      allowHttpLocalhost: bool('WEBHOOK_ALLOW_HTTP_LOCALHOST', false),
    },
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
