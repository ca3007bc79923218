import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/config.schema';
import { AppError } from '../../common/problem/app-error';

interface Window {
  failures: number;
  startedAt: number;
}

/**
 * Counts failed logins per email and per client address in a fixed window; past the limit,
 * logins are refused with 429 until the window ends. In-process: with several instances,
 * each one counts on its own (the limit is per instance).
 */
@Injectable()
export class LoginThrottle {
  private readonly windows = new Map<string, Window>();
  private readonly windowMs: number;
  private readonly maxFailures: number;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.windowMs = config.loginWindowSeconds * 1000;
    this.maxFailures = config.loginMaxFailures;
  }

  assertAllowed(keys: string[], now = Date.now()): void {
    for (const key of keys) {
      const window = this.current(key, now);
      if (window && window.failures >= this.maxFailures) {
        const retryAfter = Math.ceil((window.startedAt + this.windowMs - now) / 1000);
        throw new AppError('TOO_MANY_ATTEMPTS', `too many failed sign-ins; try again in ${retryAfter} seconds`, {
          headers: { 'Retry-After': String(retryAfter) },
        });
      }
    }
  }

  recordFailure(keys: string[], now = Date.now()): void {
    for (const key of keys) {
      const window = this.current(key, now) ?? { failures: 0, startedAt: now };
      window.failures += 1;
      this.windows.set(key, window);
    }
    if (this.windows.size > 100_000) this.prune(now);
  }

  reset(key: string): void {
    this.windows.delete(key);
  }

  private current(key: string, now: number): Window | undefined {
    const window = this.windows.get(key);
    if (window && now - window.startedAt >= this.windowMs) {
      this.windows.delete(key);
      return undefined;
    }
    return window;
  }

  private prune(now: number): void {
    for (const [key, window] of this.windows) if (now - window.startedAt >= this.windowMs) this.windows.delete(key);
  }
}
