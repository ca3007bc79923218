import { ChangeEvent, FormEvent, useState } from 'react';
import { api, ApiError } from '../../api/client';
import { plainWords } from '../../api/plain-words';
import { pointerInWords } from '../../api/pointer-words';
import { TLPS, type Policy, type SharingGroup, type SubmissionDetail, type Tlp } from '../../api/types';
import { useApi } from '../../app/use-api';

interface Refusal {
  summary: string;
  issues: { where: string; message: string }[];
}

/** Paste or load the corrected bundle and send it as the next revision (after changes_requested or invalid). */
export function ResubmitForm({ submission, onDone, onChanged }: { submission: SubmissionDetail; onDone(text: string): void; onChanged(): void }) {
  const [text, setText] = useState('');
  const [tlp, setTlp] = useState<Tlp>(submission.tlp);
  const [groupId, setGroupId] = useState(submission.sharingGroup?.id ?? '');
  const [consent, setConsent] = useState(submission.attributionConsent);
  const [refusal, setRefusal] = useState<Refusal>();
  const [busy, setBusy] = useState(false);
  const amber = tlp === 'amber' || tlp === 'amber+strict';
  const groups = useApi<SharingGroup[]>(amber ? '/sharing-groups' : null);
  // Consent is offered only under a policy that may attribute; under `never` the API refuses it.
  const policy = useApi<Policy>('/policies/current');
  const mayAttribute = policy.data?.rules.attribution === 'with-consent';

  const load = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) setText(await file.text());
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setRefusal(undefined);
    let bundle: unknown;
    try {
      bundle = JSON.parse(text);
    } catch (err) {
      setRefusal({ summary: `That is not valid JSON: ${(err as Error).message}. Nothing was sent.`, issues: [] });
      return;
    }
    setBusy(true);
    try {
      await api.post(`/submissions/${submission.id}/resubmit`, { bundle, tlp, ...(amber && groupId ? { sharingGroupId: groupId } : {}), ...(mayAttribute && consent ? { attributionConsent: true } : {}) });
      setText('');
      onDone(`Resubmitted as revision ${submission.revision + 1}. It is checked and anonymized again, then goes back to the coordinators.`);
    } catch (err) {
      setRefusal({
        summary: err instanceof ApiError && err.code === 'INVALID_STIX' ? `The corrected bundle still has ${err.issues.length === 1 ? 'a problem' : `${err.issues.length} problems`}. Fix ${err.issues.length === 1 ? 'it' : 'them'} and send again:` : plainWords(err),
        issues: err instanceof ApiError ? err.issues.map((i) => ({ where: pointerInWords(i.pointer, bundle), message: i.message })) : [],
      });
      // An invalid bundle is still recorded, as the next (invalid) revision: show it.
      if (err instanceof ApiError && err.code === 'INVALID_STIX') onChanged();
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="resubmit-h">
      <h2 id="resubmit-h">Send a corrected bundle</h2>
      <p className="muted">
        {submission.state === 'invalid' ? 'The bundle was refused by the STIX validator.' : 'The coordinators asked for changes.'} Paste the corrected STIX 2.1
        bundle, or load it from a file. It replaces the previous revision.
      </p>
      <form className="form-grid" onSubmit={submit}>
        <div className="field field-full">
          <label htmlFor="r-bundle">Corrected bundle (JSON)</label>
          <textarea id="r-bundle" rows={10} className="mono" spellCheck={false} required value={text} onChange={(e) => setText(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="r-file">Or load a file</label>
          <input id="r-file" type="file" accept=".json,application/json,application/stix+json" onChange={(e) => void load(e)} />
        </div>
        <div className="field">
          <label htmlFor="r-tlp">TLP</label>
          <select id="r-tlp" value={tlp} onChange={(e) => setTlp(e.target.value as Tlp)}>
            {TLPS.map((t) => (
              <option key={t} value={t}>TLP:{t.toUpperCase()}</option>
            ))}
          </select>
        </div>
        {amber && (
          <div className="field">
            <label htmlFor="r-group">Sharing group</label>
            <select id="r-group" required value={groupId} onChange={(e) => setGroupId(e.target.value)}>
              <option value="">Choose a group</option>
              {(groups.data ?? []).map((g) => (
                <option key={g.id} value={g.id}>{g.name}</option>
              ))}
            </select>
          </div>
        )}
        {mayAttribute && (
          <div className="field field-full">
            <label className="inline-check">
              <input type="checkbox" checked={consent} aria-describedby="r-consent-help" onChange={(e) => setConsent(e.target.checked)} /> Name my organization as the creator of the
              published objects
            </label>
            <span id="r-consent-help" className="help">
              Unticked, the objects are published as created by the exchange. Ticked, your organization&apos;s name, kind and sectors are shown as their
              creator; staff, customers and everything in your asset registry are still removed.
            </span>
          </div>
        )}
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy || !text.trim()}>
            {busy ? 'Sending…' : 'Resubmit'}
          </button>
        </div>
      </form>
      <div aria-live="polite">
        {refusal && (
          <div className="notice notice-error" role="alert">
            <p>{refusal.summary}</p>
            {refusal.issues.length > 0 && (
              <ul className="plain-list">
                {refusal.issues.map((i, n) => (
                  <li key={n}><strong>{i.where}:</strong> {i.message}</li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
