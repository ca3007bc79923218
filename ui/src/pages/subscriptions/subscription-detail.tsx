import { useEffect, useState } from 'react';
import { api, query } from '../../api/client';
import { deliveryErrorInWords } from '../../api/delivery-words';
import { plainWords } from '../../api/plain-words';
import type { FeedStatsResponse, Subscription, WebhookDelivery } from '../../api/types';
import { formatDateTime } from '../../app/format';
import { Layout } from '../../app/layout';
import { Link, navigate } from '../../app/router';
import { useCan, useSession } from '../../app/session';
import { useApi } from '../../app/use-api';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { FormResult } from '../../components/form-bits';
import { Empty, ErrorNotice, Skeleton } from '../../components/status';
import { SubscriptionForm } from './subscription-form';
import { pausedWhy, SubscriptionStatus } from './subscription-status';

const PAGE = 50;

export function SubscriptionDetail({ id }: { id: string }) {
  const { me } = useSession();
  const { data, error, reload } = useApi<Subscription>(`/subscriptions/${id}`);
  const feeds = useApi<FeedStatsResponse>('/stats/feeds');
  const isMember = useCan('member');
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok?: string; error?: string }>({});
  const back = <Link to="/subscriptions">← Subscriptions</Link>;

  if (!data) {
    return (
      <Layout title="Subscription" actions={back}>
        {error !== undefined ? <ErrorNotice error={error} onRetry={reload} /> : <Skeleton rows={8} />}
      </Layout>
    );
  }
  // Only the owning organization changes a subscription; coordinators read it.
  const canEdit = isMember && data.organizationId === me?.organizationId;
  const titleOf = (cid: string) => feeds.data?.collections.find((c) => c.id === cid)?.title ?? 'a feed you cannot read';

  const act = async (action: 'pause' | 'resume') => {
    setBusy(true);
    try {
      await api.post(`/subscriptions/${id}/${action}`);
      setResult({ ok: action === 'pause' ? 'Paused. Nothing is delivered until you resume.' : 'Resumed. Delivery continues from where it stopped.' });
      reload();
    } catch (err) {
      setResult({ error: plainWords(err) });
    } finally {
      setBusy(false);
    }
  };
  const remove = async () => {
    setBusy(true);
    try {
      await api.delete(`/subscriptions/${id}`);
      navigate('/subscriptions');
    } catch (err) {
      setResult({ error: plainWords(err) });
      setDeleting(false);
      setBusy(false);
    }
  };

  return (
    <Layout title={data.name} actions={back}>
      <FormResult ok={result.ok} error={result.error} />
      {data.status === 'paused' && (
        <div className="notice notice-warn" role="status">
          <p><strong>Deliveries are paused.</strong> {pausedWhy(data)}</p>
          {data.lastError && <p>Last error: {deliveryErrorInWords(data.lastError, null)}</p>}
          <p className="muted">Paused {formatDateTime(data.pausedAt)}. Resuming continues from where delivery stopped; nothing published meanwhile is skipped.</p>
        </div>
      )}
      {editing ? (
        <SubscriptionForm
          subscription={data}
          feeds={feeds.data?.collections ?? []}
          onDone={(saved) => {
            setEditing(false);
            setResult({ ok: `Saved “${saved.name}”.` });
            reload();
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <section className="panel" aria-labelledby="sub-h">
          <h2 id="sub-h">What and how</h2>
          <dl className="summary">
            <div><dt>Status</dt><dd><SubscriptionStatus subscription={data} /></dd></div>
            <div><dt>Collections</dt><dd>{data.collectionIds.length === 0 ? 'Everything your organization may see' : data.collectionIds.map(titleOf).join(', ')}</dd></div>
            <div><dt>Object types</dt><dd>{data.types.join(', ') || 'Any'}</dd></div>
            <div><dt>Sectors</dt><dd>{data.sectors.join(', ') || 'Any'}</dd></div>
            <div><dt>Labels</dt><dd>{data.labels.join(', ') || 'Any'}</dd></div>
            <div><dt>Minimum confidence</dt><dd>{data.minConfidence ?? 'None'}</dd></div>
            <div><dt>Delivery</dt><dd>{data.mode === 'poll' ? 'Poll (your client reads the feeds)' : <>Webhook to <span className="mono">{data.webhookUrl}</span>{data.hasWebhookSecret ? ', with an HMAC header' : ''}</>}</dd></div>
            {data.mode === 'webhook' && <div><dt>Last delivered</dt><dd>{formatDateTime(data.lastDeliveredAt)}</dd></div>}
            {data.nextAttemptAt && <div><dt>Next attempt</dt><dd>{formatDateTime(data.nextAttemptAt)}</dd></div>}
          </dl>
          {canEdit && (
            <div className="action-buttons section-actions">
              <button type="button" className="button" onClick={() => setEditing(true)}>Edit</button>
              {data.status === 'paused' ? (
                <button type="button" className="button button-primary" disabled={busy} onClick={() => void act('resume')}>Resume deliveries</button>
              ) : (
                <button type="button" className="button" disabled={busy} onClick={() => void act('pause')}>Pause deliveries</button>
              )}
              <button type="button" className="button button-danger" onClick={() => setDeleting(true)}>Delete…</button>
            </div>
          )}
        </section>
      )}
      {data.mode === 'webhook' ? (
        <DeliveryLog id={id} refreshKey={data.updatedAt} />
      ) : (
        <section className="panel" aria-labelledby="log-h">
          <h2 id="log-h">Delivery log</h2>
          <Empty>Poll subscriptions have no deliveries: your client reads the feeds. See <Link to="/feeds">Feeds</Link> for the TAXII URLs.</Empty>
        </section>
      )}
      <ConfirmDialog open={deleting} title="Delete this subscription?" confirmLabel="Delete subscription" danger busy={busy} onCancel={() => setDeleting(false)} onConfirm={() => void remove()}>
        <p>“{data.name}” and its delivery log are deleted. Nothing more is delivered to it.</p>
      </ConfirmDialog>
    </Layout>
  );
}

/** Webhook attempts, newest first, 50 at a time ("Show older" pages back by attempt time). */
function DeliveryLog({ id, refreshKey }: { id: string; refreshKey: string }) {
  // Pages by the last row's id: the API's keyset is microsecond-exact, the timestamps shown are not.
  const [beforeId, setBeforeId] = useState<string>();
  const page = useApi<WebhookDelivery[]>(`/subscriptions/${id}/deliveries${query({ limit: PAGE, beforeId })}`);
  const [rows, setRows] = useState<WebhookDelivery[]>([]);
  useEffect(() => {
    if (!page.data) return;
    const fresh = page.data;
    setRows((current) => (beforeId ? [...current.filter((r) => !fresh.some((f) => f.id === r.id)), ...fresh] : fresh));
  }, [page.data, beforeId]);
  useEffect(() => setBeforeId(undefined), [refreshKey]);
  const reload = () => (beforeId ? setBeforeId(undefined) : page.reload());
  return (
    <section className="panel" aria-labelledby="log-h">
      <div className="section-head">
        <h2 id="log-h">Delivery log</h2>
        <button type="button" className="button" onClick={reload} disabled={page.loading}>Refresh</button>
      </div>
      {page.error !== undefined && <ErrorNotice error={page.error} onRetry={page.reload} />}
      {page.loading && rows.length === 0 ? (
        <Skeleton rows={4} label="Loading deliveries" />
      ) : rows.length === 0 ? (
        <Empty>No delivery attempts yet. A batch is sent when something matching this subscription is published.</Empty>
      ) : (
        <div className="table-wrap">
          <table className="table delivery-table">
            <caption className="visually-hidden">Webhook delivery attempts, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Attempted</th>
                <th scope="col">Outcome</th>
                <th scope="col">What happened</th>
                <th scope="col" className="num">Attempt</th>
                <th scope="col" className="num">Objects</th>
                <th scope="col" className="num">Took</th>
                <th scope="col">Batch</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((d) => (
                <tr key={d.id}>
                  <td>{formatDateTime(d.attemptedAt)}</td>
                  <td>{d.outcome === 'delivered' ? <span className="state state-published">Delivered</span> : <span className="state state-rejected">Failed</span>}</td>
                  <td>{deliveryErrorInWords(d.error, d.statusCode)}</td>
                  <td className="num">{d.attempt}</td>
                  <td className="num">{d.objectCount}</td>
                  <td className="num">{d.durationMs} ms</td>
                  <td className="mono" title={d.batchId}>{d.batchId.slice(0, 8)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {page.data && page.data.length === PAGE && (
        <button type="button" className="button" onClick={() => setBeforeId(rows[rows.length - 1].id)} disabled={page.loading}>
          Show older attempts
        </button>
      )}
    </section>
  );
}
