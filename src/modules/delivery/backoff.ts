/** Delay before retry number `failures` (1-based): base·2^(failures−1), capped, with equal jitter. */
export function backoffMs(failures: number, baseMs: number, maxMs: number, random = Math.random): number {
  const full = Math.min(maxMs, baseMs * 2 ** Math.min(30, failures - 1));
  return Math.round(full / 2 + (full / 2) * random());
}
