import { FormEvent, useState } from 'react';
import { api } from '../../api/client';
import { plainWords } from '../../api/plain-words';
import type { Policy, PolicySummary } from '../../api/types';
import { formatDateTime } from '../../app/format';
import { Layout } from '../../app/layout';
import { Link } from '../../app/router';
import { useCan } from '../../app/session';
import { useApi } from '../../app/use-api';
import { FormResult } from '../../components/form-bits';
import { Empty, ErrorNotice, Skeleton } from '../../components/status';
import { policyPath } from './policy-detail';

export function Policies() {
  const { data, error, loading, reload } = useApi<PolicySummary[]>('/policies');
  const isAdmin = useCan('admin');
  return (
    <Layout title="Legal-shield policies">
      {error !== undefined && <ErrorNotice error={error} onRetry={reload} />}
      {loading && !data ? (
        <Skeleton rows={3} />
      ) : !data || data.length === 0 ? (
        <Empty>No policy has been published.</Empty>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">Published policy versions</caption>
            <thead>
              <tr>
                <th scope="col">Version</th>
                <th scope="col">Title</th>
                <th scope="col">Published</th>
                <th scope="col">Content hash</th>
              </tr>
            </thead>
            <tbody>
              {data.map((p) => (
                <tr key={p.version}>
                  <td>
                    <Link to={policyPath(p.version)}>{p.version}</Link> {p.current && <span className="pill">current</span>}
                  </td>
                  <td>{p.title}</td>
                  <td>{formatDateTime(p.publishedAt)}</td>
                  <td className="mono truncate" title={p.contentHash}>{p.contentHash.slice(0, 23)}…</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {isAdmin && <PublishPolicy onPublished={reload} />}
    </Layout>
  );
}

function PublishPolicy({ onPublished }: { onPublished(): void }) {
  const current = useApi<Policy>('/policies/current');
  const [open, setOpen] = useState(false);
  const [version, setVersion] = useState('');
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [rules, setRules] = useState('');
  const [result, setResult] = useState<{ ok?: string; error?: string }>({});
  const [busy, setBusy] = useState(false);

  const start = () => {
    if (current.data) {
      setTitle(current.data.title);
      setText(current.data.text);
      setRules(JSON.stringify(current.data.rules, null, 2));
      setVersion(bump(current.data.version));
    }
    setResult({});
    setOpen(true);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    let parsed: unknown;
    try {
      parsed = JSON.parse(rules);
    } catch (err) {
      setResult({ error: `The rules are not valid JSON: ${(err as Error).message}.` });
      return;
    }
    setBusy(true);
    try {
      const policy = await api.post<Policy>('/policies', { version, title, text, rules: parsed });
      setResult({ ok: `Published version ${policy.version}. Submitters must accept it before their next submission.` });
      setOpen(false);
      onPublished();
    } catch (err) {
      setResult({ error: plainWords(err) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="publish-h">
      <h2 id="publish-h">Publish a new version</h2>
      <p className="muted">Published versions are immutable. Start from the current version and change what you need.</p>
      {!open ? (
        <button type="button" className="button button-primary" onClick={start} disabled={!current.data}>
          Draft from the current version
        </button>
      ) : (
        <form className="form-grid" onSubmit={submit}>
          <div className="field field-narrow">
            <label htmlFor="p-version">Version</label>
            <input id="p-version" required pattern="\d+\.\d+\.\d+" value={version} onChange={(e) => setVersion(e.target.value)} />
          </div>
          <div className="field field-wide">
            <label htmlFor="p-title">Title</label>
            <input id="p-title" required value={title} onChange={(e) => setTitle(e.target.value)} />
          </div>
          <div className="field field-full">
            <label htmlFor="p-text">Text (markdown)</label>
            <textarea id="p-text" rows={10} required value={text} onChange={(e) => setText(e.target.value)} />
          </div>
          <div className="field field-full">
            <label htmlFor="p-rules">Rules (JSON)</label>
            <textarea id="p-rules" rows={14} className="mono" required value={rules} onChange={(e) => setRules(e.target.value)} spellCheck={false} />
          </div>
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={busy}>Publish version {version}</button>
            <button type="button" className="button" onClick={() => setOpen(false)}>Cancel</button>
          </div>
        </form>
      )}
      <FormResult ok={result.ok} error={result.error} />
    </section>
  );
}

function bump(version: string): string {
  const [major, minor] = version.split('.').map(Number);
  return Number.isFinite(minor) ? `${major}.${minor + 1}.0` : '';
}
