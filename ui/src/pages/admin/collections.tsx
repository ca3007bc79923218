import { FormEvent, useState } from 'react';
import { api } from '../../api/client';
import { plainWords } from '../../api/plain-words';
import { TLPS, type Collection, type SharingGroup, type Tlp } from '../../api/types';
import { Layout } from '../../app/layout';
import { useCan } from '../../app/session';
import { useApi } from '../../app/use-api';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { CopyButton, FormResult, ListField } from '../../components/form-bits';
import { Empty, ErrorNotice, Skeleton, TlpBadge } from '../../components/status';

/** TAXII §5.2.1 can_read / can_write, as the service decides them per kind. */
const ACCESS: Record<Collection['kind'], string> = {
  feed: 'Members read (TLP applies); coordinators may delete objects.',
  inbox: 'Submitters post (moderated); nobody reads.',
};

export function Collections() {
  const { data, error, loading, reload } = useApi<Collection[]>('/collections');
  const groups = useApi<SharingGroup[]>('/sharing-groups');
  const canEdit = useCan('coordinator', 'admin');
  const [editing, setEditing] = useState<Collection | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Collection>();
  const [result, setResult] = useState<{ ok?: string; error?: string }>({});
  const [busy, setBusy] = useState(false);
  const groupName = (id: string | null) => (id ? (groups.data?.find((g) => g.id === id)?.name ?? 'a sharing group') : null);

  const remove = async () => {
    if (!deleting) return;
    setBusy(true);
    try {
      await api.delete(`/collections/${deleting.id}`);
      setResult({ ok: `Deleted “${deleting.title}”. TAXII clients reading it get 404 from now on.` });
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
      title="Collections"
      actions={
        canEdit && editing === null ? (
          <button type="button" className="button button-primary" onClick={() => setEditing('new')}>
            New collection
          </button>
        ) : undefined
      }
    >
      <p className="muted">
        TAXII collections. A feed holds every published object matching its definition; readers still see only what their TLP
        entitlement allows. An inbox takes submissions over TAXII.
      </p>
      <FormResult ok={result.ok} error={result.error} />
      {editing && (
        <CollectionForm
          collection={editing === 'new' ? undefined : editing}
          groups={groups.data ?? []}
          onDone={(text) => {
            setEditing(null);
            setResult({ ok: text });
            reload();
          }}
          onCancel={() => setEditing(null)}
        />
      )}
      {error !== undefined && <ErrorNotice error={error} onRetry={reload} />}
      {loading && !data ? (
        <Skeleton rows={6} />
      ) : error !== undefined && !data ? null : !data || data.length === 0 ? (
        <Empty>No collections yet. Members can read nothing over TAXII until there is a feed.</Empty>
      ) : (
        <ul className="card-list">
          {data.map((c) => (
            <li key={c.id} className="panel">
              <h2>
                {c.title} <span className="chip">{c.kind === 'feed' ? 'Feed' : 'Inbox'}</span>
              </h2>
              {c.description && <p>{c.description}</p>}
              <dl className="summary">
                {c.alias && <div><dt>Alias</dt><dd className="mono">{c.alias}</dd></div>}
                {c.kind === 'feed' ? (
                  <>
                    <div><dt>Types</dt><dd>{c.objectTypes.join(', ') || 'Any'}</dd></div>
                    <div><dt>Sectors</dt><dd>{c.sectors.join(', ') || 'Any'}</dd></div>
                    <div><dt>Labels</dt><dd>{c.labels.join(', ') || 'Any'}</dd></div>
                    <div><dt>Min. confidence</dt><dd>{c.minConfidence ?? 'None'}</dd></div>
                    <div><dt>Max. TLP</dt><dd>{c.maxTlp ? <TlpBadge tlp={c.maxTlp} /> : 'What the reader may see'}</dd></div>
                  </>
                ) : (
                  <div><dt>AMBER goes to</dt><dd>{groupName(c.sharingGroupId) ?? 'Nobody: AMBER is refused'}</dd></div>
                )}
                <div><dt>Access</dt><dd>{ACCESS[c.kind]}</dd></div>
              </dl>
              <div className="url-row">
                <code className="url">{c.taxiiUrl}</code>
                <CopyButton value={c.taxiiUrl} label="Copy" context={`the TAXII URL of ${c.title}`} />
              </div>
              <div className="action-buttons section-actions">
                <button type="button" className="button" onClick={() => setEditing(c)}>
                  Edit<span className="visually-hidden"> {c.title}</span>
                </button>
                <button type="button" className="button button-danger" onClick={() => setDeleting(c)}>
                  Delete<span className="visually-hidden"> {c.title}</span>
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog open={!!deleting} title="Delete this collection?" confirmLabel="Delete collection" danger busy={busy} onCancel={() => setDeleting(undefined)} onConfirm={() => void remove()}>
        <p>“{deleting?.title}” is removed from TAXII. Published objects stay in the exchange and in other feeds; subscriptions naming it match nothing through it.</p>
      </ConfirmDialog>
    </Layout>
  );
}

function CollectionForm({ collection, groups, onDone, onCancel }: { collection?: Collection; groups: SharingGroup[]; onDone(text: string): void; onCancel(): void }) {
  const [title, setTitle] = useState(collection?.title ?? '');
  const [alias, setAlias] = useState(collection?.alias ?? '');
  const [description, setDescription] = useState(collection?.description ?? '');
  const [kind, setKind] = useState<Collection['kind']>(collection?.kind ?? 'feed');
  const [objectTypes, setObjectTypes] = useState<string[]>(collection?.objectTypes ?? []);
  const [sectors, setSectors] = useState<string[]>(collection?.sectors ?? []);
  const [labels, setLabels] = useState<string[]>(collection?.labels ?? []);
  const [minConfidence, setMinConfidence] = useState(collection?.minConfidence?.toString() ?? '');
  const [maxTlp, setMaxTlp] = useState<Tlp | ''>(collection?.maxTlp ?? '');
  const [sharingGroupId, setSharingGroupId] = useState(collection?.sharingGroupId ?? '');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    // Feed filters go to feeds only, the sharing group to inboxes only: the API refuses the rest.
    const definition =
      kind === 'feed'
        ? { objectTypes, sectors, labels, minConfidence: minConfidence === '' ? null : Number(minConfidence), maxTlp: maxTlp || null }
        : { sharingGroupId: sharingGroupId || null };
    try {
      if (collection) await api.patch(`/collections/${collection.id}`, { title, description, alias: alias || null, ...definition });
      else await api.post('/collections', { title, description, kind, ...(alias ? { alias } : {}), ...definition });
      onDone(collection ? `Saved “${title}”.` : `Created “${title}”.`);
    } catch (err) {
      setError(plainWords(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="col-form-h">
      <h2 id="col-form-h">{collection ? `Edit ${collection.title}` : 'New collection'}</h2>
      <form className="form-grid" onSubmit={submit}>
        <div className="field">
          <label htmlFor="c-title">Title</label>
          <input id="c-title" required minLength={2} maxLength={200} value={title} onChange={(e) => setTitle(e.target.value)} autoFocus />
        </div>
        <div className="field">
          <label htmlFor="c-alias">Alias (optional)</label>
          <input id="c-alias" value={alias} onChange={(e) => setAlias(e.target.value)} aria-describedby="c-alias-help" />
          <span id="c-alias-help" className="help">Lowercase letters, digits, dot, dash, underscore.</span>
        </div>
        <div className="field field-wide">
          <label htmlFor="c-desc">Description</label>
          <input id="c-desc" maxLength={2000} value={description} onChange={(e) => setDescription(e.target.value)} />
        </div>
        {collection ? (
          <div className="field">
            <span className="label">Kind</span>
            <span className="static-value">{collection.kind === 'feed' ? 'Feed' : 'Inbox'} (fixed once created)</span>
          </div>
        ) : (
          <fieldset className="checkbox-group field-full">
            <legend>Kind</legend>
            <label className="inline-check">
              <input type="radio" name="c-kind" checked={kind === 'feed'} onChange={() => setKind('feed')} /> Feed: members read it
            </label>
            <label className="inline-check">
              <input type="radio" name="c-kind" checked={kind === 'inbox'} onChange={() => setKind('inbox')} /> Inbox: submitters post to it
            </label>
          </fieldset>
        )}
        {kind === 'feed' ? (
          <>
            <ListField id="c-types" label="Object types" help="Comma-separated STIX types. Empty: every type." value={objectTypes} onChange={setObjectTypes} />
            <ListField id="c-sectors" label="Sectors" help="Submitter sectors. Empty: every sector." value={sectors} onChange={setSectors} />
            <ListField id="c-labels" label="Labels" help="Any of these labels. Empty: no label filter." value={labels} onChange={setLabels} />
            <div className="field">
              <label htmlFor="c-conf">Minimum confidence</label>
              <input id="c-conf" type="number" min={0} max={100} value={minConfidence} onChange={(e) => setMinConfidence(e.target.value)} aria-describedby="c-conf-help" />
              <span id="c-conf-help" className="help">0–100. Empty: no filter.</span>
            </div>
            <div className="field">
              <label htmlFor="c-tlp">Most restrictive TLP carried</label>
              <select id="c-tlp" value={maxTlp} onChange={(e) => setMaxTlp(e.target.value as Tlp | '')}>
                <option value="">No limit (what each reader may see)</option>
                {TLPS.map((t) => (
                  <option key={t} value={t}>TLP:{t.toUpperCase()}</option>
                ))}
              </select>
            </div>
          </>
        ) : (
          <div className="field field-wide">
            <label htmlFor="c-group">Sharing group for AMBER envelopes</label>
            <select id="c-group" value={sharingGroupId} onChange={(e) => setSharingGroupId(e.target.value)}>
              <option value="">None: AMBER is refused</option>
              {groups.map((g) => (
                <option key={g.id} value={g.id}>{g.name}</option>
              ))}
            </select>
          </div>
        )}
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>{collection ? 'Save collection' : 'Create collection'}</button>
          <button type="button" className="button" onClick={onCancel}>Cancel</button>
        </div>
      </form>
      <FormResult error={error} />
    </section>
  );
}
