import { ReactNode, useEffect, useRef } from 'react';
import type { Role } from '../api/types';
import { Link, useLocation } from './router';
import { useSession } from './session';

interface NavItem {
  to: string;
  label: string;
  roles: Role[];
}

export const NAV: NavItem[] = [
  { to: '/', label: 'Dashboard', roles: ['coordinator', 'admin'] },
  { to: '/queue', label: 'Moderation queue', roles: ['coordinator'] },
  { to: '/audit', label: 'Audit log', roles: ['coordinator', 'admin'] },
  { to: '/organizations', label: 'Organizations', roles: ['admin', 'coordinator'] },
  { to: '/sharing-groups', label: 'Sharing groups', roles: ['coordinator', 'admin'] },
  { to: '/collections', label: 'Collections', roles: ['coordinator', 'admin'] },
  { to: '/policies', label: 'Policies', roles: ['admin', 'coordinator'] },
  { to: '/feeds', label: 'Feeds', roles: ['member', 'coordinator', 'admin'] },
  { to: '/subscriptions', label: 'Subscriptions', roles: ['member', 'coordinator'] },
  { to: '/my-submissions', label: 'My submissions', roles: ['submitter'] },
  { to: '/my-organization', label: 'My organization', roles: ['submitter', 'member'] },
];

export function Layout({ title, children, actions }: { title: string; children: ReactNode; actions?: ReactNode }) {
  const { me, signOut } = useSession();
  const { path } = useLocation();
  const heading = useRef<HTMLHeadingElement>(null);
  const items = NAV.filter((item) => me && item.roles.some((r) => me.roles.includes(r)));

  // A route change moves focus to the new page's heading, so screen readers announce it.
  useEffect(() => {
    document.title = `${title} · ShieldShare admin`;
    heading.current?.focus({ preventScroll: true });
  }, [title]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <Link to="/" className="brand">
          <span aria-hidden="true" className="brand-mark">◆</span> ShieldShare
        </Link>
        <nav aria-label="Main" className="nav">
          <ul>
            {items.map((item) => {
              const active = item.to === '/' ? path === '/' : path.startsWith(item.to) || (item.to === '/queue' && path.startsWith('/submissions'));
              return (
                <li key={item.to}>
                  <Link to={item.to} aria-current={active ? 'page' : undefined}>
                    {item.label}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
        <div className="who">
          <span className="who-name">
            {me?.displayName ?? me?.email}
            <span className="who-org">{me?.organizationName}</span>
          </span>
          <button type="button" className="button button-quiet" onClick={() => void signOut()}>
            Sign out
          </button>
        </div>
      </header>
      <main id="main" className="main">
        <div className="page-head">
          <h1 ref={heading} tabIndex={-1}>
            {title}
          </h1>
          {actions && <div className="page-actions">{actions}</div>}
        </div>
        {children}
      </main>
    </div>
  );
}
