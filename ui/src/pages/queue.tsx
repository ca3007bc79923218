import { FormEvent, KeyboardEvent as ReactKeyboardEvent, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { api, query } from '../api/client';
import { ORGANIZATION_KINDS, SUBMISSION_STATES, TLPS, type ModerationPage, type SubmissionState, type SubmissionSummary } from '../api/types';
import { formatAge, formatDateTime, humanize } from '../app/format';
import { Layout } from '../app/layout';
import { Link, navigate, useLocation } from '../app/router';
import { Empty, ErrorNotice, RiskScore, Skeleton, StateBadge, TlpBadge } from '../components/status';

const PAGE = 50;
const REFRESH_MS = 30_000;
const FILTERS = ['state', 'tlp', 'orgKind', 'sector', 'minAgeHours', 'maxAgeHours', 'sort'] as const;
type Filters = Record<(typeof FILTERS)[number], string>;
/** Where the reader was, so coming back from a review lands on the same row. */
const PLACE_KEY = 'shieldshare.queue.selected';

export function Queue() {
  const { search, searchString } = useLocation();
  useEffect(() => sessionStorage.setItem('shieldshare.queue.search', searchString ? `?${searchString}` : ''), [searchString]);
  const filters = useMemo<Filters>(() => {
    const f = Object.fromEntries(FILTERS.map((k) => [k, search.get(k) ?? ''])) as Filters;
    if (!search.has('state')) f.state = 'pending_review';
    if (!f.sort) f.sort = 'oldest';
    return f;
  }, [search]);

  const [items, setItems] = useState<SubmissionSummary[]>([]);
  const [counts, setCounts] = useState<ModerationPage['counts']>({});
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [error, setError] = useState<unknown>();
  const [loading, setLoading] = useState(true);
  const [loadingMore, setLoadingMore] = useState(false);
  const [updatedAt, setUpdatedAt] = useState<Date>();
  const [autoRefresh, setAutoRefresh] = useState(true);
  const [selectedId, setSelectedId] = useState<string | null>(() => sessionStorage.getItem(PLACE_KEY));
  const rowLinks = useRef(new Map<string, HTMLAnchorElement>());
  const loaded = useRef(0);
  loaded.current = items.length;

  const fetchPage = useCallback(
    (cursor: string | null, limit: number, signal?: AbortSignal) =>
      api.get<ModerationPage>(
        `/moderation/submissions${query({
          state: filters.state === 'all' ? undefined : filters.state,
          tlp: filters.tlp,
          orgKind: filters.orgKind,
          sector: filters.sector,
          minAgeHours: filters.minAgeHours,
          maxAgeHours: filters.maxAgeHours,
          sort: filters.sort,
          limit,
          cursor,
        })}`,
        { signal },
      ),
    [filters],
  );

  // New filters: start from the first page.
  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    fetchPage(null, PAGE, controller.signal).then(
      (page) => {
        setItems(page.items);
        setCounts(page.counts);
        setNextCursor(page.nextCursor);
        setError(undefined);
        setLoading(false);
        setUpdatedAt(new Date());
      },
      (err: unknown) => {
        if (controller.signal.aborted) return;
        setError(err);
        setLoading(false);
      },
    );
    return () => controller.abort();
  }, [fetchPage]);

  // Auto-refresh re-reads as many rows as the reader has loaded and keeps the selection by id,
  // so rows update in place and the reader's position survives (scroll anchoring does the rest).
  const refresh = useCallback(async () => {
    const want = Math.max(PAGE, loaded.current);
    const fresh: SubmissionSummary[] = [];
    let cursor: string | null = null;
    let page: ModerationPage;
    do {
      page = await fetchPage(cursor, Math.min(100, want - fresh.length));
      fresh.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor && fresh.length < want);
    setItems(fresh);
    setCounts(page.counts);
    setNextCursor(cursor);
    setUpdatedAt(new Date());
    setError(undefined);
  }, [fetchPage]);

  useEffect(() => {
    if (!autoRefresh) return;
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible') refresh().catch(setError);
    }, REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [autoRefresh, refresh]);

  const loadMore = async () => {
    if (!nextCursor) return;
    setLoadingMore(true);
    try {
      const page = await fetchPage(nextCursor, PAGE);
      setItems((current) => [...current, ...page.items.filter((i) => !current.some((c) => c.id === i.id))]);
      setNextCursor(page.nextCursor);
      setCounts(page.counts);
    } catch (err) {
      setError(err);
    } finally {
      setLoadingMore(false);
    }
  };

  // Keep a valid selection: the remembered row if still listed, otherwise the first.
  useEffect(() => {
    if (items.length === 0) return;
    if (!selectedId || !items.some((i) => i.id === selectedId)) setSelectedId(items[0].id);
  }, [items, selectedId]);

  const select = (id: string, focus: boolean) => {
    setSelectedId(id);
    sessionStorage.setItem(PLACE_KEY, id);
    if (focus) {
      const link = rowLinks.current.get(id);
      link?.focus({ preventScroll: true });
      link?.closest('tr')?.scrollIntoView({ block: 'nearest' });
    }
  };

  // j/k move through the rows, Enter opens the selected one; typing in a field is left alone.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement;
      if (target.closest('input, select, textarea, [contenteditable="true"], dialog')) return;
      const index = items.findIndex((i) => i.id === selectedId);
      if (event.key === 'j' || event.key === 'k') {
        event.preventDefault();
        if (items.length === 0) return;
        const next = event.key === 'j' ? Math.min(items.length - 1, index + 1) : Math.max(0, index - 1);
        select(items[next].id, true);
      } else if (event.key === 'Enter' && selectedId && !target.closest('a, button')) {
        event.preventDefault();
        open(selectedId);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  const open = (id: string) => {
    sessionStorage.setItem(PLACE_KEY, id);
    navigate(`/submissions/${id}`);
  };

  const setFilter = (patch: Partial<Filters>) => {
    const next = { ...filters, ...patch };
    const params = new URLSearchParams();
    for (const key of FILTERS) if (next[key] && !(key === 'sort' && next[key] === 'oldest')) params.set(key, next[key]);
    navigate(`/queue${params.toString() ? `?${params}` : ''}`, { replace: true });
  };

  const total = Object.values(counts).reduce((a, b) => a + (b ?? 0), 0);

  return (
    <Layout
      title="Moderation queue"
      actions={
        <div className="refresh-status" aria-live="polite">
          <span className="muted">{updatedAt ? `Updated ${updatedAt.toLocaleTimeString()}` : ' '}</span>
          <label className="inline-check">
            <input type="checkbox" checked={autoRefresh} onChange={(e) => setAutoRefresh(e.target.checked)} /> Auto-refresh
          </label>
          <button type="button" className="button" onClick={() => refresh().catch(setError)}>
            Refresh
          </button>
        </div>
      }
    >
      <nav aria-label="Submissions by state" className="state-counts">
        <ul>
          {(['pending_review', 'changes_requested', 'approved', 'published', 'rejected', 'invalid', 'withdrawn'] as SubmissionState[]).map((state) => (
            <li key={state}>
              <button
                type="button"
                className="count-chip"
                aria-pressed={filters.state === state}
                onClick={() => setFilter({ state })}
              >
                <span className="count-label">{humanize(state)}</span> <span className="count-value">{counts[state] ?? 0}</span>
              </button>
            </li>
          ))}
          <li>
            <button type="button" className="count-chip" aria-pressed={filters.state === 'all'} onClick={() => setFilter({ state: 'all' })}>
              <span className="count-label">All</span> <span className="count-value">{total}</span>
            </button>
          </li>
        </ul>
      </nav>

      <QueueFilters filters={filters} onChange={setFilter} />

      <p className="keyboard-hint muted" id="queue-keys">
        Keys: <kbd>j</kbd> next, <kbd>k</kbd> previous, <kbd>Enter</kbd> open.
      </p>

      {error !== undefined && <ErrorNotice error={error} onRetry={() => refresh().catch(setError)} />}
      {loading ? (
        <Skeleton rows={10} label="Loading the queue" />
      ) : items.length === 0 ? (
        <Empty>No submissions match these filters. {filters.state === 'pending_review' && 'The queue is clear.'}</Empty>
      ) : (
        <div className="table-wrap">
          <table className="table queue-table" aria-describedby="queue-keys">
            <caption className="visually-hidden">Submissions, {filters.sort === 'risk' ? 'highest risk first' : `${filters.sort} first`}</caption>
            <thead>
              <tr>
                <th scope="col">Submission</th>
                <th scope="col">Organization</th>
                <th scope="col">TLP</th>
                <th scope="col">State</th>
                <th scope="col" className="num">Objects</th>
                <th scope="col" className="num">Risk</th>
                <th scope="col">Received</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr
                  key={item.id}
                  aria-selected={item.id === selectedId}
                  className={item.id === selectedId ? 'selected' : undefined}
                  onClick={(e) => {
                    if (!(e.target as HTMLElement).closest('a')) open(item.id);
                  }}
                >
                  <td>
                    <Link
                      to={`/submissions/${item.id}`}
                      ref={(el: HTMLAnchorElement | null) => {
                        if (el) rowLinks.current.set(item.id, el);
                        else rowLinks.current.delete(item.id);
                      }}
                      onFocus={() => select(item.id, false)}
                      onKeyDown={(e: ReactKeyboardEvent) => e.key === 'Enter' && sessionStorage.setItem(PLACE_KEY, item.id)}
                      className="mono"
                    >
                      {item.id.slice(0, 8)}
                    </Link>
                    {item.revision > 1 && <span className="muted"> · rev {item.revision}</span>}
                  </td>
                  <td>
                    <span className="cell-main">{item.organization?.name ?? '—'}</span>
                    <span className="cell-sub">
                      {item.organization ? [humanize(item.organization.kind), ...item.organization.sectors].join(' · ') : ''}
                    </span>
                  </td>
                  <td>
                    <TlpBadge tlp={item.tlp} />
                    {item.tlp === 'clear' && item.state === 'pending_review' && (
                      <span className="cell-sub">{item.approvals.length} of 2 approvals</span>
                    )}
                  </td>
                  <td>
                    <StateBadge state={item.state} />
                    {item.publishAt && item.state === 'approved' && <span className="cell-sub">embargo until {formatDateTime(item.publishAt)}</span>}
                  </td>
                  <td className="num">{item.objectCount}</td>
                  <td className="num">
                    <RiskScore score={item.riskScore} verdict={item.verdict} />
                  </td>
                  <td>
                    <time dateTime={item.receivedAt} title={formatDateTime(item.receivedAt)}>
                      {formatAge(item.receivedAt)}
                    </time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="table-foot">
            <span className="muted">
              Showing {items.length}
              {filters.state !== 'all' && counts[filters.state as SubmissionState] !== undefined ? ` of ${counts[filters.state as SubmissionState]}` : ''}
            </span>
            {nextCursor && (
              <button type="button" className="button" onClick={() => void loadMore()} disabled={loadingMore}>
                {loadingMore ? 'Loading…' : 'Show more'}
              </button>
            )}
          </div>
        </div>
      )}
    </Layout>
  );
}

