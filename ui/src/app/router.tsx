import { ComponentProps, MouseEvent, useMemo, useSyncExternalStore } from 'react';

// The app lives under /admin; routes are paths below it. A handful of routes does not need a
// routing library: the History API plus useSyncExternalStore is all of it.
export const BASE = '/admin';

const listeners = new Set<() => void>();
window.addEventListener('popstate', () => listeners.forEach((l) => l()));

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function snapshot(): string {
  return window.location.pathname + window.location.search;
}

/** The current route below /admin (always starting with `/`) and its query. */
export function useLocation(): { path: string; search: URLSearchParams; searchString: string } {
  const full = useSyncExternalStore(subscribe, snapshot);
  const [pathname, searchString = ''] = full.split('?');
  const path = pathname.startsWith(BASE) ? pathname.slice(BASE.length) || '/' : pathname;
  const search = useMemo(() => new URLSearchParams(searchString), [searchString]);
  return { path, search, searchString };
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  const url = to.startsWith('/') ? `${BASE}${to === '/' ? '/' : to}` : to;
  if (url === snapshot()) return;
  if (options.replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  listeners.forEach((l) => l());
  if (!options.replace) window.scrollTo(0, 0);
}

export function Link({ to, onClick, ...rest }: ComponentProps<'a'> & { to: string }) {
  const click = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };
  return <a href={`${BASE}${to}`} onClick={click} {...rest} />;
}

/** Matches `/submissions/:id` style patterns; returns the params or null. */
export function match(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/').filter(Boolean);
  const have = path.split('/').filter(Boolean);
  if (want.length !== have.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    if (want[i].startsWith(':')) params[want[i].slice(1)] = decodeURIComponent(have[i]);
    else if (want[i] !== have[i]) return null;
  }
  return params;
}
