import { useState } from 'react';
import { query } from '../../api/client';
import { SUBMISSION_STATES, type Page, type SubmissionSummary } from '../../api/types';
import { formatAge, formatDateTime, humanize } from '../../app/format';
import { Layout } from '../../app/layout';
import { Link } from '../../app/router';
import { useApi } from '../../app/use-api';
import { Empty, ErrorNotice, Skeleton, StateBadge, TlpBadge } from '../../components/status';

export function MySubmissions() {
  const [state, setState] = useState('');
  const { data, error, loading, reload } = useApi<Page<SubmissionSummary>>(`/submissions${query({ state, limit: 100 })}`);
  return (
    <Layout title="My submissions">
      <div className="filters">
        <div className="field">
          <label htmlFor="ms-state">State</label>
          <select id="ms-state" value={state} onChange={(e) => setState(e.target.value)}>
            <option value="">Any state</option>
            {SUBMISSION_STATES.map((s) => (
              <option key={s} value={s}>{humanize(s)}</option>
            ))}
          </select>
        </div>
      </div>
      {error !== undefined && <ErrorNotice error={error} onRetry={reload} />}
      {loading && !data ? (
        <Skeleton rows={6} />
      ) : !data || data.items.length === 0 ? (
        <Empty>No submissions yet. Submit STIX bundles with your organization's API key or the TAXII inbox.</Empty>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">Your organization's submissions</caption>
            <thead>
              <tr>
                <th scope="col">Submission</th>
                <th scope="col">TLP</th>
                <th scope="col">State</th>
                <th scope="col" className="num">Objects</th>
                <th scope="col">Received</th>
                <th scope="col">Published</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((s) => (
                <tr key={s.id}>
                  <td><Link to={`/my-submissions/${s.id}`} className="mono">{s.id.slice(0, 8)}</Link></td>
                  <td><TlpBadge tlp={s.tlp} /></td>
                  <td><StateBadge state={s.state} /></td>
                  <td className="num">{s.objectCount}</td>
                  <td><time dateTime={s.receivedAt} title={formatDateTime(s.receivedAt)}>{formatAge(s.receivedAt)}</time></td>
                  <td>{formatDateTime(s.publishedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Layout>
  );
}
