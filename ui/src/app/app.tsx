import { Component, ErrorInfo, lazy, ReactNode, Suspense, useEffect } from 'react';
import { Skeleton } from '../components/status';
import { Audit } from '../pages/audit';
import { NotFound } from '../pages/not-found';
import { Queue } from '../pages/queue';
import { SignIn } from '../pages/sign-in';
import { Organizations } from '../pages/admin/organizations';
import { OrganizationDetail } from '../pages/admin/organization-detail';
import { Policies } from '../pages/admin/policies';
import { PolicyDetail } from '../pages/admin/policy-detail';
import { Collections } from '../pages/admin/collections';
import { SharingGroups } from '../pages/admin/sharing-groups';
import { MyOrganization } from '../pages/member/my-organization';
import { MySubmissions } from '../pages/member/my-submissions';
import { MySubmissionDetail } from '../pages/member/my-submission-detail';
import { SubscriptionDetail } from '../pages/subscriptions/subscription-detail';
import { Subscriptions } from '../pages/subscriptions/subscriptions';
import { Layout } from './layout';
import { match, navigate, useLocation } from './router';
import { useSession } from './session';

// Charts and the graph library are the heavy parts; they load only where they are used.
const Dashboard = lazy(() => import('../pages/dashboard').then((m) => ({ default: m.Dashboard })));
const Feeds = lazy(() => import('../pages/feeds/feeds').then((m) => ({ default: m.Feeds })));
const Review = lazy(() => import('../pages/review/review').then((m) => ({ default: m.Review })));

interface Route {
  pattern: string;
  render(params: Record<string, string>): ReactNode;
}

const ROUTES: Route[] = [
  { pattern: '/', render: () => <Home /> },
  { pattern: '/dashboard', render: () => <Dashboard /> },
  { pattern: '/queue', render: () => <Queue /> },
  { pattern: '/submissions/:id', render: (p) => <Review id={p.id} /> },
  { pattern: '/audit', render: () => <Audit /> },
  { pattern: '/organizations', render: () => <Organizations /> },
  { pattern: '/organizations/:id', render: (p) => <OrganizationDetail id={p.id} /> },
  { pattern: '/policies', render: () => <Policies /> },
  { pattern: '/policies/:version', render: (p) => <PolicyDetail version={p.version} /> },
  { pattern: '/sharing-groups', render: () => <SharingGroups /> },
  { pattern: '/collections', render: () => <Collections /> },
  { pattern: '/feeds', render: () => <Feeds /> },
  { pattern: '/subscriptions', render: () => <Subscriptions /> },
  { pattern: '/subscriptions/:id', render: (p) => <SubscriptionDetail id={p.id} /> },
  { pattern: '/my-submissions', render: () => <MySubmissions /> },
  { pattern: '/my-submissions/:id', render: (p) => <MySubmissionDetail id={p.id} /> },
  { pattern: '/my-organization', render: () => <MyOrganization /> },
];

export function App() {
  const { status, retry } = useSession();
  const { path } = useLocation();

  if (status === 'loading') {
    return (
      <main className="auth-page" id="main">
        <Skeleton rows={3} label="Checking your session" />
      </main>
    );
  }
  if (status === 'unreachable') {
    return (
      <main className="auth-page" id="main">
        <div className="auth-card" role="alert">
          <h1>ShieldShare is not answering</h1>
          <p>The admin app could not reach the service. It may be restarting.</p>
          <button type="button" className="button button-primary" onClick={retry}>
            Try again
          </button>
        </div>
      </main>
    );
  }
  if (status === 'signed-out') return <SignIn />;
  if (status === 'expired') return <SignIn expired />;

  for (const route of ROUTES) {
    const params = match(route.pattern, path);
    if (params) {
      return (
        <ErrorBoundary key={path}>
          <Suspense fallback={<Layout title="Loading"><Skeleton rows={8} /></Layout>}>{route.render(params)}</Suspense>
        </ErrorBoundary>
      );
    }
  }
  return <NotFound />;
}

/** Coordinators land on the dashboard, everyone else on their own organization's page. */
function Home() {
  const { me } = useSession();
  const staff = !!me && (me.roles.includes('coordinator') || me.roles.includes('admin'));
  useEffect(() => {
    if (!staff) navigate(me?.roles.includes('submitter') ? '/my-submissions' : '/my-organization', { replace: true });
  }, [staff, me]);
  return staff ? <Dashboard /> : null;
}

/** A rendering bug in one screen shows a message instead of a blank page. */
class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('screen failed', error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <Layout title="This screen failed">
        <div className="notice notice-error" role="alert">
          <p>This screen hit an error while showing its data. Nothing was changed. Reload the page, or go back.</p>
          <button type="button" className="button" onClick={() => window.location.reload()}>
            Reload
          </button>
        </div>
      </Layout>
    );
  }
}
