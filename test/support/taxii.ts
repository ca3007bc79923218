import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { PublicationService } from '../../src/modules/publication/publication.service';
import type { Submission } from '../../src/modules/submissions/submission.entity';
import { basicAuth } from './builders';
import { aPendingSubmission, type TestSubmitter } from './submissions';
import type { TestApp } from './test-app';

export const TAXII = 'application/taxii+json;version=2.1';
export const ROOT = '/taxii2/api1';

/** TAXII headers plus credentials: a Basic (key id + secret) or Bearer value. */
export const taxii = (authorization: string) => ({ Accept: TAXII, Authorization: authorization });
export const basic = (key: { keyId: string; secret: string }) => basicAuth(key.keyId, key.secret);
export const bearer = (token: string) => `Bearer ${token}`;

/** Creates a collection over the REST admin API as a coordinator; returns its id. */
export async function aCollection(t: TestApp, coordinatorToken: string, body: Record<string, unknown>): Promise<string> {
  const res = await request(t.http)
    .post('/api/v1/collections')
    .set({ Authorization: `Bearer ${coordinatorToken}` })
    .send({ title: `Collection ${randomUUID().slice(0, 8)}`, kind: 'feed', ...body });
  if (res.status !== 201) throw new Error(`collection create failed: ${res.status} ${res.text}`);
  return res.body.id as string;
}

/** A real submission row (submitted, validated, anonymized) that direct publications hang off (the FK). */
export async function anAnchor(t: TestApp, s: TestSubmitter): Promise<string> {
  return aPendingSubmission(t, s);
}

export interface Audience {
  tlp: 'clear' | 'green' | 'amber' | 'amber+strict' | 'red';
  sharingGroupId?: string | null;
  sectors?: string[];
}

/** Publishes objects directly through PublicationService (same SQL, lock and date_added rule as approval). */
export async function publish(t: TestApp, anchorId: string, audience: Audience, objects: Record<string, unknown>[]): Promise<void> {
  const submission = {
    id: anchorId,
    tlp: audience.tlp,
    sharingGroupId: audience.sharingGroupId ?? null,
    anonymizedBundle: { type: 'bundle', id: `bundle--${randomUUID()}`, objects },
  } as unknown as Submission;
  const publication = t.app.get(PublicationService);
  await t.dataSource.transaction((em) => publication.publish(em, submission, audience.sectors ?? ['energy']));
}

let counter = 0;
/** An indicator with a fresh id; `modified` sets its version. */
export function anIndicator(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  counter++;
  const created = (overrides.created as string) ?? '2026-11-20T08:15:00.000Z';
  return {
    type: 'indicator',
    spec_version: '2.1',
    id: `indicator--${randomUUID()}`,
    created,
    modified: created,
    name: `C2 ${counter}`,
    indicator_types: ['malicious-activity'],
    pattern: `[ipv4-addr:value = '203.0.113.${(counter % 250) + 1}']`,
    pattern_type: 'stix',
    valid_from: created,
    confidence: 80,
    labels: ['smart-meter'],
    ...overrides,
  };
}

export function aMalware(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const created = '2026-11-20T08:15:00.000Z';
  return { type: 'malware', spec_version: '2.1', id: `malware--${randomUUID()}`, created, modified: created, name: 'MeterMaid', is_family: true, ...overrides };
}

/** Pages through objects (or manifest) with `next`, returning every record and every page's headers. */
export async function pageAll(t: TestApp, url: string, authorization: string, limit: number, extra = ''): Promise<{ ids: string[]; pages: request.Response[] }> {
  const ids: string[] = [];
  const pages: request.Response[] = [];
  let next: string | undefined;
  for (let i = 0; i < 10_000; i++) {
    const res = await request(t.http)
      .get(`${url}?limit=${limit}${extra}${next ? `&next=${encodeURIComponent(next)}` : ''}`)
      .set(taxii(authorization));
    assert.equal(res.status, 200, res.text);
    pages.push(res);
    const body = JSON.parse(res.text) as { more: boolean; next?: string; objects?: { id: string }[] };
    ids.push(...(body.objects ?? []).map((o) => o.id));
    if (!body.more) break;
    next = body.next;
  }
  return { ids, pages };
}

/** Asserts a TAXII error resource (§3.6.1) with the TAXII media type. */
export function expectTaxiiError(res: request.Response, status: number): Record<string, unknown> {
  assert.equal(res.status, status, `expected ${status}, got ${res.status} ${res.text}`);
  assert.equal(res.headers['content-type'], TAXII);
  const body = JSON.parse(res.text) as Record<string, unknown>;
  assert.equal(typeof body.title, 'string');
  assert.equal(body.http_status, String(status));
  return body;
}

export const json = (res: request.Response) => JSON.parse(res.text) as Record<string, any>;
