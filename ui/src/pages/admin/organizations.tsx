import { FormEvent, useState } from 'react';
import { api } from '../../api/client';
import { plainWords } from '../../api/plain-words';
import { ORGANIZATION_KINDS, type Organization, type OrganizationKind } from '../../api/types';
import { humanize } from '../../app/format';
import { Layout } from '../../app/layout';
import { Link } from '../../app/router';
import { useCan } from '../../app/session';
import { useApi } from '../../app/use-api';
import { FormResult } from '../../components/form-bits';
import { Empty, ErrorNotice, Skeleton } from '../../components/status';

export function Organizations() {
  const { data, error, loading, reload } = useApi<Organization[]>('/organizations');
  const isAdmin = useCan('admin');
  return (
    <Layout title="Organizations">
      {error !== undefined && <ErrorNotice error={error} onRetry={reload} />}
      {loading && !data ? (
        <Skeleton rows={6} />
      ) : !data || data.length === 0 ? (
        <Empty>No organizations yet.</Empty>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">Organizations</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Kind</th>
                <th scope="col">Sectors</th>
                <th scope="col">Country</th>
                <th scope="col">Status</th>
                <th scope="col">Auto-approve</th>
              </tr>
            </thead>
            <tbody>
              {data.map((org) => (
                <tr key={org.id}>
                  <td><Link to={`/organizations/${org.id}`}>{org.name}</Link></td>
                  <td>{humanize(org.kind)}</td>
                  <td>{org.sectors.join(', ') || '—'}</td>
                  <td>{org.country ?? '—'}</td>
                  <td>{humanize(org.status)}</td>
                  <td>{org.autoApprove ? 'Yes' : 'No'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {isAdmin && <CreateOrganization onCreated={reload} />}
    </Layout>
  );
}

function CreateOrganization({ onCreated }: { onCreated(): void }) {
  const [name, setName] = useState('');
  const [kind, setKind] = useState<OrganizationKind>('manufacturer');
  const [sectors, setSectors] = useState('');
  const [country, setCountry] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok?: string; error?: string }>({});
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const org = await api.post<Organization>('/organizations', {
        name,
        kind,
        sectors: splitList(sectors),
        ...(country ? { country: country.toUpperCase() } : {}),
      });
      setResult({ ok: `Created ${org.name}. Open it to add users and API keys.` });
      setName('');
      setSectors('');
      setCountry('');
      onCreated();
    } catch (err) {
      setResult({ error: plainWords(err) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="panel" aria-labelledby="new-org-h">
      <h2 id="new-org-h">New organization</h2>
      <form className="form-grid" onSubmit={submit}>
        <div className="field">
          <label htmlFor="o-name">Name</label>
          <input id="o-name" required minLength={2} value={name} onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="o-kind">Kind</label>
          <select id="o-kind" value={kind} onChange={(e) => setKind(e.target.value as OrganizationKind)}>
            {ORGANIZATION_KINDS.map((k) => (
              <option key={k} value={k}>{humanize(k)}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="o-sectors">Sectors</label>
          <input id="o-sectors" value={sectors} onChange={(e) => setSectors(e.target.value)} aria-describedby="o-sectors-help" />
          <span id="o-sectors-help" className="help">Comma-separated, lower case: energy, utilities</span>
        </div>
        <div className="field field-narrow">
          <label htmlFor="o-country">Country</label>
          <input id="o-country" maxLength={2} value={country} onChange={(e) => setCountry(e.target.value)} aria-describedby="o-country-help" />
          <span id="o-country-help" className="help">Two letters: DE</span>
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>Create organization</button>
        </div>
      </form>
      <FormResult ok={result.ok} error={result.error} />
    </section>
  );
}

export function splitList(text: string): string[] {
  return text.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
}
