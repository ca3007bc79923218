import type { Organization, Policy, PolicyAcceptance } from '../../api/types';
import { formatDateTime } from '../../app/format';
import { Layout } from '../../app/layout';
import { Link } from '../../app/router';
import { useCan } from '../../app/session';
import { useApi } from '../../app/use-api';
import { Empty, ErrorNotice, Skeleton } from '../../components/status';

/**
 * The screen of one policy version. The trailing slash matters: a last segment like `1.0.0`
 * looks like a file name to the server, which answers a missing file with 404, not the app.
 */
export const policyPath = (version: string) => `/policies/${encodeURIComponent(version)}/`;

export function PolicyDetail({ version }: { version: string }) {
  const { data, error, reload } = useApi<Policy>(`/policies/${encodeURIComponent(version)}`);
  const staff = useCan('coordinator', 'admin');
  const acceptances = useApi<PolicyAcceptance[]>(staff ? `/policies/${encodeURIComponent(version)}/acceptances` : null);
  const orgs = useApi<Organization[]>(staff ? '/organizations' : null);
  const back = <Link to="/policies">← All versions</Link>;
  if (!data) {
    return (
      <Layout title={`Policy ${version}`} actions={back}>
        {error !== undefined ? <ErrorNotice error={error} onRetry={reload} /> : <Skeleton rows={8} />}
      </Layout>
    );
  }
  const orgName = (id: string) => orgs.data?.find((o) => o.id === id)?.name ?? id.slice(0, 8);
  return (
    <Layout title={`Policy ${data.version}`} actions={back}>
      <p className="muted">
        {data.title} · published {formatDateTime(data.publishedAt)} · <span className="mono">{data.contentHash}</span>
        {data.current && <span className="pill">current</span>}
      </p>
      {staff && (
        <section className="panel" aria-labelledby="acc-h">
          <h2 id="acc-h">Acceptances</h2>
          {acceptances.error !== undefined && <ErrorNotice error={acceptances.error} onRetry={acceptances.reload} />}
          {!acceptances.data ? (
            <Skeleton rows={3} />
          ) : acceptances.data.length === 0 ? (
            <Empty>No organization has accepted this version yet.</Empty>
          ) : (
            <div className="table-wrap">
              <table className="table">
                <caption className="visually-hidden">Organizations that accepted this version</caption>
                <thead>
                  <tr>
                    <th scope="col">Organization</th>
                    <th scope="col">Accepted</th>
                  </tr>
                </thead>
                <tbody>
                  {acceptances.data.map((a) => (
                    <tr key={`${a.organizationId}-${a.userId}`}>
                      <td>{orgName(a.organizationId)}</td>
                      <td>{formatDateTime(a.acceptedAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      )}
      <section className="panel" aria-labelledby="text-h">
        <h2 id="text-h">Text</h2>
        {/* Scrolls on its own: focusable, so keyboard users can scroll it too. */}
        <div className="policy-text" tabIndex={0} role="region" aria-label={`Text of policy ${data.version}`}>{data.text}</div>
        <details>
          <summary>Machine-readable rules</summary>
          <pre className="json">{JSON.stringify(data.rules, null, 2)}</pre>
        </details>
      </section>
    </Layout>
  );
}
