import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AppError } from '../../common/problem/app-error';
import type { AppConfig } from '../../config/config.schema';
import { LoginThrottle } from './login-throttle';

const WINDOW_SECONDS = 60;
const MAX = 3;
const T0 = 1_700_000_000_000;

function throttle(): LoginThrottle {
  return new LoginThrottle({ loginWindowSeconds: WINDOW_SECONDS, loginMaxFailures: MAX } as AppConfig);
}

function refusal(fn: () => void): AppError {
  try {
    fn();
  } catch (error) {
    assert.ok(error instanceof AppError, 'expected an AppError');
    return error;
  }
  assert.fail('expected the attempt to be refused');
}

describe('LoginThrottle', () => {
  it('allows attempts below the limit', () => {
    const th = throttle();
    for (let i = 0; i < MAX - 1; i++) th.recordFailure(['email:a'], T0 + i);
    assert.doesNotThrow(() => th.assertAllowed(['email:a'], T0 + 10));
  });

  it('refuses at the limit with 429 TOO_MANY_ATTEMPTS and a Retry-After of the rest of the window', () => {
    const th = throttle();
    for (let i = 0; i < MAX; i++) th.recordFailure(['email:a'], T0);
    const error = refusal(() => th.assertAllowed(['email:a'], T0 + 1_500));
    assert.equal(error.code, 'TOO_MANY_ATTEMPTS');
    assert.equal(error.status, 429);
    assert.equal(error.options.headers?.['Retry-After'], String(WINDOW_SECONDS - 1)); // ceil(58.5)
    const late = refusal(() => th.assertAllowed(['email:a'], T0 + WINDOW_SECONDS * 1000 - 1));
    assert.equal(late.options.headers?.['Retry-After'], '1');
  });

  it('is a fixed window: later failures do not extend it, and it ends on time', () => {
    const th = throttle();
    th.recordFailure(['email:a'], T0);
    th.recordFailure(['email:a'], T0 + 30_000);
    th.recordFailure(['email:a'], T0 + 59_000);
    assert.throws(() => th.assertAllowed(['email:a'], T0 + 59_999));
    assert.doesNotThrow(() => th.assertAllowed(['email:a'], T0 + WINDOW_SECONDS * 1000));
  });

  it('starts a new count after the window ends', () => {
    const th = throttle();
    for (let i = 0; i < MAX; i++) th.recordFailure(['email:a'], T0);
    const next = T0 + WINDOW_SECONDS * 1000;
    th.recordFailure(['email:a'], next);
    assert.doesNotThrow(() => th.assertAllowed(['email:a'], next + 1));
    th.recordFailure(['email:a'], next + 2);
    th.recordFailure(['email:a'], next + 3);
    const error = refusal(() => th.assertAllowed(['email:a'], next + 4));
    assert.equal(error.options.headers?.['Retry-After'], String(WINDOW_SECONDS));
  });

  it('counts keys independently, and refuses when any key is over', () => {
    const th = throttle();
    for (let i = 0; i < MAX; i++) th.recordFailure(['email:a', 'ip:1'], T0);
    assert.doesNotThrow(() => th.assertAllowed(['email:b', 'ip:2'], T0 + 1));
    assert.equal(refusal(() => th.assertAllowed(['email:b', 'ip:1'], T0 + 1)).code, 'TOO_MANY_ATTEMPTS');
    assert.equal(refusal(() => th.assertAllowed(['email:a', 'ip:2'], T0 + 1)).code, 'TOO_MANY_ATTEMPTS');
  });

  it('reset clears one key only', () => {
    const th = throttle();
    for (let i = 0; i < MAX; i++) th.recordFailure(['email:a', 'ip:1'], T0);
    th.reset('email:a');
    assert.doesNotThrow(() => th.assertAllowed(['email:a'], T0 + 1));
    assert.throws(() => th.assertAllowed(['ip:1'], T0 + 1));
  });
});
