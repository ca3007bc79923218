import { createLocalJWKSet, flattenedVerify, type FlattenedJWS } from 'jose';
import request from 'supertest';
import { aSubmitter, auth, meterIncident, waitForState, type TestSubmitter } from './submissions';
import type { TestApp } from './test-app';

/** Submits a meter incident at `tlp` and has a coordinator approve (and so publish) it; returns the submission id. */
export async function publish(
  t: TestApp,
  submitter: TestSubmitter,
  coordinatorToken: string,
  options: { tlp?: string; sharingGroupId?: string; indicators?: number } = {},
): Promise<string> {
  const body = {
    bundle: meterIncident({ orgName: submitter.org.name, indicators: options.indicators ?? 1 }),
    tlp: options.tlp ?? 'green',
    ...(options.sharingGroupId ? { sharingGroupId: options.sharingGroupId } : {}),
  };
  const res = await request(t.http).post('/api/v1/submissions').set(auth(submitter.token)).send(body);
  if (res.status !== 202) throw new Error(`submit failed: ${res.status} ${res.text}`);
  await waitForState(t, submitter.token, res.body.id, ['pending_review']);
  const approved = await request(t.http)
    .post(`/api/v1/moderation/submissions/${res.body.id}/approve`)
    .set(auth(coordinatorToken))
    .send({ justification: 'approved by the delivery test suite' });
  if (approved.status !== 200) throw new Error(`approve failed: ${approved.status} ${approved.text}`);
  return res.body.id as string;
}

/** stix ids published for a submission (test-side lookup; members never see submission ids). */
export async function publishedIds(t: TestApp, submissionId: string): Promise<string[]> {
  const rows = (await t.dataSource.query('SELECT stix_id FROM published_objects WHERE submission_id = $1', [submissionId])) as { stix_id: string }[];
  return rows.map((r) => r.stix_id);
}

export async function fetchJwks(t: TestApp): Promise<{ keys: Record<string, string>[] }> {
  const res = await request(t.http).get('/.well-known/jwks.json');
  if (res.status !== 200) throw new Error(`jwks: ${res.status}`);
  return res.body as { keys: Record<string, string>[] };
}

/** Verifies a delivery body (flattened JWS) against the published JWKS; returns header and bundle. */
export async function verifyDelivery(t: TestApp, body: string): Promise<{ header: Record<string, unknown>; bundle: { type: string; id: string; objects: { id: string; type: string }[] } }> {
  const jwks = createLocalJWKSet((await fetchJwks(t)) as never);
  const result = await flattenedVerify(JSON.parse(body) as FlattenedJWS, jwks, { algorithms: ['ES256'] });
  return { header: result.protectedHeader as Record<string, unknown>, bundle: JSON.parse(new TextDecoder().decode(result.payload)) };
}

export { aSubmitter };
