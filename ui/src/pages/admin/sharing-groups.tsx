import { FormEvent, useState } from 'react';
import { api } from '../../api/client';
import { plainWords } from '../../api/plain-words';
import type { Organization, SharingGroup } from '../../api/types';
import { Layout } from '../../app/layout';
import { useApi } from '../../app/use-api';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { FormResult } from '../../components/form-bits';
import { Empty, ErrorNotice, Skeleton } from '../../components/status';

export function SharingGroups() {
  const { data, error, loading, reload } = useApi<SharingGroup[]>('/sharing-groups');
  const orgs = useApi<Organization[]>('/organizations');
  const [editing, setEditing] = useState<SharingGroup | 'new' | null>(null);
  const [deleting, setDeleting] = useState<SharingGroup>();
  const [result, setResult] = useState<{ ok?: string; error?: string }>({});
  const [busy, setBusy] = useState(false);
  const orgName = (id: string) => orgs.data?.find((o) => o.id === id)?.name ?? id.slice(0, 8);

  const remove = async () => {
    if (!deleting) return;
    setBusy(true);
    try {
      await api.delete(`/sharing-groups/${deleting.id}`);
      setResult({ ok: `Deleted “${deleting.name}”.` });
      reload();
    } catch (err) {
      setResult({ error: plainWords(err) });
    } finally {
      setDeleting(undefined);
      setBusy(false);
    }
  };

  return (
    <Layout
      title="Sharing groups"
      actions={
        <button type="button" className="button button-primary" onClick={() => setEditing('new')}>
          New sharing group
        </button>
      }
    >
      <p className="muted">TLP:AMBER and AMBER+STRICT submissions reach only the organizations in their sharing group.</p>
      <FormResult ok={result.ok} error={result.error} />
      {error !== undefined && <ErrorNotice error={error} onRetry={reload} />}
      {editing && (
        <GroupForm
          group={editing === 'new' ? undefined : editing}
          orgs={orgs.data ?? []}
          onDone={(text) => {
            setEditing(null);
            setResult({ ok: text });
            reload();
          }}
          onCancel={() => setEditing(null)}
        />
      )}
      {loading && !data ? (
        <Skeleton rows={4} />
      ) : !data || data.length === 0 ? (
        <Empty>No sharing groups yet.</Empty>
      ) : (
        <ul className="card-list">
          {data.map((g) => (
            <li key={g.id} className="panel">
              <h2>{g.name}</h2>
              {g.description && <p>{g.description}</p>}
              <p className="muted">
                {g.memberOrgIds.length} organizations: {g.memberOrgIds.map(orgName).join(', ') || 'none'}
              </p>
              <div className="action-buttons">
                <button type="button" className="button" onClick={() => setEditing(g)}>
                  Edit<span className="visually-hidden"> {g.name}</span>
                </button>
                <button type="button" className="button button-danger" onClick={() => setDeleting(g)}>
                  Delete<span className="visually-hidden"> {g.name}</span>
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog open={!!deleting} title="Delete this sharing group?" confirmLabel="Delete group" danger busy={busy} onCancel={() => setDeleting(undefined)} onConfirm={() => void remove()}>
        <p>“{deleting?.name}” will be deleted. The service refuses this while submissions still use it.</p>
      </ConfirmDialog>
    </Layout>
  );
}

function GroupForm({ group, orgs, onDone, onCancel }: { group?: SharingGroup; orgs: Organization[]; onDone(text: string): void; onCancel(): void }) {
  const [name, setName] = useState(group?.name ?? '');
  const [description, setDescription] = useState(group?.description ?? '');
  const [members, setMembers] = useState<string[]>(group?.memberOrgIds ?? []);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const body = { name, description, memberOrgIds: members };
      if (group) await api.patch(`/sharing-groups/${group.id}`, body);
      else await api.post('/sharing-groups', body);
      onDone(group ? `Saved “${name}”.` : `Created “${name}”.`);
    } catch (err) {
      setError(plainWords(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="panel" aria-labelledby="group-form-h">
      <h2 id="group-form-h">{group ? `Edit ${group.name}` : 'New sharing group'}</h2>
      <form className="form-grid" onSubmit={submit}>
        <div className="field">
          <label htmlFor="g-name">Name</label>
          <input id="g-name" required value={name} onChange={(e) => setName(e.target.value)} autoFocus />
        </div>
        <div className="field field-wide">
          <label htmlFor="g-desc">Description</label>
          <input id="g-desc" value={description} onChange={(e) => setDescription(e.target.value)} />
        </div>
        <fieldset className="checkbox-group field-wide">
          <legend>Member organizations</legend>
          {orgs.map((o) => (
            <label key={o.id} className="inline-check">
              <input type="checkbox" checked={members.includes(o.id)} onChange={(e) => setMembers(e.target.checked ? [...members, o.id] : members.filter((m) => m !== o.id))} /> {o.name}
            </label>
          ))}
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>{group ? 'Save' : 'Create'}</button>
          <button type="button" className="button" onClick={onCancel}>Cancel</button>
        </div>
      </form>
      <FormResult error={error} />
    </section>
  );
}
