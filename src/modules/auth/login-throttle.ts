import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/config.schema';
import { AppError } from '../../common/problem/app-error';

/** Expired windows are deleted once every this many recorded failures (per process). */
const PRUNE_EVERY = 100;

/**
 * Counts failed sign-ins per email and per client address in a fixed window; past the limit,
 * sign-ins are refused with 429 until the window ends. The counts live in PostgreSQL, so every
 * process and instance sharing the database counts together (an attacker gains nothing from
 * being spread over them), and the database clock decides when a window ends. Keys are stored
 * as SHA-256 digests: the table holds no email or address.
 */
@Injectable()
export class LoginThrottle {
  private readonly windowSeconds: number;
  private readonly maxFailures: number;
  private failuresSincePrune = 0;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.windowSeconds = config.loginWindowSeconds;
    this.maxFailures = config.loginMaxFailures;
  }

  async assertAllowed(keys: string[]): Promise<void> {
    const [blocked] = (await this.dataSource.query(
      `SELECT ceil(extract(epoch FROM started_at + make_interval(secs => $2) - now()))::int AS retry_after
         FROM login_failures
        WHERE key = ANY($1::text[]) AND failures >= $3 AND started_at > now() - make_interval(secs => $2)
        ORDER BY retry_after DESC LIMIT 1`,
      [keys.map(digest), this.windowSeconds, this.maxFailures],
    )) as { retry_after: number }[];
    if (!blocked) return;
    const retryAfter = Math.max(1, blocked.retry_after);
    throw new AppError('TOO_MANY_ATTEMPTS', `too many failed sign-ins; try again in ${retryAfter} seconds`, {
      headers: { 'Retry-After': String(retryAfter) },
    });
  }

  /** One more failure for each key; a key whose window has ended starts a new one. */
  async recordFailure(keys: string[]): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO login_failures (key, failures, started_at) SELECT k, 1, now() FROM unnest($1::text[]) AS k
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN login_failures.started_at <= now() - make_interval(secs => $2) THEN 1 ELSE login_failures.failures + 1 END,
         started_at = CASE WHEN login_failures.started_at <= now() - make_interval(secs => $2) THEN now() ELSE login_failures.started_at END`,
      [keys.map(digest), this.windowSeconds],
    );
    if (++this.failuresSincePrune >= PRUNE_EVERY) {
      this.failuresSincePrune = 0;
      await this.dataSource.query(`DELETE FROM login_failures WHERE started_at <= now() - make_interval(secs => $1)`, [this.windowSeconds]);
    }
  }

  async reset(key: string): Promise<void> {
    await this.dataSource.query('DELETE FROM login_failures WHERE key = $1', [digest(key)]);
  }
}

function digest(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}
