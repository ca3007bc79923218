import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { AppError } from '../../src/common/problem/app-error';
import { LoginThrottle } from '../../src/modules/auth/login-throttle';
import { createTestApp, type TestApp } from '../support/test-app';

const MAX = 3;
const WINDOW_SECONDS = 60;

describe('LoginThrottle (in the database)', () => {
  let t: TestApp;
  let th: LoginThrottle;
  before(async () => {
    t = await createTestApp({ env: { LOGIN_MAX_FAILURES: String(MAX), LOGIN_WINDOW_SECONDS: String(WINDOW_SECONDS) } });
    th = t.app.get(LoginThrottle);
  });
  after(() => t.close());
  beforeEach(() => t.dataSource.query('DELETE FROM login_failures'));

  /** Moves every window `seconds` into the past (the database clock decides). */
  const age = (seconds: number) => t.dataSource.query(`UPDATE login_failures SET started_at = started_at - make_interval(secs => $1)`, [seconds]);
  const fail = async (keys: string[], times: number) => {
    for (let i = 0; i < times; i++) await th.recordFailure(keys);
  };
  async function refusal(keys: string[]): Promise<AppError> {
    try {
      await th.assertAllowed(keys);
    } catch (error) {
      assert.ok(error instanceof AppError, 'expected an AppError');
      return error;
    }
    assert.fail(`expected ${keys.join(', ')} to be refused`);
  }

  it('allows attempts below the limit, and refuses at it with 429 and a Retry-After of the rest of the window', async () => {
    await fail(['email:a'], MAX - 1);
    await th.assertAllowed(['email:a']);
    await fail(['email:a'], 1);
    await age(1.5);
    const error = await refusal(['email:a']);
    assert.equal(error.code, 'TOO_MANY_ATTEMPTS');
    assert.equal(error.status, 429);
    assert.equal(error.options.headers?.['Retry-After'], String(WINDOW_SECONDS - 1));
    await age(WINDOW_SECONDS - 2.5);
    assert.equal((await refusal(['email:a'])).options.headers?.['Retry-After'], '1');
  });

  it('is a fixed window: later failures do not extend it, and a new count starts after it ends', async () => {
    await fail(['email:a'], 1);
    await age(30);
    await fail(['email:a'], MAX - 1);
    await refusal(['email:a']);
    await age(WINDOW_SECONDS - 30);
    await th.assertAllowed(['email:a']);
    await fail(['email:a'], 1);
    await th.assertAllowed(['email:a']);
    await fail(['email:a'], MAX - 1);
    assert.equal((await refusal(['email:a'])).options.headers?.['Retry-After'], String(WINDOW_SECONDS));
  });

  it('counts keys independently and refuses when any key is over; reset clears one key only', async () => {
    await fail(['email:a', 'ip:1'], MAX);
    await th.assertAllowed(['email:b', 'ip:2']);
    await refusal(['email:b', 'ip:1']);
    await refusal(['email:a', 'ip:2']);
    await th.reset('email:a');
    await th.assertAllowed(['email:a']);
    await refusal(['ip:1']);
  });

  it('stores digests, not emails or addresses, and deletes ended windows as it goes', async () => {
    await fail(['email:someone@example.org', 'ip:203.0.113.9'], 1);
    const rows = (await t.dataSource.query('SELECT key FROM login_failures')) as { key: string }[];
    assert.equal(rows.length, 2);
    for (const { key } of rows) assert.match(key, /^[0-9a-f]{64}$/);
    await age(WINDOW_SECONDS);
    // Ended windows go within the next hundred failures, whichever key they count.
    await fail(['email:other'], 100);
    const [{ n }] = (await t.dataSource.query('SELECT count(*)::int AS n FROM login_failures')) as { n: number }[];
    assert.equal(n, 1);
  });
});
