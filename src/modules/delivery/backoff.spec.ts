import assert from 'node:assert/strict';
import { it } from 'node:test';
import { backoffMs } from './backoff';

it('backs off exponentially with equal jitter, capped', () => {
  assert.equal(backoffMs(1, 30_000, 3_600_000, () => 1), 30_000);
  assert.equal(backoffMs(1, 30_000, 3_600_000, () => 0), 15_000);
  assert.equal(backoffMs(4, 30_000, 3_600_000, () => 1), 240_000);
  assert.equal(backoffMs(9, 30_000, 3_600_000, () => 1), 3_600_000);
  assert.equal(backoffMs(60, 30_000, 3_600_000, () => 1), 3_600_000);
});
