import type { DayCounts } from './dto/dashboard-stats.dto';

const DAY_MS = 86_400_000;

/** The last `days` UTC days up to `now`'s, oldest first, as `YYYY-MM-DD`. */
export function dayList(now: Date, days: number): string[] {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const since = today - (days - 1) * DAY_MS;
  return Array.from({ length: days }, (_, i) => new Date(since + i * DAY_MS).toISOString().slice(0, 10));
}

/** One entry per day of the period (zero days included), so charts get a continuous axis. */
export function perDay<R extends { day: string; n: number }>(days: string[], rows: R[], key: (r: R) => string): DayCounts[] {
  const byDay = new Map<string, Record<string, number>>(days.map((d) => [d, {}]));
  for (const row of rows) {
    const counts = byDay.get(row.day);
    if (counts) counts[key(row)] = (counts[key(row)] ?? 0) + row.n;
  }
  return days.map((day) => ({ day, counts: byDay.get(day)! }));
}
