import { useState } from 'react';
import { api } from '../../api/client';
import { plainWords } from '../../api/plain-words';
import type { Organization, Policy } from '../../api/types';
import { formatDateTime, humanize } from '../../app/format';
import { Layout } from '../../app/layout';
import { Link } from '../../app/router';
import { useCan, useSession } from '../../app/session';
import { useApi } from '../../app/use-api';
import { FormResult } from '../../components/form-bits';
import { ErrorNotice, Skeleton } from '../../components/status';
import { ApiKeysSection } from '../admin/api-keys-section';
import { policyPath } from '../admin/policy-detail';
import { UsersSection } from '../admin/users-section';
import { AssetRegistrySection } from './asset-registry-section';

interface AcceptanceStatus {
  currentVersion: string;
  currentContentHash: string;
  accepted: boolean;
  acceptance: { acceptedAt: string } | null;
}

/** A member's or submitter's own organization: details, policy acceptance, the submitter's asset registry, people and API keys. */
export function MyOrganization() {
  const { me } = useSession();
  const orgId = me!.organizationId;
  const org = useApi<Organization>(`/organizations/${orgId}`);
  const isSubmitter = useCan('submitter');
  return (
    <Layout title={me!.organizationName}>
      {org.error !== undefined && <ErrorNotice error={org.error} onRetry={org.reload} />}
      {!org.data ? (
        <Skeleton rows={2} />
      ) : (
        <p className="muted">
          {humanize(org.data.kind)} · {org.data.sectors.join(', ') || 'no sectors'} · {org.data.country ?? 'no country'}
        </p>
      )}
      <PolicyStatus />
      {isSubmitter && <AssetRegistrySection />}
      <UsersSection orgId={orgId} canEdit={false} />
      <ApiKeysSection orgId={orgId} />
    </Layout>
  );
}

function PolicyStatus() {
  const status = useApi<AcceptanceStatus>('/policies/current/acceptance');
  const canAccept = useCan('submitter');
  const [result, setResult] = useState<{ ok?: string; error?: string }>({});
  const [busy, setBusy] = useState(false);
  const accept = async () => {
    if (!status.data) return;
    setBusy(true);
    try {
      const policy = await api.get<Policy>(`/policies/${encodeURIComponent(status.data.currentVersion)}`);
      await api.post(`/policies/${encodeURIComponent(policy.version)}/accept`, { contentHash: policy.contentHash });
      setResult({ ok: `Your organization accepted policy ${policy.version}.` });
      status.reload();
    } catch (err) {
      setResult({ error: plainWords(err) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="panel" aria-labelledby="policy-h">
      <h2 id="policy-h">Legal-shield policy</h2>
      {status.error !== undefined && <ErrorNotice error={status.error} onRetry={status.reload} />}
      {!status.data ? (
        <Skeleton rows={1} />
      ) : status.data.accepted ? (
        <p>
          Your organization accepted the current version{' '}
          <Link to={policyPath(status.data.currentVersion)}>{status.data.currentVersion}</Link> on{' '}
          {formatDateTime(status.data.acceptance?.acceptedAt)}.
        </p>
      ) : (
        <>
          <p>
            Your organization has not accepted the current version{' '}
            <Link to={policyPath(status.data.currentVersion)}>{status.data.currentVersion}</Link>. Submissions are refused
            until someone with the submitter role accepts it.
          </p>
          {canAccept && (
            <button type="button" className="button button-primary" onClick={() => void accept()} disabled={busy}>
              I have read it: accept version {status.data.currentVersion}
            </button>
          )}
        </>
      )}
      <FormResult ok={result.ok} error={result.error} />
    </section>
  );
}
