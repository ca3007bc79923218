import { FormEvent, useState } from 'react';
import { api } from '../../api/client';
import { plainWords } from '../../api/plain-words';
import type { FeedStats, Subscription } from '../../api/types';
import { FormResult, ListField } from '../../components/form-bits';

/** Create or edit a subscription: collections and filters, then poll or webhook delivery. */
export function SubscriptionForm({
  subscription,
  feeds,
  onDone,
  onCancel,
}: {
  subscription?: Subscription;
  feeds: FeedStats[];
  onDone(saved: Subscription, created: boolean): void;
  onCancel(): void;
}) {
  const [name, setName] = useState(subscription?.name ?? '');
  const [collectionIds, setCollectionIds] = useState<string[]>(subscription?.collectionIds ?? []);
  const [types, setTypes] = useState<string[]>(subscription?.types ?? []);
  const [sectors, setSectors] = useState<string[]>(subscription?.sectors ?? []);
  const [labels, setLabels] = useState<string[]>(subscription?.labels ?? []);
  const [minConfidence, setMinConfidence] = useState(subscription?.minConfidence?.toString() ?? '');
  const [mode, setMode] = useState<'poll' | 'webhook'>(subscription?.mode ?? 'poll');
  const [webhookUrl, setWebhookUrl] = useState(subscription?.webhookUrl ?? '');
  const [secret, setSecret] = useState('');
  const [dropSecret, setDropSecret] = useState(false);
  const [startFrom, setStartFrom] = useState<'now' | 'beginning'>('now');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    const body: Record<string, unknown> = {
      name,
      collectionIds,
      types,
      sectors,
      labels,
      minConfidence: minConfidence === '' ? null : Number(minConfidence),
      mode,
      ...(mode === 'webhook' ? { webhookUrl } : {}),
    };
    if (mode === 'webhook' && secret) body.webhookSecret = secret;
    else if (subscription && dropSecret) body.webhookSecret = null;
    if (!subscription && mode === 'webhook') body.startFrom = startFrom;
    try {
      const saved = subscription ? await api.patch<Subscription>(`/subscriptions/${subscription.id}`, body) : await api.post<Subscription>('/subscriptions', body);
      onDone(saved, !subscription);
    } catch (err) {
      setError(plainWords(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="sub-form-h">
      <h2 id="sub-form-h">{subscription ? `Edit ${subscription.name}` : 'New subscription'}</h2>
      <form className="form-grid" onSubmit={submit}>
        <div className="field field-wide">
          <label htmlFor="s-name">Name</label>
          <input id="s-name" required maxLength={120} value={name} onChange={(e) => setName(e.target.value)} autoFocus />
        </div>
        <fieldset className="checkbox-group field-full">
          <legend>Collections</legend>
          <p className="help" id="s-coll-help">Any of these. None ticked: everything your organization may see.</p>
          {feeds.length === 0 && <p className="muted">There are no feeds yet.</p>}
          {feeds.map((f) => (
            <label key={f.id} className="inline-check">
              <input
                type="checkbox"
                checked={collectionIds.includes(f.id)}
                onChange={(e) => setCollectionIds(e.target.checked ? [...collectionIds, f.id] : collectionIds.filter((c) => c !== f.id))}
              />{' '}
              {f.title}
            </label>
          ))}
        </fieldset>
        <ListField id="s-types" label="Object types" help="Comma-separated STIX types, e.g. indicator, malware. Empty: every type." value={types} onChange={setTypes} />
        <ListField id="s-sectors" label="Sectors" help="The submitter's sectors, e.g. energy. Empty: every sector." value={sectors} onChange={setSectors} />
        <ListField id="s-labels" label="Labels" help="Any of these STIX labels. Empty: no label filter." value={labels} onChange={setLabels} />
        <div className="field">
          <label htmlFor="s-conf">Minimum confidence</label>
          <input id="s-conf" type="number" min={0} max={100} inputMode="numeric" value={minConfidence} onChange={(e) => setMinConfidence(e.target.value)} aria-describedby="s-conf-help" />
          <span id="s-conf-help" className="help">0–100. Empty: no filter. When set, objects without a confidence are left out.</span>
        </div>
        <fieldset className="checkbox-group field-full">
          <legend>Delivery</legend>
          <label className="inline-check">
            <input type="radio" name="s-mode" value="poll" checked={mode === 'poll'} onChange={() => setMode('poll')} /> Poll: our client reads the feeds over TAXII or the bundle export
          </label>
          <label className="inline-check">
            <input type="radio" name="s-mode" value="webhook" checked={mode === 'webhook'} onChange={() => setMode('webhook')} /> Webhook: ShieldShare pushes signed batches to our URL
          </label>
        </fieldset>
        {mode === 'webhook' && (
          <>
            <div className="field field-wide">
              <label htmlFor="s-url">Webhook URL</label>
              <input id="s-url" type="url" required value={webhookUrl} onChange={(e) => setWebhookUrl(e.target.value)} aria-describedby="s-url-help" />
              <span id="s-url-help" className="help">https only. Redirects are not followed.</span>
            </div>
            <div className="field">
              <label htmlFor="s-secret">HMAC secret (optional)</label>
              <input id="s-secret" type="password" autoComplete="new-password" minLength={16} maxLength={256} value={secret} onChange={(e) => setSecret(e.target.value)} aria-describedby="s-secret-help" />
              <span id="s-secret-help" className="help">
                {subscription?.hasWebhookSecret ? 'A secret is set; type a new one to replace it. ' : ''}16 characters or more; sent as X-ShieldShare-HMAC. Never shown again.
              </span>
            </div>
            {subscription?.hasWebhookSecret && (
              <label className="inline-check">
                <input type="checkbox" checked={dropSecret} onChange={(e) => setDropSecret(e.target.checked)} /> Stop sending the HMAC header
              </label>
            )}
            {!subscription && (
              <fieldset className="checkbox-group field-wide">
                <legend>Start with</legend>
                <label className="inline-check">
                  <input type="radio" name="s-start" checked={startFrom === 'now'} onChange={() => setStartFrom('now')} /> What is published from now on
                </label>
                <label className="inline-check">
                  <input type="radio" name="s-start" checked={startFrom === 'beginning'} onChange={() => setStartFrom('beginning')} /> Everything already published too
                </label>
              </fieldset>
            )}
          </>
        )}
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>{subscription ? 'Save subscription' : 'Create subscription'}</button>
          <button type="button" className="button" onClick={onCancel}>Cancel</button>
        </div>
      </form>
      <FormResult error={error} />
    </section>
  );
}
