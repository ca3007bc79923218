import { FormEvent, useState } from 'react';
import { api } from '../../api/client';
import { plainWords } from '../../api/plain-words';
import type { ApiKey, CreatedApiKey } from '../../api/types';
import { formatDateTime, localInputToIso } from '../../app/format';
import { useApi } from '../../app/use-api';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { CheckboxGroup, CopyButton, FormResult } from '../../components/form-bits';
import { Empty, ErrorNotice, Skeleton } from '../../components/status';

/** An organization's API keys: list, create (the secret shown once), revoke. */
export function ApiKeysSection({ orgId }: { orgId: string }) {
  const { data, error, loading, reload } = useApi<ApiKey[]>(`/organizations/${orgId}/api-keys`);
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<('submit' | 'read')[]>(['read']);
  const [expires, setExpires] = useState('');
  const [created, setCreated] = useState<CreatedApiKey>();
  const [result, setResult] = useState<{ ok?: string; error?: string }>({});
  const [revoking, setRevoking] = useState<ApiKey>();
  const [busy, setBusy] = useState(false);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setResult({});
    try {
      const key = await api.post<CreatedApiKey>(`/organizations/${orgId}/api-keys`, {
        name,
        scopes,
        ...(localInputToIso(expires) ? { expiresAt: localInputToIso(expires) } : {}),
      });
      setCreated(key);
      setName('');
      reload();
    } catch (err) {
      setResult({ error: plainWords(err) });
    } finally {
      setBusy(false);
    }
  };

  const revoke = async () => {
    if (!revoking) return;
    setBusy(true);
    try {
      await api.delete(`/api-keys/${revoking.id}`);
      setResult({ ok: `Revoked “${revoking.name}”. Clients using it are refused from now on.` });
      setRevoking(undefined);
      reload();
    } catch (err) {
      setResult({ error: plainWords(err) });
      setRevoking(undefined);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby={`keys-${orgId}`}>
      <h2 id={`keys-${orgId}`}>API keys</h2>
      {error !== undefined && <ErrorNotice error={error} onRetry={reload} />}
      {loading && !data ? (
        <Skeleton rows={3} />
      ) : !data || data.length === 0 ? (
        <Empty>No API keys.</Empty>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">API keys</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Key id</th>
                <th scope="col">Scopes</th>
                <th scope="col">Last used</th>
                <th scope="col">Expires</th>
                <th scope="col"><span className="visually-hidden">Actions</span></th>
              </tr>
            </thead>
            <tbody>
              {data.map((key) => (
                <tr key={key.id} className={key.revokedAt ? 'revoked' : undefined}>
                  <td>{key.name}</td>
                  <td className="mono">{key.keyId}</td>
                  <td>{key.scopes.join(', ')}</td>
                  <td>{formatDateTime(key.lastUsedAt)}</td>
                  <td>{key.expiresAt ? formatDateTime(key.expiresAt) : 'Never'}</td>
                  <td>
                    {key.revokedAt ? (
                      <span className="muted">Revoked {formatDateTime(key.revokedAt)}</span>
                    ) : (
                      <button type="button" className="button button-quiet button-danger-text" onClick={() => setRevoking(key)}>
                        Revoke<span className="visually-hidden"> {key.name}</span>
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {created && (
        <div className="secret-once" role="status">
          <p>
            <strong>New key “{created.name}”.</strong> Copy it now: it is shown only this once and cannot be retrieved later.
          </p>
          <div className="secret-row">
            <code className="secret" aria-label="The new API key">{created.key}</code>
            <CopyButton value={created.key} label="Copy key" />
          </div>
          <p className="help">For TAXII clients, the HTTP Basic username is {created.keyId}.</p>
          <button type="button" className="button button-quiet" onClick={() => setCreated(undefined)}>
            I have stored it — hide the key
          </button>
        </div>
      )}

      <form className="form-grid" onSubmit={create} aria-label="Create an API key">
        <div className="field">
          <label htmlFor={`k-name-${orgId}`}>Key name</label>
          <input id={`k-name-${orgId}`} required value={name} onChange={(e) => setName(e.target.value)} />
        </div>
        <CheckboxGroup legend="Scopes" options={['submit', 'read'] as ('submit' | 'read')[]} value={scopes} onChange={setScopes} />
        <div className="field">
          <label htmlFor={`k-exp-${orgId}`}>Expires (optional)</label>
          <input id={`k-exp-${orgId}`} type="datetime-local" value={expires} onChange={(e) => setExpires(e.target.value)} />
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy || scopes.length === 0}>Create key</button>
        </div>
      </form>
      <FormResult ok={result.ok} error={result.error} />
      <ConfirmDialog open={!!revoking} title="Revoke this API key?" confirmLabel="Revoke key" danger busy={busy} onCancel={() => setRevoking(undefined)} onConfirm={() => void revoke()}>
        <p>“{revoking?.name}” ({revoking?.keyId}) stops working at once. This cannot be undone.</p>
      </ConfirmDialog>
    </section>
  );
}
