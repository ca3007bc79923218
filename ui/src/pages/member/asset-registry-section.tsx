import { FormEvent, useCallback, useEffect, useState } from 'react';
import { api, ApiError } from '../../api/client';
import { plainWords } from '../../api/plain-words';
import type { AssetKind, AssetRegistry, AssetRegistryEntries } from '../../api/types';
import { formatDateTime } from '../../app/format';
import { FormResult } from '../../components/form-bits';
import { ErrorNotice, Skeleton } from '../../components/status';

const PATH = '/organizations/me/asset-registry';

/** Each kind with the words a submitter knows it by; the order is the order on screen. */
const KINDS: { kind: AssetKind; label: string; help: string }[] = [
  { kind: 'domains', label: 'Domains', help: 'Like acme-metering.example; subdomains are included.' },
  { kind: 'netblocks', label: 'Netblocks', help: 'IPv4 or IPv6 CIDR blocks, at most /8 or /16 wide; a bare address is one host.' },
  { kind: 'asns', label: 'AS numbers', help: 'Like 64500 or AS64500.' },
  { kind: 'adDomains', label: 'Active Directory domains', help: 'Like corp.acme.local or ACME.' },
  { kind: 'brands', label: 'Brands', help: 'Brand names, at least 3 characters.' },
  { kind: 'products', label: 'Products', help: 'Product names and models.' },
  { kind: 'staff', label: 'Staff names', help: 'People who may be named in your reports.' },
  { kind: 'customers', label: 'Customers', help: 'Customer names.' },
  { kind: 'redact', label: 'Redaction terms', help: 'Any other term; * stands for letters within a word.' },
  { kind: 'languages', label: 'Languages', help: 'Languages your reports are written in, like de or en-GB.' },
];

type Texts = Record<AssetKind, string>;
type Problems = Partial<Record<AssetKind, string[]>>;

interface Line {
  /** 1-based line in the text box, so an error can point at what the person typed. */
  line: number;
  value: string;
}

/** The non-empty lines of a text box: each is one entry. */
function entriesOf(text: string): Line[] {
  return text
    .split('\n')
    .map((value, i) => ({ line: i + 1, value: value.trim() }))
    .filter((l) => l.value !== '');
}

function textsOf(registry: AssetRegistryEntries): Texts {
  return Object.fromEntries(KINDS.map(({ kind }) => [kind, (registry[kind] as (string | number)[]).join('\n')])) as Texts;
}

/** The document to PUT; an AS number typed as digits is sent as a number, anything else as typed. */
function documentOf(texts: Texts): Record<AssetKind, (string | number)[]> {
  return Object.fromEntries(
    KINDS.map(({ kind }) => [kind, entriesOf(texts[kind]).map((l) => (kind === 'asns' && /^\d{1,10}$/.test(l.value) ? Number(l.value) : l.value))]),
  ) as Record<AssetKind, (string | number)[]>;
}

/**
 * The API names a bad entry by pointer (`/netblocks/1`: the second entry sent); this turns it
 * into the kind and the line of its text box, "Netblocks, line 3: …".
 */
function problemsOf(error: ApiError, texts: Texts): Problems {
  const problems: Problems = {};
  for (const issue of error.issues) {
    const [kind, index] = issue.pointer.split('/').slice(1) as [AssetKind, string | undefined];
    const meta = KINDS.find((k) => k.kind === kind);
    if (!meta) continue;
    const line = index === undefined ? undefined : entriesOf(texts[kind])[Number(index)]?.line;
    // "\"10.0.0.1/8\": has host bits set" reads as a sentence once the colon after the value goes.
    const message = issue.message.replace(/^("(?:[^"\\]|\\.)*"|[^\s:]+): /, '$1 ');
    (problems[kind] ??= []).push(line === undefined ? `${meta.label}: ${message}` : `${meta.label}, line ${line}: ${message}`);
  }
  return problems;
}

/**
 * The submitter's asset registry: one text box per kind, saved whole with If-Match so that two
 * people editing at once cannot silently overwrite each other.
 */
