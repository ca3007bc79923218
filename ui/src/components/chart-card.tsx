import type { ChartConfiguration } from 'chart.js';
import { humanize } from '../app/format';
import { ChartCanvas, PALETTE } from './chart';
import { Empty } from './status';

export interface TableRow {
  day: string;
  counts: Record<string, number>;
}

/** A chart with the same numbers as a table beside it (collapsed), for screen readers and exact values. */
export function ChartCard({
  title,
  config,
  empty,
  table,
  firstColumn = 'Day',
  labelOf = humanize,
  className = 'panel dash-card',
}: {
  title: string;
  config: ChartConfiguration;
  empty: boolean;
  table: TableRow[];
  firstColumn?: string;
  labelOf?(key: string): string;
  className?: string;
}) {
  const keys = [...new Set(table.flatMap((r) => Object.keys(r.counts)))];
  return (
    <section className={className} aria-label={title}>
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
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{firstColumn}</th>
                {keys.map((k) => <th key={k} scope="col" className="num">{labelOf(k)}</th>)}
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

/** A stacked bar chart of per-day counts, one colour per key. */
export function stacked(rows: TableRow[], color: ((key: string) => string | undefined) | undefined, label: (key: string) => string): ChartConfiguration {
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

export function shortDay(day: string): string {
  return new Date(`${day}T00:00:00Z`).toLocaleDateString(undefined, { month: 'short', day: 'numeric', timeZone: 'UTC' });
}

export function sumCounts(rows: { counts: Record<string, number> }[]): number {
  return rows.reduce((total, r) => total + Object.values(r.counts).reduce((a, b) => a + b, 0), 0);
}
