import { ReactNode, useState } from 'react';
import { api, ApiError } from '../../api/client';
import { plainWords } from '../../api/plain-words';
import type { Me, ModerationDetail, SharingGroup } from '../../api/types';
import { formatDateTime, localInputToIso } from '../../app/format';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { TlpBadge } from '../../components/status';

export type Outcome = { kind: 'success' | 'error'; text: string };

type Dialog = 'approve' | 'reject' | 'request-changes' | 'sharing-group' | null;

interface Props {
  detail: ModerationDetail;
  me: Me;
  groups: SharingGroup[] | undefined;
  /** Reloads the submission; resolves to the fresh detail so the outcome can describe it. */
  reload(): Promise<ModerationDetail>;
  onOutcome(outcome: Outcome): void;
}

/** approve / request changes / reject / sharing group, each confirmed in a dialog. */
export function ActionsPanel({ detail, me, groups, reload, onOutcome }: Props) {
  const [dialog, setDialog] = useState<Dialog>(null);
  const [busy, setBusy] = useState(false);
  const [dialogError, setDialogError] = useState<string>();
  const [publishAt, setPublishAt] = useState('');
  const [groupId, setGroupId] = useState(detail.sharingGroup?.id ?? '');
  const [text, setText] = useState('');
  const [justification, setJustification] = useState('');

  const pending = detail.state === 'pending_review';
  const needsGroup = detail.tlp === 'amber' || detail.tlp === 'amber+strict';
  const myApproval = detail.approvals.find((a) => a.userId === me.userId);
  const fourEyes = detail.tlp === 'clear';
  const chosenAt = localInputToIso(publishAt);
  const beforeEmbargo = !!detail.embargoUntil && (!chosenAt ? false : new Date(chosenAt) < new Date(detail.embargoUntil));
  const approveNeedsWhy = detail.verdict === 'block' || beforeEmbargo;

  const openDialog = (which: Dialog) => {
    setDialogError(undefined);
    setText('');
    setJustification('');
    setPublishAt('');
    setGroupId(detail.sharingGroup?.id ?? '');
    setDialog(which);
  };

  const run = async (path: string, body: Record<string, unknown>, describe: (fresh: ModerationDetail) => string) => {
    setBusy(true);
    setDialogError(undefined);
    try {
      await api.post(`/moderation/submissions/${detail.id}/${path}`, body);
      setDialog(null);
      const fresh = await reload();
      onOutcome({ kind: 'success', text: describe(fresh) });
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        // Someone else changed it: what was typed no longer applies, so show the new state.
        setDialog(null);
        onOutcome({ kind: 'error', text: `${plainWords(error).replace(/ Reload to see the current state\.$/, '')} The page now shows its current state.` });
        reload().catch(() => undefined);
      } else {
        // The dialog stays open with the reason, so nothing typed is lost.
        setDialogError(plainWords(error));
      }
    } finally {
      setBusy(false);
    }
  };

  const approve = () =>
    run(
      'approve',
      {
        ...(localInputToIso(publishAt) ? { publishAt: localInputToIso(publishAt) } : {}),
        ...(groupId && groupId !== detail.sharingGroup?.id ? { sharingGroupId: groupId } : {}),
        ...(justification.trim() ? { justification: justification.trim() } : {}),
      },
      (fresh) => {
        if (fresh.state === 'pending_review' && fresh.tlp === 'clear')
          return `Your approval is recorded (${fresh.approvals.length} of 2). TLP:CLEAR is published only after a second coordinator approves.`;
        if (fresh.state === 'published') return 'Approved and published to members.';
        if (fresh.publishAt && new Date(fresh.publishAt) > new Date())
          return `Approved. Under embargo: it will be published on ${formatDateTime(fresh.publishAt)}.`;
        return 'Approved. Publication is under way.';
      },
    );

  if (!pending) {
    return (
      <section className="panel" aria-labelledby="actions-h">
        <h2 id="actions-h">Actions</h2>
        <p className="muted">
          {detail.state === 'published'
            ? `Published ${formatDateTime(detail.publishedAt)}. No moderation actions remain.`
            : detail.state === 'approved'
              ? `Approved; ${detail.publishAt ? `embargoed until ${formatDateTime(detail.publishAt)}` : 'publication is under way'}.`
              : detail.state === 'changes_requested'
                ? 'Waiting for the submitter to resubmit.'
                : 'This submission is closed; nothing to moderate.'}
        </p>
      </section>
    );
  }

  return (
    <section className="panel" aria-labelledby="actions-h">
      <h2 id="actions-h">Actions</h2>
      {fourEyes && (
        <p className="four-eyes">
          <strong>Four-eyes rule:</strong> TLP:CLEAR needs two different coordinators. {detail.approvals.length} of 2 approvals so far.
          {myApproval && ` You approved ${formatDateTime(myApproval.at)}; a second coordinator must give the other approval.`}
        </p>
      )}
      <div className="action-buttons">
        <button
          type="button"
          className="button button-primary"
          onClick={() => openDialog('approve')}
          disabled={!!myApproval}
          aria-describedby={myApproval ? 'approve-why' : undefined}
        >
          {fourEyes && detail.approvals.length === 1 ? 'Give second approval…' : 'Approve…'}
        </button>
        {myApproval && (
          <span id="approve-why" className="visually-hidden">
            You already approved this submission.
          </span>
        )}
        <button type="button" className="button" onClick={() => openDialog('request-changes')}>
          Request changes…
        </button>
        <button type="button" className="button" onClick={() => openDialog('sharing-group')}>
          Sharing group…
        </button>
        <button type="button" className="button button-danger" onClick={() => openDialog('reject')}>
          Reject…
        </button>
      </div>

      <ConfirmDialog
        open={dialog === 'approve'}
        title={fourEyes && detail.approvals.length === 1 ? 'Give the second approval' : 'Approve this submission'}
        confirmLabel={fourEyes && detail.approvals.length === 0 ? 'Record my approval' : 'Approve'}
        busy={busy}
        onCancel={() => setDialog(null)}
        onConfirm={() => void approve()}
      >
        <p>
          Members will receive the anonymized bundle at <TlpBadge tlp={detail.tlp} />
          {detail.tlp === 'red' ? ' (coordinators only: TLP:RED is never redistributed).' : '.'}
        </p>
        {fourEyes && detail.approvals.length === 0 && <p>This is the first of two approvals; nothing is published yet.</p>}
        <div className="field">
          <label htmlFor="approve-at">Embargo: publish at (optional)</label>
          <input id="approve-at" type="datetime-local" value={publishAt} onChange={(e) => setPublishAt(e.target.value)} aria-describedby="approve-at-help" />
          <span id="approve-at-help" className="help">
            Your local time.{' '}
            {detail.embargoUntil
              ? `Empty: the submitter's requested embargo, ${formatDateTime(detail.embargoUntil)}.`
              : 'Empty: publish as soon as it is approved.'}
          </span>
        </div>
        {needsGroup && (
          <GroupSelect id="approve-group" groups={groups} value={groupId} onChange={setGroupId} required />
        )}
        <Justification
          value={justification}
          onChange={setJustification}
          required={approveNeedsWhy}
          help={
            detail.verdict === 'block'
              ? 'The anonymizer blocked this submission; say why it may be published anyway.'
              : beforeEmbargo
                ? 'This is earlier than the embargo the submitter asked for.'
                : 'Needed to widen the sharing group.'
          }
        />
        <DialogError text={dialogError} />
      </ConfirmDialog>

      <ConfirmDialog
        open={dialog === 'request-changes'}
        title="Request changes from the submitter"
        confirmLabel="Send request"
        busy={busy}
        onCancel={() => setDialog(null)}
        onConfirm={() =>
          void run('request-changes', { message: text.trim() }, () => 'Changes requested. The submitter sees your message and can resubmit.')
        }
      >
        <Field label="Message to the submitter" help="Say what to change; the submitter sees this text.">
          {(id, describedBy) => (
            <textarea id={id} aria-describedby={describedBy} required rows={5} value={text} onChange={(e) => setText(e.target.value)} autoFocus />
          )}
        </Field>
        <DialogError text={dialogError} />
      </ConfirmDialog>

      <ConfirmDialog
        open={dialog === 'reject'}
        title="Reject this submission"
        confirmLabel="Reject"
        danger
        busy={busy}
        onCancel={() => setDialog(null)}
        onConfirm={() => void run('reject', { reason: text.trim() }, () => 'Rejected. Nothing was published; the submitter sees your reason.')}
      >
        <p>Rejecting is final: the submitter would have to submit again.</p>
        <Field label="Reason" help="The submitter sees this reason.">
          {(id, describedBy) => (
            <textarea id={id} aria-describedby={describedBy} required rows={4} value={text} onChange={(e) => setText(e.target.value)} autoFocus />
          )}
        </Field>
        <DialogError text={dialogError} />
      </ConfirmDialog>

      <ConfirmDialog
        open={dialog === 'sharing-group'}
        title="Choose the sharing group"
        confirmLabel="Save sharing group"
        busy={busy}
        onCancel={() => setDialog(null)}
        onConfirm={() =>
          void run(
            'sharing-group',
            { sharingGroupId: groupId, ...(justification.trim() ? { justification: justification.trim() } : {}) },
            (fresh) => `Sharing group set to ${fresh.sharingGroup?.name ?? 'none'}.`,
          )
        }
      >
        <p>For TLP:AMBER and AMBER+STRICT, only organizations in this group receive the content.</p>
        <GroupSelect id="change-group" groups={groups} value={groupId} onChange={setGroupId} required />
        <Justification value={justification} onChange={setJustification} help="Needed when the new group adds organizations (widening who receives it)." />
        <DialogError text={dialogError} />
      </ConfirmDialog>
    </section>
  );
}

