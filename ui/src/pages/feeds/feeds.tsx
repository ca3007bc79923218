import { useMemo, useState } from 'react';
import type { FeedStats, FeedStatsResponse } from '../../api/types';
import { formatDateTime } from '../../app/format';
import { Layout } from '../../app/layout';
import { Link } from '../../app/router';
import { useCan } from '../../app/session';
import { useApi } from '../../app/use-api';
import { ChartCard, stacked, sumCounts } from '../../components/chart-card';
import { CopyButton } from '../../components/form-bits';
import { Empty, ErrorNotice, Skeleton } from '../../components/status';

/** The feeds a member can read: what they hold (counted under the TLP rules), and how to connect. */
export function Feeds() {
  const { data, error, loading, reload } = useApi<FeedStatsResponse>('/stats/feeds');
  return (
    <Layout title="Feeds">
      {error !== undefined && <ErrorNotice error={error} onRetry={reload} />}
      {loading && !data ? (
        <>
          <section className="panel"><Skeleton rows={4} label="Loading feeds" /></section>
          <section className="panel"><Skeleton rows={8} label="Loading statistics" /></section>
        </>
      ) : data ? (
        <FeedsContent stats={data} />
      ) : null}
    </Layout>
  );
}

function FeedsContent({ stats }: { stats: FeedStatsResponse }) {
  const [selected, setSelected] = useState(stats.collections[0]?.id ?? '');
  const feed = stats.collections.find((c) => c.id === selected) ?? stats.collections[0];
  return (
    <>
      <ConnectPanel stats={stats} />
      {stats.collections.length === 0 ? (
        <Empty>There are no feeds you can read yet. Coordinators define them.</Empty>
      ) : (
        <>
          <FeedTable stats={stats} />
          <div className="filters">
            <div className="field">
              <label htmlFor="f-feed">Chart of</label>
              <select id="f-feed" value={feed.id} onChange={(e) => setSelected(e.target.value)}>
                {stats.collections.map((c) => (
                  <option key={c.id} value={c.id}>{c.title}</option>
                ))}
              </select>
            </div>
          </div>
          <FeedChart feed={feed} days={stats.days} />
        </>
      )}
    </>
  );
}

function ConnectPanel({ stats }: { stats: FeedStatsResponse }) {
  const member = useCan('member', 'submitter');
  return (
    <section className="panel" aria-labelledby="connect-h">
      <h2 id="connect-h">Connect a TAXII 2.1 client</h2>
      <dl className="summary">
        <div>
          <dt>Discovery</dt>
          <dd className="url-row"><code>{stats.discoveryUrl}</code> <CopyButton value={stats.discoveryUrl} label="Copy" context="the discovery URL" /></dd>
        </div>
        <div>
          <dt>API root</dt>
          <dd className="url-row"><code>{stats.apiRootUrl}</code> <CopyButton value={stats.apiRootUrl} label="Copy" context="the API root URL" /></dd>
        </div>
      </dl>
      <p>
        Authenticate with <strong>HTTP Basic</strong> using an API key with the <em>read</em> scope: the user name is the key id
        (<code>ssk_…</code>, the part before the second underscore), the password is the rest of the key. Clients that send
        headers can use the whole key as <code>Authorization: Bearer ssk_…</code> instead.
        {member && (
          <>
            {' '}Create a key under <Link to="/my-organization">My organization</Link>; it is shown once.
          </>
        )}
      </p>
      <pre className="code-block"><code>{`curl -u 'ssk_<key id>:<secret>' \\\n  -H 'Accept: application/taxii+json;version=2.1' \\\n  '${stats.collections[0]?.taxiiUrl ?? stats.apiRootUrl}objects/?added_after=2026-01-01T00:00:00Z'`}</code></pre>
    </section>
  );
}

function FeedTable({ stats }: { stats: FeedStatsResponse }) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">Feeds you can read, with what they hold for your organization</caption>
        <thead>
          <tr>
            <th scope="col">Feed</th>
            <th scope="col" className="num">Objects</th>
            <th scope="col" className="num">Added in {stats.days} days</th>
            <th scope="col">Newest</th>
            <th scope="col">TAXII collection URL</th>
          </tr>
        </thead>
        <tbody>
          {stats.collections.map((c) => (
            <tr key={c.id}>
              <td>
                <span className="cell-main">{c.title}{c.alias && <span className="muted"> ({c.alias})</span>}</span>
                {c.description && <span className="cell-sub">{c.description}</span>}
              </td>
              <td className="num">{c.total}</td>
              <td className="num">{sumCounts(c.perDay)}</td>
              <td>{c.newestDateAdded ? formatDateTime(c.newestDateAdded) : 'Nothing yet'}</td>
              <td>
                <div className="url-row">
                  <code className="url">{c.taxiiUrl}</code>
                  <CopyButton value={c.taxiiUrl} label="Copy" context={`the URL of ${c.title}`} />
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function FeedChart({ feed, days }: { feed: FeedStats; days: number }) {
  const config = useMemo(() => stacked(feed.perDay, undefined, (k) => k), [feed]);
  return (
    <ChartCard
      title={`Objects added per day by type: ${feed.title} (last ${days} days)`}
      config={config}
      empty={sumCounts(feed.perDay) === 0}
      table={feed.perDay}
      labelOf={(k) => k}
      className="panel"
    />
  );
}
