import { FormEvent, useMemo, useState } from 'react';
import { api } from '../../api/client';
import { plainWords } from '../../api/plain-words';
import type { ModerationDetail, StixObject } from '../../api/types';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { Empty } from '../../components/status';
import { DialogError, Justification, type Outcome } from './actions-panel';
import { objectName, shortId } from './stix-names';

interface Operation {
  op: 'redact' | 'replace';
  objectId: string;
  /** JSON pointer inside the object; '' removes the whole object. */
  path: string;
  match?: string;
  value?: string;
}

type Mode = 'redact' | 'replace' | 'remove-object';

const FIXED = new Set(['/type', '/id', '/spec_version', '/created', '/modified', '/pattern_type', '/valid_from']);

/** JSON pointers of the string values inside an object that a coordinator may redact. */
export function redactablePaths(object: StixObject): { path: string; value: string }[] {
  const out: { path: string; value: string }[] = [];
  const walk = (value: unknown, pointer: string, depth: number) => {
    if (typeof value === 'string') {
      if (!FIXED.has(pointer) && !pointer.endsWith('_ref') && !/_refs\/\d+$/.test(pointer)) out.push({ path: pointer, value });
    } else if (value && typeof value === 'object' && depth < 4) {
      for (const [key, child] of Object.entries(value)) walk(child, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, depth + 1);
    }
  };
  walk(object, '', 0);
  return out;
}

