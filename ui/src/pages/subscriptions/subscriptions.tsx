import { useState } from 'react';
import type { FeedStatsResponse, Subscription } from '../../api/types';
import { formatDateTime } from '../../app/format';
import { Layout } from '../../app/layout';
import { Link } from '../../app/router';
import { useCan } from '../../app/session';
import { useApi } from '../../app/use-api';
import { FormResult } from '../../components/form-bits';
import { Empty, ErrorNotice, Skeleton } from '../../components/status';
import { SubscriptionForm } from './subscription-form';
import { SubscriptionStatus } from './subscription-status';

/** Members: their organization's subscriptions. Coordinators: everyone's, read-only. */
export function Subscriptions() {
  const { data, error, loading, reload } = useApi<Subscription[]>('/subscriptions');
  const feeds = useApi<FeedStatsResponse>('/stats/feeds');
  const canCreate = useCan('member');
  const [creating, setCreating] = useState(false);
  const [result, setResult] = useState<{ ok?: string; error?: string }>({});
  const titleOf = (id: string) => feeds.data?.collections.find((c) => c.id === id)?.title ?? 'a feed you cannot read';

  return (
    <Layout
      title="Subscriptions"
      actions={
        canCreate && !creating ? (
          <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
            New subscription
          </button>
        ) : undefined
      }
    >
      <p className="muted">What your organization receives from the exchange, and how: polled over TAXII, or pushed to a webhook as signed batches.</p>
      <FormResult ok={result.ok} error={result.error} />
      {creating && (
        <SubscriptionForm
          feeds={feeds.data?.collections ?? []}
          onDone={(saved) => {
            setCreating(false);
            setResult({ ok: `Created “${saved.name}”.` });
            reload();
          }}
          onCancel={() => setCreating(false)}
        />
      )}
      {error !== undefined && <ErrorNotice error={error} onRetry={reload} />}
      {loading && !data ? (
        <Skeleton rows={4} />
      ) : error !== undefined && !data ? null : !data || data.length === 0 ? (
        <Empty>No subscriptions yet.{canCreate ? ' Create one to receive indicators by webhook, or to record what your TAXII client polls.' : ''}</Empty>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">Subscriptions</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Collections</th>
                <th scope="col">Delivery</th>
                <th scope="col">Status</th>
                <th scope="col">Last delivered</th>
              </tr>
            </thead>
            <tbody>
              {data.map((s) => (
                <tr key={s.id}>
                  <td><Link to={`/subscriptions/${s.id}`}>{s.name}</Link></td>
                  <td>{s.collectionIds.length === 0 ? 'Everything you may see' : s.collectionIds.map(titleOf).join(', ')}</td>
                  <td>
                    {s.mode === 'poll' ? 'Poll' : (
                      <>
                        <span className="cell-main">Webhook</span>
                        <span className="cell-sub truncate mono" title={s.webhookUrl ?? undefined}>{s.webhookUrl}</span>
                      </>
                    )}
                  </td>
                  <td><SubscriptionStatus subscription={s} /></td>
                  <td>{s.mode === 'webhook' ? formatDateTime(s.lastDeliveredAt) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Layout>
  );
}
