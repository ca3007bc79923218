import { useMemo, useState } from 'react';
import type { ChartConfiguration } from 'chart.js';
import { humanize } from '../app/format';
import { Layout } from '../app/layout';
import { Link } from '../app/router';
import { useApi } from '../app/use-api';
import { PALETTE } from '../components/chart';
import { ChartCard, shortDay, stacked, sumCounts as sum } from '../components/chart-card';
import { ErrorNotice, Skeleton } from '../components/status';

export interface DashboardStats {
  from: string;
  to: string;
  days: number;
  submissionsPerDay: { day: string; counts: Record<string, number> }[];
  timeToPublication: { medianHours: number | null; p90Hours: number | null; count: number; perDay: { day: string; medianHours: number | null; count: number }[] };
  indicatorsPerDay: { day: string; counts: Record<string, number> }[];
  topSectors: { sector: string; submissions: number }[];
  pendingReview: number;
}

const STATE_COLORS: Record<string, string> = {
  pending_review: '#E69F00',
  changes_requested: '#CC79A7',
  approved: '#56B4E9',
  published: '#009E73',
  rejected: '#D55E00',
  invalid: '#999999',
  withdrawn: '#7f7f00',
  revoked: '#000000',
  received: '#0072B2',
};

export function Dashboard() {
  const [days, setDays] = useState(30);
  const { data, error, loading, reload } = useApi<DashboardStats>(`/stats/dashboard?days=${days}`);
  return (
    <Layout
      title="Dashboard"
      actions={
        <div className="field field-inline">
          <label htmlFor="d-days">Period</label>
          <select id="d-days" value={days} onChange={(e) => setDays(Number(e.target.value))}>
            <option value={7}>Last 7 days</option>
            <option value={30}>Last 30 days</option>
            <option value={90}>Last 90 days</option>
          </select>
        </div>
      }
    >
      {error !== undefined && <ErrorNotice error={error} onRetry={reload} />}
      {loading && !data ? <DashboardSkeleton /> : data ? <Charts stats={data} /> : null}
    </Layout>
  );
}

function DashboardSkeleton() {
  return (
    <div className="dash-grid">
      {[0, 1, 2, 3].map((i) => (
        <section key={i} className="panel dash-card">
          <Skeleton rows={6} label="Loading statistics" />
        </section>
      ))}
    </div>
  );
}

function Charts({ stats }: { stats: DashboardStats }) {
  const submissions = useMemo(() => stacked(stats.submissionsPerDay, (key) => STATE_COLORS[key], humanize), [stats]);
  const indicators = useMemo(() => stacked(stats.indicatorsPerDay, undefined, (k) => k), [stats]);
  const ttp = useMemo<ChartConfiguration>(
    () => ({
      type: 'line',
      data: {
        labels: stats.timeToPublication.perDay.map((d) => shortDay(d.day)),
        datasets: [{ label: 'Median hours to publication', data: stats.timeToPublication.perDay.map((d) => d.medianHours), borderColor: PALETTE[0], backgroundColor: PALETTE[0], spanGaps: true }],
      },
      options: { scales: { y: { beginAtZero: true, title: { display: true, text: 'hours' } } }, plugins: { legend: { display: false } } },
    }),
    [stats],
  );
  const sectors = useMemo<ChartConfiguration>(
    () => ({
      type: 'bar',
      data: {
        labels: stats.topSectors.map((s) => s.sector),
        datasets: [{ label: 'Submissions', data: stats.topSectors.map((s) => s.submissions), backgroundColor: PALETTE[2] }],
      },
      options: { indexAxis: 'y', plugins: { legend: { display: false } }, scales: { x: { beginAtZero: true, ticks: { precision: 0 } } } },
    }),
    [stats],
  );
  const t = stats.timeToPublication;
  return (
    <>
      <div className="kpis">
        <Link to="/queue" className="kpi">
          <span className="kpi-value">{stats.pendingReview}</span>
          <span className="kpi-label">waiting for review</span>
        </Link>
        <div className="kpi">
          <span className="kpi-value">{sum(stats.submissionsPerDay)}</span>
          <span className="kpi-label">submissions in {stats.days} days</span>
        </div>
        <div className="kpi">
          <span className="kpi-value">{duration(t.medianHours)}</span>
          <span className="kpi-label">median time to publication{t.p90Hours !== null ? ` (90th percentile ${duration(t.p90Hours)})` : ''}</span>
        </div>
        <div className="kpi">
          <span className="kpi-value">{sum(stats.indicatorsPerDay)}</span>
          <span className="kpi-label">indicators published</span>
        </div>
      </div>
      <div className="dash-grid">
        <ChartCard title="Submissions per day by state" empty={sum(stats.submissionsPerDay) === 0} config={submissions} table={stats.submissionsPerDay} />
        <ChartCard title="Time to publication (median per day)" empty={t.count === 0} config={ttp} table={t.perDay.map((d) => ({ day: d.day, counts: { 'median hours': d.medianHours ?? 0, published: d.count } }))} />
        <ChartCard title="Indicators published per day by observable type" empty={sum(stats.indicatorsPerDay) === 0} config={indicators} table={stats.indicatorsPerDay} />
        <ChartCard title="Top sectors (submissions)" empty={stats.topSectors.length === 0} config={sectors} table={stats.topSectors.map((s) => ({ day: s.sector, counts: { submissions: s.submissions } }))} firstColumn="Sector" />
      </div>
    </>
  );
}

/** Hours as people say them: "25 min", "3.5 h", "2.1 days". */
function duration(hours: number | null): string {
  if (hours === null) return '—';
  if (hours < 1) return `${Math.max(1, Math.round(hours * 60))} min`;
  if (hours < 48) return `${hours.toFixed(1)} h`;
  return `${(hours / 24).toFixed(1)} days`;
}