export function AssetRegistrySection() {
  const [stored, setStored] = useState<AssetRegistry>();
  const [loadError, setLoadError] = useState<unknown>();
  const [texts, setTexts] = useState<Texts>();
  const [problems, setProblems] = useState<Problems>({});
  const [result, setResult] = useState<{ ok?: string; error?: string }>({});
  const [stale, setStale] = useState(false);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    setLoadError(undefined);
    try {
      const registry = await api.get<AssetRegistry>(PATH);
      setStored(registry);
      setTexts(textsOf(registry));
      setProblems({});
      setStale(false);
      setResult({});
    } catch (err) {
      setLoadError(err);
    }
  }, []);
  useEffect(() => void load(), [load]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!stored || !texts) return;
    setBusy(true);
    setProblems({});
    setResult({});
    try {
      const saved = await api.put<AssetRegistry>(PATH, documentOf(texts), { headers: { 'If-Match': `"${stored.version}"` } });
      setStored(saved);
      // The service stores entries normalised (lower-case domains, canonical CIDRs, no duplicates): show what it keeps.
      setTexts(textsOf(saved));
      setResult({ ok: `Saved. The registry is now at version ${saved.version}.` });
    } catch (err) {
      if (err instanceof ApiError && err.code === 'INVALID_ASSET_REGISTRY') {
        setProblems(problemsOf(err, texts));
        setResult({ error: `Nothing was saved: ${err.issues.length === 1 ? 'one entry is' : `${err.issues.length} entries are`} not valid. Fix ${err.issues.length === 1 ? 'it' : 'them'} and save again.` });
      } else if (err instanceof ApiError && err.status === 412) {
        setStale(true);
      } else {
        setResult({ error: plainWords(err) });
      }
    } finally {
      setBusy(false);
    }
  };

  const allProblems = KINDS.flatMap(({ kind }) => problems[kind] ?? []);
  return (
    <section className="panel" aria-labelledby="registry-h">
      <h2 id="registry-h">Asset registry</h2>
      <p>
        Everything listed here is removed from what members receive: when a submission mentions one of your domains, addresses, names or terms, it is
        replaced before anything is published. The registry is stored encrypted and only your organization&apos;s submitters can see it — the
        coordinators cannot.
      </p>
      {loadError !== undefined && <ErrorNotice error={loadError} onRetry={() => void load()} />}
      {!stored || !texts ? (
        loadError === undefined && <Skeleton rows={3} />
      ) : (
        <form className="registry-form" onSubmit={save} noValidate>
          <p className="help">
            One entry per line.{' '}
            {stored.updatedAt ? `Last saved ${formatDateTime(stored.updatedAt)} (version ${stored.version}).` : 'Nothing has been saved yet.'}
          </p>
          <div className="form-grid">
            {KINDS.map(({ kind, label, help }) => {
              const id = `registry-${kind}`;
              const count = entriesOf(texts[kind]).length;
              const errors = problems[kind] ?? [];
              return (
                <div className="field" key={kind}>
                  <label htmlFor={id}>{label}</label>
                  <textarea
                    id={id}
                    rows={4}
                    className="mono"
                    spellCheck={false}
                    value={texts[kind]}
                    aria-invalid={errors.length > 0}
                    aria-describedby={`${id}-help${errors.length > 0 ? ` ${id}-errors` : ''}`}
                    onChange={(e) => setTexts({ ...texts, [kind]: e.target.value })}
                  />
                  <span id={`${id}-help`} className="help">
                    {count === 1 ? '1 entry' : `${count} entries`} · {help}
                  </span>
                  {errors.length > 0 && (
                    <ul id={`${id}-errors`} className="plain-list field-errors">
                      {errors.map((e, i) => (
                        <li key={i}>{e}</li>
                      ))}
                    </ul>
                  )}
                </div>
              );
            })}
          </div>
          {stale && (
            <div className="notice notice-warn" role="alert">
              <p>
                Someone else changed the registry since you opened it, so nothing was saved. Your text is still here: copy what you need, then reload to see
                their version and apply your change again.
              </p>
              <button type="button" className="button" onClick={() => void load()}>
                Reload the registry (discards your unsaved text)
              </button>
            </div>
          )}
          {allProblems.length > 0 ? (
            <div aria-live="polite" className="form-result">
              <div className="notice notice-error" role="alert">
                <p>{result.error}</p>
                <ul className="plain-list">
                  {allProblems.map((p, i) => (
                    <li key={i}>{p}</li>
                  ))}
                </ul>
              </div>
            </div>
          ) : (
            <FormResult ok={result.ok} error={result.error} />
          )}
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={busy || stale}>
              {busy ? 'Saving…' : 'Save the registry'}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
