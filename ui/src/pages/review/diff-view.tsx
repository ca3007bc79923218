import type { DiffEntry, ModerationDetail, StixObject } from '../../api/types';
import { formatDateTime } from '../../app/format';
import { Empty } from '../../components/status';
import { indexById, objectName } from './stix-names';

/** What the anonymizer (and coordinators' redactions) changed: raw on the left, published on the right. */
export function DiffView({ detail }: { detail: ModerationDetail }) {
  if (detail.rawPurgedAt) {
    return (
      <Empty>
        The raw submission was purged on {formatDateTime(detail.rawPurgedAt)} under the policy's retention rule, so the
        before/after comparison is no longer available. The anonymized bundle and the audit trail remain.
      </Empty>
    );
  }
  if (detail.diff.length === 0) return <Empty>The anonymizer changed nothing in this submission.</Empty>;
  const raw = indexById(detail.rawBundle);
  const published = indexById(detail.anonymizedBundle);
  const counts = { changed: 0, removed: 0, added: 0 };
  for (const entry of detail.diff) counts[entry.kind]++;
  return (
    <div>
      <p className="muted">
        {counts.changed} changed, {counts.removed} removed, {counts.added} added.
      </p>
      <div className="table-wrap">
        <table className="table diff-table">
          <caption className="visually-hidden">Differences between the raw submission and what members receive</caption>
          <thead>
            <tr>
              <th scope="col">Object and property</th>
              <th scope="col">Submitted (raw)</th>
              <th scope="col">Published (anonymized)</th>
            </tr>
          </thead>
          <tbody>
            {detail.diff.map((entry, i) => (
              <tr key={i} className={`diff-${entry.kind}`}>
                <th scope="row">
                  <span className={`diff-kind diff-kind-${entry.kind}`}>{entry.kind}</span>
                  <span className="cell-main">{objectLabel(entry, raw, published)}</span>
                  <span className="cell-sub mono">{entry.path || '(whole object)'}</span>
                </th>
                <td className="diff-before">
                  {entry.kind === 'added' ? (
                    <span className="muted">—</span>
                  ) : entry.path === '' ? (
                    <ObjectSummary object={(entry.before as StixObject | undefined) ?? (entry.rawObjectId ? raw.get(entry.rawObjectId) : undefined)} />
                  ) : (
                    <Value value={entry.before} other={entry.after} side="before" />
                  )}
                </td>
                <td className="diff-after">
                  {entry.kind === 'removed' ? (
                    <span className="muted">Not published</span>
                  ) : entry.path === '' ? (
                    <ObjectSummary object={(entry.after as StixObject | undefined) ?? (entry.objectId ? published.get(entry.objectId) : undefined)} />
                  ) : (
                    <Value value={entry.after} other={entry.before} side="after" />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function objectLabel(entry: DiffEntry, raw: ReturnType<typeof indexById>, published: ReturnType<typeof indexById>): string {
  const object = (entry.objectId && published.get(entry.objectId)) || (entry.rawObjectId && raw.get(entry.rawObjectId)) || undefined;
  const id = entry.objectId ?? entry.rawObjectId ?? '';
  return object ? `${object.type}: ${objectName(object)}` : objectName(undefined, id);
}

/** A whole object, readable: its name, the text that matters, and the JSON on demand. */
function ObjectSummary({ object }: { object: StixObject | undefined }) {
  if (!object) return <span className="muted">—</span>;
  const text = [object.pattern, object.description, object.value].find((v) => typeof v === 'string') as string | undefined;
  return (
    <div className="diff-object">
      <strong>{objectName(object)}</strong> <span className="muted">({object.type})</span>
      {text && <span className="block diff-text">{text}</span>}
      <details>
        <summary>JSON</summary>
        <pre className="json diff-json">{JSON.stringify(object, null, 2)}</pre>
      </details>
    </div>
  );
}

/** A value, with the part that differs from the other side marked for strings. */
function Value({ value, other, side }: { value: unknown; other: unknown; side: 'before' | 'after' }) {
  if (typeof value === 'string' && typeof other === 'string') {
    const [head, middle, tail] = splitDifference(value, other);
    const Mark = side === 'before' ? 'del' : 'ins';
    return (
      <span className="diff-text">
        {head}
        {middle && <Mark>{middle}</Mark>}
        {tail}
      </span>
    );
  }
  if (value === undefined) return <span className="muted">—</span>;
  return <pre className="json diff-json">{typeof value === 'string' ? value : JSON.stringify(value, null, 2)}</pre>;
}

/** Common prefix, differing middle, common suffix. */
function splitDifference(a: string, b: string): [string, string, string] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  return [a.slice(0, start), a.slice(start, a.length - end), a.slice(a.length - end)];
}