function QueueFilters({ filters, onChange }: { filters: Filters; onChange(patch: Partial<Filters>): void }) {
  const [sector, setSector] = useState(filters.sector);
  const [minAge, setMinAge] = useState(filters.minAgeHours);
  const [maxAge, setMaxAge] = useState(filters.maxAgeHours);
  useEffect(() => {
    setSector(filters.sector);
    setMinAge(filters.minAgeHours);
    setMaxAge(filters.maxAgeHours);
  }, [filters.sector, filters.minAgeHours, filters.maxAgeHours]);
  const apply = (event: FormEvent) => {
    event.preventDefault();
    onChange({ sector: sector.trim().toLowerCase(), minAgeHours: minAge, maxAgeHours: maxAge });
  };
  return (
    <form className="filters" onSubmit={apply} aria-label="Filter the queue">
      <div className="field">
        <label htmlFor="f-state">State</label>
        <select id="f-state" value={filters.state} onChange={(e) => onChange({ state: e.target.value })}>
          <option value="all">Any state</option>
          {SUBMISSION_STATES.map((s) => (
            <option key={s} value={s}>
              {humanize(s)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="f-tlp">TLP</label>
        <select id="f-tlp" value={filters.tlp} onChange={(e) => onChange({ tlp: e.target.value })}>
          <option value="">Any TLP</option>
          {TLPS.map((t) => (
            <option key={t} value={t}>
              TLP:{t.toUpperCase()}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="f-kind">Organization kind</label>
        <select id="f-kind" value={filters.orgKind} onChange={(e) => onChange({ orgKind: e.target.value })}>
          <option value="">Any kind</option>
          {ORGANIZATION_KINDS.map((k) => (
            <option key={k} value={k}>
              {humanize(k)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="f-sector">Sector</label>
        <input id="f-sector" value={sector} placeholder="e.g. energy" onChange={(e) => setSector(e.target.value)} onBlur={apply} />
      </div>
      <div className="field field-narrow">
        <label htmlFor="f-min">Older than (h)</label>
        <input id="f-min" type="number" min="0" inputMode="numeric" value={minAge} onChange={(e) => setMinAge(e.target.value)} onBlur={apply} />
      </div>
      <div className="field field-narrow">
        <label htmlFor="f-max">Newer than (h)</label>
        <input id="f-max" type="number" min="0" inputMode="numeric" value={maxAge} onChange={(e) => setMaxAge(e.target.value)} onBlur={apply} />
      </div>
      <div className="field">
        <label htmlFor="f-sort">Sort</label>
        <select id="f-sort" value={filters.sort} onChange={(e) => onChange({ sort: e.target.value })}>
          <option value="oldest">Oldest first</option>
          <option value="newest">Newest first</option>
          <option value="risk">Highest risk first</option>
        </select>
      </div>
      <button type="submit" className="visually-hidden">
        Apply filters
      </button>
    </form>
  );
}
