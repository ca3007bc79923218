import { FormEvent, useEffect, useState } from 'react';
import { api } from '../../api/client';
import { plainWords } from '../../api/plain-words';
import type { Organization } from '../../api/types';
import { humanize } from '../../app/format';
import { Layout } from '../../app/layout';
import { Link } from '../../app/router';
import { useCan } from '../../app/session';
import { useApi } from '../../app/use-api';
import { FormResult } from '../../components/form-bits';
import { ErrorNotice, Skeleton } from '../../components/status';
import { ApiKeysSection } from './api-keys-section';
import { splitList } from './organizations';
import { UsersSection } from './users-section';

export function OrganizationDetail({ id }: { id: string }) {
  const { data, error, reload } = useApi<Organization>(`/organizations/${id}`);
  const isAdmin = useCan('admin');
  const back = <Link to="/organizations">← All organizations</Link>;
  if (!data) {
    return (
      <Layout title="Organization" actions={back}>
        {error !== undefined ? <ErrorNotice error={error} onRetry={reload} /> : <Skeleton rows={8} />}
      </Layout>
    );
  }
  return (
    <Layout title={data.name} actions={back}>
      <OrganizationForm org={data} canEdit={isAdmin} onSaved={reload} />
      <UsersSection orgId={id} canEdit={isAdmin} />
      {isAdmin && <ApiKeysSection orgId={id} />}
    </Layout>
  );
}

function OrganizationForm({ org, canEdit, onSaved }: { org: Organization; canEdit: boolean; onSaved(): void }) {
  const [name, setName] = useState(org.name);
  const [sectors, setSectors] = useState(org.sectors.join(', '));
  const [country, setCountry] = useState(org.country ?? '');
  const [status, setStatus] = useState(org.status);
  const [autoApprove, setAutoApprove] = useState(!!org.autoApprove);
  const [result, setResult] = useState<{ ok?: string; error?: string }>({});
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    setName(org.name);
    setSectors(org.sectors.join(', '));
    setCountry(org.country ?? '');
    setStatus(org.status);
    setAutoApprove(!!org.autoApprove);
  }, [org]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      await api.patch(`/organizations/${org.id}`, {
        name,
        sectors: splitList(sectors),
        ...(country ? { country: country.toUpperCase() } : {}),
        status,
        ...(org.autoApprove !== undefined ? { autoApprove } : {}),
      });
      setResult({ ok: 'Saved.' });
      onSaved();
    } catch (err) {
      setResult({ error: plainWords(err) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="org-h">
      <h2 id="org-h">Details</h2>
      <form className="form-grid" onSubmit={save}>
        <div className="field">
          <label htmlFor="od-name">Name</label>
          <input id="od-name" value={name} onChange={(e) => setName(e.target.value)} disabled={!canEdit} required />
        </div>
        <div className="field">
          <span className="label" id="od-kind">Kind</span>
          <span aria-labelledby="od-kind" className="static-value">{humanize(org.kind)}</span>
        </div>
        <div className="field">
          <label htmlFor="od-sectors">Sectors</label>
          <input id="od-sectors" value={sectors} onChange={(e) => setSectors(e.target.value)} disabled={!canEdit} />
        </div>
        <div className="field field-narrow">
          <label htmlFor="od-country">Country</label>
          <input id="od-country" maxLength={2} value={country} onChange={(e) => setCountry(e.target.value)} disabled={!canEdit} />
        </div>
        <div className="field">
          <label htmlFor="od-status">Status</label>
          <select id="od-status" value={status} onChange={(e) => setStatus(e.target.value as Organization['status'])} disabled={!canEdit}>
            <option value="active">Active</option>
            <option value="suspended">Suspended</option>
          </select>
        </div>
        {org.autoApprove !== undefined && (
          <div className="field">
            <label className="inline-check">
              <input type="checkbox" checked={autoApprove} onChange={(e) => setAutoApprove(e.target.checked)} disabled={!canEdit} aria-describedby="od-auto-help" /> Auto-approve low-risk submissions
            </label>
            <span id="od-auto-help" className="help">TLP:CLEAR always needs coordinators, whatever this says.</span>
          </div>
        )}
        {canEdit && (
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={busy}>Save changes</button>
          </div>
        )}
      </form>
      <FormResult ok={result.ok} error={result.error} />
    </section>
  );
}