export function Field({ label, help, children }: { label: string; help?: string; children(id: string, describedBy?: string): ReactNode }) {
  const id = `f-${label.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children(id, help ? `${id}-help` : undefined)}
      {help && (
        <span id={`${id}-help`} className="help">
          {help}
        </span>
      )}
    </div>
  );
}

export function Justification({ value, onChange, required, help }: { value: string; onChange(v: string): void; required?: boolean; help?: string }) {
  return (
    <Field label={required ? 'Justification (required)' : 'Justification (optional)'} help={`${help ? `${help} ` : ''}Kept in the audit log.`}>
      {(id, describedBy) => <input id={id} aria-describedby={describedBy} value={value} required={required} onChange={(e) => onChange(e.target.value)} />}
    </Field>
  );
}

function GroupSelect({ id, groups, value, onChange, required }: { id: string; groups: SharingGroup[] | undefined; value: string; onChange(v: string): void; required?: boolean }) {
  return (
    <div className="field">
      <label htmlFor={id}>Sharing group</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} required={required}>
        <option value="">{groups ? 'Choose a group' : 'Loading groups…'}</option>
        {groups?.map((g) => (
          <option key={g.id} value={g.id}>
            {g.name} ({g.memberOrgIds.length} organizations)
          </option>
        ))}
      </select>
    </div>
  );
}

export function DialogError({ text }: { text?: string }) {
  return (
    <div aria-live="assertive">
      {text && (
        <p className="notice notice-error" role="alert">
          {text}
        </p>
      )}
    </div>
  );
}