/** Builds a list of redactions on the anonymized objects and applies them in one confirmed request. */
export function RedactionsEditor({ detail, reload, onOutcome }: { detail: ModerationDetail; reload(): Promise<ModerationDetail>; onOutcome(o: Outcome): void }) {
  const objects = (detail.anonymizedBundle?.objects ?? []).filter((o) => o.type !== 'marking-definition');
  const [objectId, setObjectId] = useState(objects[0]?.id ?? '');
  const object = objects.find((o) => o.id === objectId);
  const paths = useMemo(() => (object ? redactablePaths(object) : []), [object]);
  const [path, setPath] = useState('');
  const [match, setMatch] = useState('');
  const [mode, setMode] = useState<Mode>('redact');
  const [replacement, setReplacement] = useState('');
  const [operations, setOperations] = useState<Operation[]>([]);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [justification, setJustification] = useState('');
  const editable = detail.state === 'pending_review';
  const chosenPath = paths.find((p) => p.path === path) ?? paths[0];
  const matchMissing = mode === 'redact' && !!match && !!chosenPath && !chosenPath.value.includes(match);
  const needsWhy = operations.some((o) => o.op === 'replace');

  if (objects.length === 0) return <Empty>There is nothing to redact.</Empty>;

  const add = (event: FormEvent) => {
    event.preventDefault();
    if (mode === 'remove-object') {
      setOperations((ops) => [...ops, { op: 'redact', objectId, path: '' }]);
      return;
    }
    if (!chosenPath || matchMissing) return;
    const op: Operation =
      mode === 'replace'
        ? { op: 'replace', objectId, path: chosenPath.path, value: replacement }
        : { op: 'redact', objectId, path: chosenPath.path, ...(match ? { match } : {}) };
    setOperations((ops) => [...ops, op]);
    setMatch('');
    setReplacement('');
  };

  const apply = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await api.post(`/moderation/submissions/${detail.id}/redactions`, {
        operations,
        ...(justification.trim() ? { justification: justification.trim() } : {}),
      });
      setConfirming(false);
      const count = operations.length;
      setOperations([]);
      await reload();
      onOutcome({ kind: 'success', text: `${count} redaction${count === 1 ? '' : 's'} applied. The bundle and the diff show the new text.` });
    } catch (err) {
      setError(plainWords(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="redactions">
      {!editable && <p className="muted">Redactions can be edited only while the submission is pending review.</p>}
      <form className="redaction-form" onSubmit={add} aria-label="Add a redaction">
        <div className="field">
          <label htmlFor="r-object">Object</label>
          <select id="r-object" value={objectId} onChange={(e) => { setObjectId(e.target.value); setPath(''); }} disabled={!editable}>
            {objects.map((o) => (
              <option key={o.id} value={o.id}>
                {o.type}: {objectName(o)} ({shortId(o.id)})
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="r-mode">Change</label>
          <select id="r-mode" value={mode} onChange={(e) => setMode(e.target.value as Mode)} disabled={!editable}>
            <option value="redact">Redact text</option>
            <option value="replace">Replace the value</option>
            <option value="remove-object">Remove the whole object</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="r-path">Property</label>
          <select id="r-path" value={chosenPath?.path ?? ''} onChange={(e) => setPath(e.target.value)} disabled={!editable || paths.length === 0 || mode === 'remove-object'}>
            {paths.length === 0 && <option value="">No text properties</option>}
            {paths.map((p) => (
              <option key={p.path} value={p.path}>
                {p.path}
              </option>
            ))}
          </select>
        </div>
        {mode === 'replace' ? (
          <div className="field">
            <label htmlFor="r-value">New value</label>
            <input id="r-value" value={replacement} onChange={(e) => setReplacement(e.target.value)} disabled={!editable} aria-describedby="r-value-help" />
            <span id="r-value-help" className="help">Puts content back in: needs a justification.</span>
          </div>
        ) : mode === 'redact' ? (
        <div className="field">
          <label htmlFor="r-match">Text to redact (empty: the whole value)</label>
          <input id="r-match" value={match} onChange={(e) => setMatch(e.target.value)} disabled={!editable} aria-invalid={matchMissing} aria-describedby="r-match-help" />
          <span id="r-match-help" className={`help${matchMissing ? ' text-danger' : ''}`}>
            {matchMissing ? 'This text does not occur in the chosen property.' : 'Only this part of the value is removed.'}
          </span>
        </div>
        ) : (
          <p className="help">The object and the relationships that point to it are removed from what members receive.</p>
        )}
        {chosenPath && mode !== 'remove-object' && (
          <p className="current-value">
            <span className="label">Current value</span>
            <span className="diff-text">{highlight(chosenPath.value, match)}</span>
          </p>
        )}
        <button type="submit" className="button" disabled={!editable || (mode !== 'remove-object' && (!chosenPath || matchMissing))}>
          Add to the list
        </button>
      </form>

      <h3>Redactions to apply ({operations.length})</h3>
      {operations.length === 0 ? (
        <Empty>None yet.</Empty>
      ) : (
        <ul className="plain-list">
          {operations.map((op, i) => (
            <li key={i}>
              {objectName(objects.find((o) => o.id === op.objectId))} <span className="mono">{op.path}</span>
              {op.path === '' ? ' — remove the whole object' : op.op === 'replace' ? <> — replace with “{op.value}”</> : op.match ? <> — redact “{op.match}”</> : ' — redact the whole value'}{' '}
              <button type="button" className="button button-quiet" onClick={() => setOperations((ops) => ops.filter((_, j) => j !== i))}>
                Remove<span className="visually-hidden"> redaction {i + 1}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="button button-primary" disabled={!editable || operations.length === 0} onClick={() => { setError(undefined); setConfirming(true); }}>
        Apply redactions…
      </button>
      <ConfirmDialog open={confirming} title="Apply redactions" confirmLabel={`Apply ${operations.length}`} busy={busy} onCancel={() => setConfirming(false)} onConfirm={() => void apply()}>
        <p>The published version will have these {operations.length} values replaced. The raw submission is not changed.</p>
        <Justification value={justification} onChange={setJustification} required={needsWhy} help={needsWhy ? 'A replacement puts content back into what members receive.' : undefined} />
        <DialogError text={error} />
      </ConfirmDialog>
    </div>
  );
}

function highlight(value: string, match: string) {
  if (!match || !value.includes(match)) return value;
  const parts = value.split(match);
  return parts.flatMap((part, i) => (i === 0 ? [part] : [<mark key={i}>{match}</mark>, part]));
}
