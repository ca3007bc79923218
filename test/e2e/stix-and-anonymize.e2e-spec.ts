import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import request from 'supertest';
import { anApiKey, anOrg, aUser, signIn } from '../support/builders';
import { createTestApp, TestApp } from '../support/test-app';

const corpus = (name: string) => JSON.parse(readFileSync(join(__dirname, '..', '..', '..', '..', 'shared', 'stix-corpus', 'valid', name), 'utf8'));

function incidentBundle(orgName: string) {
  return {
    type: 'bundle',
    id: 'bundle--6e5b1d0e-5c7b-4d4e-9d5a-2b2f4f6c1a01',
    objects: [
      {
        type: 'indicator',
        spec_version: '2.1',
        id: 'indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f',
        created: '2026-11-20T09:13:51.737Z',
        modified: '2026-11-20T09:13:51.737Z',
        name: 'Smart-meter C2',
        description: `Seen by ${orgName} field engineer Jane Miller (jane.miller@acme-metering.example) on meter 10.20.30.40`,
        pattern: "[ipv4-addr:value = '203.0.113.77']",
        pattern_type: 'stix',
        valid_from: '2026-11-20T09:13:51.737Z',
      },
    ],
  };
}

describe('STIX validation and anonymization preview over HTTP', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

  it('validates an official example for any authenticated caller, and names the rule of a bad object', async () => {
    const org = await anOrg(t);
    const key = await anApiKey(t, org, ['read']);
    const ok = await request(t.http).post('/api/v1/stix/validate').set(auth(key.key)).send(corpus('infrastructure.json')).expect(200);
    assert.equal(ok.body.valid, true);
    const bad = corpus('indicator-for-c2-ip-address.json');
    bad.objects[0].modified = '2000-01-01T00:00:00.000Z';
    const res = await request(t.http).post('/api/v1/stix/validate').set(auth(key.key)).send(bad).expect(200);
    assert.equal(res.body.valid, false);
    assert.ok(res.body.errors.some((e: { rule: string }) => e.rule === 'modified-before-created'));
    await request(t.http).post('/api/v1/stix/validate').send(bad).expect(401);
  });

  it('previews what members would receive: the submitter, staff and victim are gone, the threat stays', async () => {
    const org = await anOrg(t, { name: 'Acme Metering Preview' });
    const token = await signIn(t, await aUser(t, org, ['submitter']));
    const res = await request(t.http).post('/api/v1/anonymize/preview').set(auth(token)).send(incidentBundle(org.name)).expect(200);
    const text = JSON.stringify(res.body.bundle);
    for (const leak of [org.name, 'Jane Miller', 'jane.miller@acme-metering.example', '10.20.30.40']) {
      assert.ok(!text.includes(leak), `${leak} leaked into the preview`);
    }
    assert.ok(text.includes('203.0.113.77'), 'the C2 address must survive');
    assert.equal(res.body.policyVersion, '1.0.0');
    assert.ok(['auto-publish', 'review-required', 'block'].includes(res.body.report.verdict));
    assert.ok(!JSON.stringify(res.body.report).includes('Jane Miller'), 'the report never repeats raw values');
    const stored = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_events WHERE action LIKE 'submission.%'`);
    assert.equal(stored[0].n, 0);
  });

  it('refuses members and explains invalid STIX with pointers', async () => {
    const org = await anOrg(t);
    const member = await signIn(t, await aUser(t, org, ['member']));
    await request(t.http).post('/api/v1/anonymize/preview').set(auth(member)).send(incidentBundle(org.name)).expect(403);
    const submitter = await signIn(t, await aUser(t, org, ['submitter']));
    const res = await request(t.http).post('/api/v1/anonymize/preview').set(auth(submitter)).send({ type: 'bundle', id: 'nope', objects: [] }).expect(422);
    assert.equal(res.body.code, 'INVALID_STIX');
    assert.ok(res.body.errors.length > 0);
    assert.ok(res.body.errors.every((e: { pointer: string }) => typeof e.pointer === 'string'));
  });
});
