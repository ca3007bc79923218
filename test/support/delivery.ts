import assert from 'node:assert/strict';
import { createLocalJWKSet, flattenedVerify, type FlattenedJWS } from 'jose';
import request from 'supertest';
import { anOrg, aUser, signIn, type TestOrg } from './builders';
import { aSubmitter, auth, meterIncident, waitForState, type TestSubmitter } from './submissions';
import type { TestApp } from './test-app';
import type { WebhookReceiver } from './webhook-receiver';

/** Fast retries and an early pause, so failure paths finish within a test. */
export const WEBHOOK_ENV = {
  WEBHOOK_ALLOW_HTTP_LOCALHOST: 'true',
  WEBHOOK_RETRY_BASE_MS: '100',
  WEBHOOK_RETRY_MAX_MS: '400',
  WEBHOOK_PAUSE_AFTER_FAILURES: '4',
  WEBHOOK_TIMEOUT_MS: '3000',
};

export interface Member {
  org: TestOrg;
  token: string;
}

/** A carrier organization with a signed-in member. */
export async function aMember(t: TestApp): Promise<Member> {
  const org = await anOrg(t, { kind: 'carrier', sectors: ['telecom'] });
  return { org, token: await signIn(t, await aUser(t, org, ['member'])) };
}

/** A webhook subscription of the member's organization to `receiver` (created through the API). */
export async function aWebhook(t: TestApp, member: Member, receiver: WebhookReceiver, extra: Record<string, unknown> = {}): Promise<Record<string, any>> {
  const res = await request(t.http).post('/api/v1/subscriptions').set(auth(member.token)).send({ name: 'push', mode: 'webhook', webhookUrl: receiver.url, ...extra });
  assert.equal(res.status, 201, res.text);
  return res.body;
}

export async function subscription(t: TestApp, member: Member, id: string): Promise<Record<string, any>> {
  return (await request(t.http).get(`/api/v1/subscriptions/${id}`).set(auth(member.token)).expect(200)).body;
}

export async function waitForSubscription(t: TestApp, member: Member, id: string, done: (s: Record<string, any>) => boolean, timeoutMs = 20_000): Promise<Record<string, any>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const s = await subscription(t, member, id);
    if (done(s)) return s;
    if (Date.now() > deadline) throw new Error(`subscription did not reach the expected state: ${JSON.stringify(s)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The subscription's delivery log as the member reads it, newest first. */
export async function deliveryLog(t: TestApp, token: string, id: string): Promise<Record<string, any>[]> {
  return (await request(t.http).get(`/api/v1/subscriptions/${id}/deliveries`).set(auth(token)).expect(200)).body;
}

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

/** Object ids in every bundle the receiver accepted (verified with the JWKS). */
export async function deliveredIds(t: TestApp, receiver: WebhookReceiver): Promise<Set<string>> {
  const ids = new Set<string>();
  for (const r of receiver.accepted) for (const o of (await verifyDelivery(t, r.body)).bundle.objects) ids.add(o.id);
  return ids;
}

export async function waitForIds(t: TestApp, receiver: WebhookReceiver, ids: string[], timeoutMs = 20_000): Promise<Set<string>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const got = await deliveredIds(t, receiver);
    if (ids.every((id) => got.has(id))) return got;
    if (Date.now() > deadline) throw new Error(`not delivered: ${ids.filter((id) => !got.has(id)).join(', ')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export { aSubmitter };
