import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { PoliciesService } from '../../src/modules/policies/policies.service';
import type { OrganizationKind } from '../../src/modules/orgs/organization.entity';
import { anApiKey, anOrg, aUser, signIn, type TestApiKey, type TestOrg, type TestUser } from './builders';
import type { TestApp } from './test-app';

export interface TestSubmitter {
  org: TestOrg;
  user: TestUser;
  token: string;
  key: TestApiKey;
}

/** A submitter organization (person + API key) that has accepted the current policy unless told otherwise. */
export async function aSubmitter(t: TestApp, options: { accept?: boolean; kind?: OrganizationKind; sectors?: string[]; name?: string } = {}): Promise<TestSubmitter> {
  const org = await anOrg(t, { kind: options.kind ?? 'manufacturer', sectors: options.sectors ?? ['energy'], name: options.name });
  const user = await aUser(t, org, ['submitter', 'member']);
  if (options.accept !== false) {
    const policies = t.app.get(PoliciesService);
    const current = await policies.current();
    await policies.accept({ orgId: org.id, userId: user.id, roles: user.roles, via: 'cli' }, current.version, { contentHash: current.contentHash });
  }
  return { org, user, token: await signIn(t, user), key: await anApiKey(t, org, ['submit', 'read']) };
}

const stixId = (type: string) => `${type}--${randomUUID()}`;

/**
 * A smart-meter incident as a manufacturer would export it: its own identity, C2 indicators,
 * the malware, relationships, and a description naming staff and an internal address.
 */
export function meterIncident(options: { indicators?: number; orgName?: string; marking?: string } = {}): { type: 'bundle'; id: string; objects: Record<string, unknown>[] } {
  const created = '2026-11-20T08:15:00.000Z';
  const identity = { type: 'identity', spec_version: '2.1', id: stixId('identity'), created, modified: created, name: options.orgName ?? 'Acme Metering GmbH', identity_class: 'organization' };
  const malware = {
    type: 'malware',
    spec_version: '2.1',
    id: stixId('malware'),
    created,
    modified: created,
    name: 'MeterMaid',
    is_family: true,
    created_by_ref: identity.id,
    description: 'Reported by jane.doe@acme-metering.example after meter 10.20.30.40 beaconed out.',
  };
  const objects: Record<string, unknown>[] = [identity, malware];
  const count = options.indicators ?? 2;
  for (let i = 0; i < count; i++) {
    const indicator: Record<string, unknown> = {
      type: 'indicator',
      spec_version: '2.1',
      id: stixId('indicator'),
      created,
      modified: created,
      created_by_ref: identity.id,
      name: `C2 server ${i}`,
      indicator_types: ['malicious-activity'],
      pattern: `[ipv4-addr:value = '198.51.${Math.floor(i / 250) % 250}.${(i % 250) + 1}']`,
      pattern_type: 'stix',
      valid_from: created,
      confidence: 80,
      labels: ['smart-meter'],
      ...(options.marking ? { object_marking_refs: [options.marking] } : {}),
    };
    objects.push(indicator, {
      type: 'relationship',
      spec_version: '2.1',
      id: stixId('relationship'),
      created,
      modified: created,
      created_by_ref: identity.id,
      relationship_type: 'indicates',
      source_ref: indicator.id,
      target_ref: malware.id,
    });
  }
  return { type: 'bundle', id: stixId('bundle'), objects };
}

export const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

/** Polls the submitter's view until the submission reaches one of `states`. */
export async function waitForState(t: TestApp, token: string, id: string, states: string[], timeoutMs = 20_000): Promise<Record<string, any>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await request(t.http).get(`/api/v1/submissions/${id}`).set(auth(token));
    if (res.status === 200 && states.includes(res.body.state)) return res.body;
    if (Date.now() > deadline) throw new Error(`submission ${id} did not reach ${states.join('/')} (last: ${res.status} ${res.body?.state})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Submits a bundle and waits until it is ready for review. */
export async function aPendingSubmission(t: TestApp, s: TestSubmitter, body: Record<string, unknown> = {}): Promise<string> {
  const res = await request(t.http).post('/api/v1/submissions').set(auth(s.token)).send({ bundle: meterIncident({ orgName: s.org.name }), tlp: 'green', ...body });
  if (res.status !== 202) throw new Error(`submit failed: ${res.status} ${res.text}`);
  await waitForState(t, s.token, res.body.id, ['pending_review']);
  return res.body.id as string;
}

/** `SELECT count(*) FROM <from>`, e.g. `submissions WHERE state = 'published'` (test-controlled text only). */
export async function countWhere(t: TestApp, from: string, params: unknown[] = []): Promise<number> {
  const rows = (await t.dataSource.query(`SELECT count(*)::int AS n FROM ${from}`, params)) as { n: number }[];
  return Number(rows[0].n);
}
