import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import type { DashboardQuery, DashboardStatsResponse } from './dto/dashboard-stats.dto';
import { dayList as lastDays, perDay } from './per-day';
const TOP_SECTORS = 8;

/**
 * Read-only aggregates for the coordinators' dashboard. Every number is computed in SQL over
 * the exchange's own tables; nothing is cached or stored.
 */
@Injectable()
export class StatsService {
  constructor(private readonly dataSource: DataSource) {}

  async dashboard(_who: Principal, query: DashboardQuery, now: Date = new Date()): Promise<DashboardStatsResponse> {
    const days = query.days ?? 30;
    const dayList = lastDays(now, days);
    const since = new Date(`${dayList[0]}T00:00:00Z`);

    const [submissions, published, publishedPerDay, indicators, sectors, pending] = await Promise.all([
      this.dataSource.query(
        `SELECT to_char(received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, state, count(*)::int AS n
           FROM submissions WHERE received_at >= $1 GROUP BY 1, 2`,
        [since],
      ),
      this.dataSource.query(
        `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY h) AS median, percentile_cont(0.9) WITHIN GROUP (ORDER BY h) AS p90, count(*)::int AS n
           FROM (SELECT extract(epoch FROM published_at - received_at) / 3600 AS h FROM submissions WHERE published_at >= $1) t`,
        [since],
      ),
      this.dataSource.query(
        `SELECT to_char(published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day,
                percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM published_at - received_at) / 3600) AS median, count(*)::int AS n
           FROM submissions WHERE published_at >= $1 GROUP BY 1`,
        [since],
      ),
      // The first observable type in the pattern (`[ipv4-addr:value = …]` → ipv4-addr); each
      // indicator counted once, on the day its first version was added.
      this.dataSource.query(
        `SELECT day, kind, count(*)::int AS n FROM (
           SELECT DISTINCT ON (stix_id) to_char(date_added AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day,
                  coalesce(substring(object->>'pattern' FROM '\\[\\s*\\(?\\s*([a-z0-9-]+):'), object->>'pattern_type', 'other') AS kind
             FROM published_objects WHERE stix_type = 'indicator' AND date_added >= $1 AND NOT revoked
            ORDER BY stix_id, date_added) first_versions
         GROUP BY 1, 2`,
        [since],
      ),
      this.dataSource.query(
        `SELECT sector, count(*)::int AS n FROM submissions s JOIN organizations o ON o.id = s.organization_id, unnest(o.sectors) AS sector
          WHERE s.received_at >= $1 GROUP BY sector ORDER BY n DESC, sector LIMIT ${TOP_SECTORS}`,
        [since],
      ),
      this.dataSource.query(`SELECT count(*)::int AS n FROM submissions WHERE state = 'pending_review'`),
    ]);

    const medians = new Map<string, { median: number; n: number }>(
      (publishedPerDay as { day: string; median: number; n: number }[]).map((r) => [r.day, { median: Number(r.median), n: r.n }]),
    );
    return {
      from: dayList[0],
      to: dayList[dayList.length - 1],
      days,
      submissionsPerDay: perDay(dayList, submissions as { day: string; state: string; n: number }[], (r) => r.state),
      timeToPublication: {
        medianHours: roundOrNull(published[0]?.median),
        p90Hours: roundOrNull(published[0]?.p90),
        count: published[0]?.n ?? 0,
        perDay: dayList.map((day) => ({ day, medianHours: roundOrNull(medians.get(day)?.median), count: medians.get(day)?.n ?? 0 })),
      },
      indicatorsPerDay: perDay(dayList, indicators as { day: string; kind: string; n: number }[], (r) => r.kind),
      topSectors: (sectors as { sector: string; n: number }[]).map((r) => ({ sector: r.sector, submissions: r.n })),
      pendingReview: pending[0].n,
    };
  }
}

function roundOrNull(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  return Math.round(Number(value) * 100) / 100;
}
