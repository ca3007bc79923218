import { useState } from 'react';
import { api } from '../../api/client';
import { plainWords } from '../../api/plain-words';
import { pointerInWords } from '../../api/pointer-words';
import type { SubmissionDetail } from '../../api/types';
import { formatDateTime } from '../../app/format';
import { Layout } from '../../app/layout';
import { Link } from '../../app/router';
import { useCan } from '../../app/session';
import { useApi } from '../../app/use-api';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { FormResult } from '../../components/form-bits';
import { ErrorNotice, Skeleton, StateBadge, TlpBadge } from '../../components/status';
import { BundleView } from '../review/bundle-view';
import { HistoryList } from '../review/history-list';
import { ResubmitForm } from './resubmit-form';

const WITHDRAWABLE = new Set(['received', 'pending_review', 'changes_requested', 'approved', 'published']);
const RESUBMITTABLE = new Set(['changes_requested', 'invalid']);

export function MySubmissionDetail({ id }: { id: string }) {
  const { data, error, reload } = useApi<SubmissionDetail>(`/submissions/${id}`);
  const [confirm, setConfirm] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok?: string; error?: string }>({});
  const canSubmit = useCan('submitter');
  const back = <Link to="/my-submissions">← My submissions</Link>;
  if (!data) {
    return (
      <Layout title="Submission" actions={back}>
        {error !== undefined ? <ErrorNotice error={error} onRetry={reload} /> : <Skeleton rows={8} />}
      </Layout>
    );
  }
  const withdraw = async () => {
    setBusy(true);
    try {
      await api.post(`/submissions/${id}/withdraw`, reason.trim() ? { reason: reason.trim() } : {});
      setResult({ ok: 'Withdrawn. If it was published, members receive a revocation.' });
      setConfirm(false);
      reload();
    } catch (err) {
      setResult({ error: plainWords(err) });
      setConfirm(false);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Layout title={`Submission ${data.id.slice(0, 8)}`} actions={back}>
      <FormResult ok={result.ok} error={result.error} />
      <section className="panel">
        <dl className="summary summary-inline">
          <div><dt>State</dt><dd><StateBadge state={data.state} /></dd></div>
          <div><dt>TLP</dt><dd><TlpBadge tlp={data.tlp} /></dd></div>
          <div><dt>Received</dt><dd>{formatDateTime(data.receivedAt)}</dd></div>
          <div><dt>Published</dt><dd>{formatDateTime(data.publishedAt)}</dd></div>
          <div><dt>Policy</dt><dd>{data.policyVersion}</dd></div>
        </dl>
        {data.message && (
          <p className="submitter-message">
            <span className="label">Message from the coordinators</span>
            {data.message}
          </p>
        )}
        {WITHDRAWABLE.has(data.state) && (
          <button type="button" className="button button-danger" onClick={() => setConfirm(true)}>
            Withdraw…
          </button>
        )}
      </section>
      {data.errors && data.errors.length > 0 && (
        <div className="notice notice-error">
          <p>Revision {data.revision} was refused by the STIX validator:</p>
          <ul className="plain-list">
            {data.errors.map((e, i) => (
              <li key={i}>
                <strong>{pointerInWords(e.path)}</strong>{e.objectId && <span className="mono"> ({e.objectId})</span>}: {e.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {canSubmit && RESUBMITTABLE.has(data.state) && (
        <ResubmitForm
          submission={data}
          onDone={(text) => {
            setResult({ ok: text });
            reload();
          }}
          onChanged={reload}
        />
      )}
      <section className="panel" aria-labelledby="hist-h">
        <h2 id="hist-h">History</h2>
        <HistoryList history={data.history} />
      </section>
      <section className="panel" aria-labelledby="anon-h">
        <h2 id="anon-h">What members receive</h2>
        <BundleView bundle={data.anonymizedBundle} flagged={new Set()} />
      </section>
      <ConfirmDialog open={confirm} title="Withdraw this submission?" confirmLabel="Withdraw" danger busy={busy} onCancel={() => setConfirm(false)} onConfirm={() => void withdraw()}>
        <div className="field">
          <label htmlFor="w-reason">Reason (optional)</label>
          <input id="w-reason" value={reason} onChange={(e) => setReason(e.target.value)} autoFocus />
        </div>
      </ConfirmDialog>
    </Layout>
  );
}
