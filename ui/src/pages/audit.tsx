import { FormEvent, useEffect, useState } from 'react';
import { api, query } from '../api/client';
import type { AuditEvent, AuditPage, AuditVerify, Organization } from '../api/types';
import { formatDateTime, localInputToIso } from '../app/format';
import { Layout } from '../app/layout';
import { useApi } from '../app/use-api';
import { Empty, ErrorNotice, Skeleton } from '../components/status';

interface Filters {
  action: string;
  targetType: string;
  targetId: string;
  actorOrgId: string;
  since: string;
  until: string;
}

const EMPTY: Filters = { action: '', targetType: '', targetId: '', actorOrgId: '', since: '', until: '' };

export function Audit() {
  const [draft, setDraft] = useState<Filters>(() => ({ ...EMPTY, ...Object.fromEntries(new URLSearchParams(window.location.search)) }));
  const [filters, setFilters] = useState<Filters>(draft);
  const [events, setEvents] = useState<AuditEvent[]>([]);
  const [nextBefore, setNextBefore] = useState<number | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>();
  const [verify, setVerify] = useState<AuditVerify>();
  const [verifyError, setVerifyError] = useState<unknown>();
  const [verifying, setVerifying] = useState(false);
  const orgs = useApi<Organization[]>('/organizations');
  const orgName = (id: string | null) => (id ? (orgs.data?.find((o) => o.id === id)?.name ?? id.slice(0, 8)) : '—');

  const load = async (before: number | null) => {
    const path = `/audit${query({
      action: filters.action.trim(),
      targetType: filters.targetType.trim(),
      targetId: filters.targetId.trim(),
      actorOrgId: filters.actorOrgId,
      since: localInputToIso(filters.since),
      until: localInputToIso(filters.until),
      before,
      limit: 50,
    })}`;
    const page = await api.get<AuditPage>(path);
    setEvents((current) => (before === null ? page.events : [...current, ...page.events]));
    setNextBefore(page.nextBefore);
  };

  useEffect(() => {
    setLoading(true);
    setError(undefined);
    load(null).then(
      () => setLoading(false),
      (err: unknown) => {
        setError(err);
        setLoading(false);
      },
    );
  }, [filters]);

  const runVerify = async () => {
    setVerifying(true);
    setVerifyError(undefined);
    try {
      setVerify(await api.get<AuditVerify>('/audit/verify'));
    } catch (err) {
      setVerifyError(err);
    } finally {
      setVerifying(false);
    }
  };
  useEffect(() => {
    void runVerify();
  }, []);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    setFilters({ ...draft });
  };
  const set = (key: keyof Filters) => (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: e.target.value }));

  return (
    <Layout title="Audit log">
      <section className="panel verify-panel" aria-labelledby="verify-h">
        <h2 id="verify-h">Chain verification</h2>
        <div aria-live="polite" className="verify-result">
          {verifying ? (
            <p>Recomputing the hash chain…</p>
          ) : verifyError !== undefined ? (
            <ErrorNotice error={verifyError} />
          ) : verify?.valid ? (
            <p className="verify-ok">
              <span aria-hidden="true">✓</span> The chain is intact: all {verify.checked} links verified.
            </p>
          ) : verify ? (
            <p className="verify-broken">
              <span aria-hidden="true">✗</span> The chain is broken at event #{verify.firstBroken?.seq} ({verify.firstBroken?.reason.replace(/-/g, ' ')}),
              after checking {verify.checked} links. Treat the events from there on as untrusted and tell the operator.
            </p>
          ) : null}
        </div>
        <button type="button" className="button" onClick={() => void runVerify()} disabled={verifying}>
          Verify again
        </button>
      </section>

      <form className="filters" onSubmit={apply} aria-label="Filter the audit log">
        <div className="field">
          <label htmlFor="a-action">Action</label>
          <input id="a-action" value={draft.action} onChange={set('action')} placeholder="submission.*" aria-describedby="a-action-help" />
          <span id="a-action-help" className="help">Exact, or a prefix ending in *</span>
        </div>
        <div className="field">
          <label htmlFor="a-type">Target type</label>
          <input id="a-type" value={draft.targetType} onChange={set('targetType')} placeholder="submission" />
        </div>
        <div className="field">
          <label htmlFor="a-target">Target id</label>
          <input id="a-target" value={draft.targetId} onChange={set('targetId')} />
        </div>
        <div className="field">
          <label htmlFor="a-org">Actor organization</label>
          <select id="a-org" value={draft.actorOrgId} onChange={set('actorOrgId')}>
            <option value="">Any</option>
            {orgs.data?.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="a-since">Since</label>
          <input id="a-since" type="datetime-local" value={draft.since} onChange={set('since')} />
        </div>
        <div className="field">
          <label htmlFor="a-until">Until</label>
          <input id="a-until" type="datetime-local" value={draft.until} onChange={set('until')} />
        </div>
        <div className="filter-buttons">
          <button type="submit" className="button button-primary">Apply</button>
          <button type="button" className="button" onClick={() => { setDraft(EMPTY); setFilters(EMPTY); }}>
            Clear
          </button>
        </div>
      </form>

      {error !== undefined && <ErrorNotice error={error} onRetry={() => setFilters({ ...filters })} />}
      {loading ? (
        <Skeleton rows={10} label="Loading audit events" />
      ) : events.length === 0 ? (
        <Empty>No audit events match these filters.</Empty>
      ) : (
        <div className="table-wrap">
          <table className="table audit-table">
            <caption className="visually-hidden">Audit events, newest first</caption>
            <thead>
              <tr>
                <th scope="col" className="num">#</th>
                <th scope="col">When</th>
                <th scope="col">Action</th>
                <th scope="col">Target</th>
                <th scope="col">Actor</th>
                <th scope="col">Details</th>
              </tr>
            </thead>
            <tbody>
              {events.map((e) => (
                <tr key={e.seq}>
                  <td className="num mono">{e.seq}</td>
                  <td><time dateTime={e.occurredAt}>{formatDateTime(e.occurredAt)}</time></td>
                  <td className="mono">{e.action}</td>
                  <td>
                    <span className="cell-main">{e.targetType}</span>
                    <span className="cell-sub mono">{e.targetId ?? ''}</span>
                  </td>
                  <td>
                    <span className="cell-main">{orgName(e.actorOrgId)}</span>
                    <span className="cell-sub">via {e.actorVia}</span>
                  </td>
                  <td>
                    {Object.keys(e.details).length > 0 ? (
                      <details>
                        <summary>{Object.keys(e.details).slice(0, 3).join(', ')}</summary>
                        <pre className="json">{JSON.stringify(e.details, null, 2)}</pre>
                        <p className="cell-sub mono">hash {e.hash.slice(0, 16)}…</p>
                      </details>
                    ) : (
                      <span className="muted">—</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="table-foot">
            <span className="muted">{events.length} events shown</span>
            {nextBefore !== null && (
              <button type="button" className="button" onClick={() => load(nextBefore).catch(setError)}>
                Older events
              </button>
            )}
          </div>
        </div>
      )}
    </Layout>
  );
}
