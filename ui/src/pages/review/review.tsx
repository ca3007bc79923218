import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { api } from '../../api/client';
import type { ModerationDetail, SharingGroup, User } from '../../api/types';
import { formatDateTime, humanize } from '../../app/format';
import { Layout } from '../../app/layout';
import { Link } from '../../app/router';
import { useSession } from '../../app/session';
import { useApi } from '../../app/use-api';
import { ErrorNotice, RiskScore, Skeleton, StateBadge, SuccessNotice, TlpBadge } from '../../components/status';
import { Tabs } from '../../components/tabs';
import { ActionsPanel, type Outcome } from './actions-panel';
import { BundleView } from './bundle-view';
import { DiffView } from './diff-view';
import { HistoryList } from './history-list';
import { RedactionsEditor } from './redactions-editor';
import { RiskView } from './risk-view';
import { objectAtPath } from './stix-names';

const GraphView = lazy(() => import('./graph-view').then((m) => ({ default: m.GraphView })));

export const QUEUE_SEARCH_KEY = 'shieldshare.queue.search';

export function Review({ id }: { id: string }) {
  const { me } = useSession();
  const path = `/moderation/submissions/${id}`;
  const { data, error, loading, reload } = useApi<ModerationDetail>(path);
  const [fresh, setFresh] = useState<ModerationDetail>();
  const detail = fresh?.id === id ? fresh : data;
  const groups = useApi<SharingGroup[]>('/sharing-groups');
  const colleagues = useApi<User[]>(me ? `/organizations/${me.organizationId}/users` : null);
  const [tab, setTab] = useState('bundle');
  const [outcome, setOutcome] = useState<Outcome>();

  const refetch = useCallback(async () => {
    const next = await api.get<ModerationDetail>(path);
    setFresh(next);
    return next;
  }, [path]);

  // Objects the residual-risk report points at, marked in the bundle view.
  const flagged = useMemo(() => {
    const ids = new Set<string>();
    if (!detail?.report) return ids;
    const rawToPublished = new Map(detail.diff.filter((d) => d.rawObjectId && d.objectId).map((d) => [d.rawObjectId!, d.objectId!]));
    for (const finding of [...detail.report.keptOnPurpose, ...detail.report.ambiguous, ...detail.report.detectorFailures]) {
      const raw = objectAtPath(detail.rawBundle, finding.path);
      if (raw) ids.add(rawToPublished.get(raw.id) ?? raw.id);
    }
    return ids;
  }, [detail]);

  const back = me?.roles.includes('coordinator') ? <Link to={`/queue${sessionStorage.getItem(QUEUE_SEARCH_KEY) ?? ''}`}>← Back to the queue</Link> : undefined;

  if (!detail) {
    return (
      <Layout title="Submission" actions={back}>
        {error !== undefined ? <ErrorNotice error={error} onRetry={reload} /> : <Skeleton rows={12} label="Loading the submission" />}
      </Layout>
    );
  }

  const findings = detail.report ? detail.report.keptOnPurpose.length + detail.report.ambiguous.length + detail.report.detectorFailures.length : 0;
  const nameOf = (userId: string) =>
    userId === me?.userId ? 'you' : (colleagues.data?.find((u) => u.id === userId)?.displayName ?? 'another coordinator');

  return (
    <Layout title={`Submission ${detail.id.slice(0, 8)}`} actions={back}>
      <div aria-live="polite" className="outcome-slot">
        {outcome?.kind === 'success' && <SuccessNotice>{outcome.text}</SuccessNotice>}
        {outcome?.kind === 'error' && (
          <p className="notice notice-error" role="alert">
            {outcome.text}
          </p>
        )}
      </div>
      {loading && data && <span className="visually-hidden" role="status">Refreshing…</span>}
      <div className="review">
        <aside className="review-side" aria-label="Summary and actions">
          <section className="panel" aria-labelledby="summary-h">
            <h2 id="summary-h">Summary</h2>
            <dl className="summary">
              <div><dt>State</dt><dd><StateBadge state={detail.state} /></dd></div>
              <div><dt>TLP</dt><dd><TlpBadge tlp={detail.tlp} /></dd></div>
              <div>
                <dt>Submitted by</dt>
                <dd>
                  <strong>{detail.organization.name}</strong>
                  <span className="cell-sub">
                    {[humanize(detail.organization.kind), ...detail.organization.sectors, detail.organization.country].filter(Boolean).join(' · ')}
                  </span>
                </dd>
              </div>
              <div><dt>Risk</dt><dd><RiskScore score={detail.riskScore} verdict={detail.verdict} /> {detail.verdict && humanize(detail.verdict)}</dd></div>
              <div><dt>Sharing group</dt><dd>{detail.sharingGroup?.name ?? 'None'}</dd></div>
              <div><dt>Objects</dt><dd>{detail.objectCount}</dd></div>
              <div><dt>Revision</dt><dd>{detail.revision}</dd></div>
              <div><dt>Policy</dt><dd>{detail.policyVersion}</dd></div>
              <div><dt>Received</dt><dd>{formatDateTime(detail.receivedAt)}</dd></div>
              {detail.publishAt && <div><dt>Publish at</dt><dd>{formatDateTime(detail.publishAt)}</dd></div>}
              {detail.publishedAt && <div><dt>Published</dt><dd>{formatDateTime(detail.publishedAt)}</dd></div>}
              <div>
                <dt>Approvals</dt>
                <dd>
                  {detail.approvals.length === 0
                    ? 'None'
                    : detail.approvals.map((a) => `${nameOf(a.userId)} (${formatDateTime(a.at)})`).join('; ')}
                </dd>
              </div>
            </dl>
            {detail.message && (
              <p className="submitter-message">
                <span className="label">Latest message</span>
                {detail.message}
              </p>
            )}
          </section>
          {me && (
            <ActionsPanel
              key={`${detail.id}-${detail.state}-${detail.approvals.length}`}
              detail={detail}
              me={me}
              groups={groups.data}
              reload={refetch}
              onOutcome={setOutcome}
            />
          )}
        </aside>
        <div className="review-main">
          {detail.errors && detail.errors.length > 0 && (
            <div className="notice notice-error">
              <p>The STIX validator found {detail.errors.length} problems:</p>
              <ul className="plain-list">
                {detail.errors.map((e, i) => (
                  <li key={i}>
                    <span className="mono">{e.objectId ?? ''}{e.path}</span> — {e.message} <span className="muted">({e.rule})</span>
                  </li>
                ))}
              </ul>
            </div>
          )}
          <Tabs
            label="Submission content"
            active={tab}
            onChange={setTab}
            tabs={[
              { id: 'bundle', label: `Bundle (${detail.anonymizedBundle?.objects.filter((o) => o.type !== 'marking-definition').length ?? 0})`, render: () => <BundleView bundle={detail.anonymizedBundle} flagged={flagged} /> },
              { id: 'diff', label: `Changes (${detail.diff.length})`, render: () => <DiffView detail={detail} /> },
              {
                id: 'risk',
                label: (
                  <>
                    Risk findings {findings > 0 && <span className="tab-badge">{findings}</span>}
                  </>
                ),
                render: () => <RiskView report={detail.report} rawBundle={detail.rawBundle} />,
              },
              {
                id: 'graph',
                label: 'Graph',
                render: () => (
                  <Suspense fallback={<Skeleton rows={6} label="Loading the graph" />}>
                    <GraphView bundle={detail.anonymizedBundle} />
                  </Suspense>
                ),
              },
              {
                id: 'redactions',
                label: 'Redactions',
                render: () => <RedactionsEditor detail={detail} reload={refetch} onOutcome={setOutcome} />,
              },
              { id: 'history', label: `History (${detail.history.length})`, render: () => <HistoryList history={detail.history} /> },
            ]}
          />
        </div>
      </div>
    </Layout>
  );
}
