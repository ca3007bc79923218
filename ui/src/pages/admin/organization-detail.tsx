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
  const isCoordinator = useCan('coordinator');
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
      {(data.kind === 'manufacturer' || data.kind === 'carrier' || data.autoApprove) && (
        <AutoApproval org={data} canEdit={isCoordinator} onSaved={reload} />
      )}
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
  const [result, setResult] = useState<{ ok?: string; error?: string }>({});
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    setName(org.name);
    setSectors(org.sectors.join(', '));
    setCountry(org.country ?? '');
    setStatus(org.status);
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
          <span className="field-label" id="od-kind">Kind</span>
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

/** Coordinators let an organization's low-risk submissions publish without review. */
function AutoApproval({ org, canEdit, onSaved }: { org: Organization; canEdit: boolean; onSaved(): void }) {
  const [result, setResult] = useState<{ ok?: string; error?: string }>({});
  const [busy, setBusy] = useState(false);
  const toggle = async () => {
    setBusy(true);
    try {
      await api.put(`/moderation/organizations/${org.id}/auto-approval`, { enabled: !org.autoApprove });
      setResult({
        ok: org.autoApprove
          ? `Auto-approval is off: every submission from ${org.name} waits for a coordinator.`
          : `Auto-approval is on: low-risk submissions from ${org.name} publish without review (never TLP:CLEAR).`,
      });
      onSaved();
    } catch (err) {
      setResult({ error: plainWords(err) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="panel" aria-labelledby="auto-h">
      <h2 id="auto-h">Auto-approval</h2>
      <p>
        {org.autoApprove
          ? 'On: submissions the anonymizer scores as auto-publish are published without review. TLP:CLEAR always waits for two coordinators.'
          : 'Off: every submission from this organization waits for a coordinator.'}
      </p>
      {canEdit && (
        <button type="button" className="button" onClick={() => void toggle()} disabled={busy}>
          {org.autoApprove ? 'Turn auto-approval off' : 'Turn auto-approval on'}
        </button>
      )}
      <FormResult ok={result.ok} error={result.error} />
    </section>
  );
}
