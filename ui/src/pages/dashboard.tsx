import { useMemo, useState } from 'react';
import type { ChartConfiguration } from 'chart.js';
import { humanize } from '../app/format';
import { Layout } from '../app/layout';
import { Link } from '../app/router';
import { useApi } from '../app/use-api';
import { ChartCanvas, PALETTE } from '../components/chart';
import { Empty, ErrorNotice, Skeleton } from '../components/status';

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

function ChartCard({ title, config, empty, table, firstColumn = 'Day' }: { title: string; config: ChartConfiguration; empty: boolean; table: { day: string; counts: Record<string, number> }[]; firstColumn?: string }) {
  const keys = [...new Set(table.flatMap((r) => Object.keys(r.counts)))];
  return (
    <section className="panel dash-card" aria-label={title}>
      <h2>{title}</h2>
      {empty ? (
        <div className="chart-box chart-empty" style={{ height: 260 }}>
          <Empty>No data in this period.</Empty>
        </div>
      ) : (
        <ChartCanvas config={config} label={`${title}; the same data is in the table below`} />
      )}
      <details>
        <summary>Show as a table</summary>
        <div className="table-wrap">
          <table className="table table-compact">
            <thead>
              <tr>
                <th scope="col">{firstColumn}</th>
                {keys.map((k) => <th key={k} scope="col" className="num">{humanize(k)}</th>)}
              </tr>
            </thead>
            <tbody>
              {table.filter((r) => keys.some((k) => r.counts[k])).map((r) => (
                <tr key={r.day}>
                  <th scope="row">{r.day}</th>
                  {keys.map((k) => <td key={k} className="num">{r.counts[k] ?? 0}</td>)}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}

function stacked(rows: { day: string; counts: Record<string, number> }[], color: ((key: string) => string | undefined) | undefined, label: (key: string) => string): ChartConfiguration {
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r.counts)))];
  return {
    type: 'bar',
    data: {
      labels: rows.map((r) => shortDay(r.day)),
      datasets: keys.map((key, i) => ({ label: label(key), data: rows.map((r) => r.counts[key] ?? 0), backgroundColor: color?.(key) ?? PALETTE[i % PALETTE.length] })),
    },
    options: { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } }, plugins: { legend: { position: 'bottom' } } },
  };
}

/** Hours as people say them: "25 min", "3.5 h", "2.1 days". */
function duration(hours: number | null): string {
  if (hours === null) return '—';
  if (hours < 1) return `${Math.max(1, Math.round(hours * 60))} min`;
  if (hours < 48) return `${hours.toFixed(1)} h`;
  return `${(hours / 24).toFixed(1)} days`;
}

function sum(rows: { counts: Record<string, number> }[]): number {
  return rows.reduce((total, r) => total + Object.values(r.counts).reduce((a, b) => a + b, 0), 0);
}

function shortDay(day: string): string {
  return new Date(`${day}T00:00:00Z`).toLocaleDateString(undefined, { month: 'short', day: 'numeric', timeZone: 'UTC' });
}
