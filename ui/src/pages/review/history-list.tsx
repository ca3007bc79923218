import type { HistoryEntry } from '../../api/types';
import { formatDateTime, humanize } from '../../app/format';
import { Empty } from '../../components/status';

export function HistoryList({ history }: { history: HistoryEntry[] }) {
  if (history.length === 0) return <Empty>No history yet.</Empty>;
  return (
    <ol className="timeline">
      {history.map((h, i) => (
        <li key={i}>
          <time dateTime={h.at}>{formatDateTime(h.at)}</time>
          <span>
            <strong>{humanize(h.action)}</strong> by {h.actor}
            {h.fromState ? ` — ${humanize(h.fromState)} → ${humanize(h.toState)}` : ` — ${humanize(h.toState)}`}
          </span>
          {h.message && <q className="block">{h.message}</q>}
        </li>
      ))}
    </ol>
  );
}
