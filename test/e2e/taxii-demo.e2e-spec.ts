import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import request from 'supertest';
import { seedDemo, describeDemo, type DemoCredentials } from '../../src/cli/seed-demo';
import { basicAuth } from '../support/builders';
import { json, ROOT, taxii, basic } from '../support/taxii';
import { createTestApp, TestApp } from '../support/test-app';

const TLP2: Record<string, string> = {
  'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487': 'clear',
  'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb': 'green',
  'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421': 'amber',
  'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003': 'amber+strict',
  'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1': 'red',
};

describe('demo seed: TAXII feeds a stock client finds on a fresh start', () => {
  let t: TestApp;
  let demo: DemoCredentials;

  before(async () => {
    t = await createTestApp({ env: { PUBLIC_URL: 'http://127.0.0.1:3000' } });
    demo = await seedDemo(t.app);
  });
  after(() => t.close());

  const keyOf = (org: string) => {
    const k = demo.organizations.find((o) => o.name === org)!.apiKeys[0];
    return { keyId: k.keyId, secret: k.key.slice(k.keyId.length + 1) };
  };
  const levelsOf = (objects: { object_marking_refs?: string[] }[]) => new Set(objects.flatMap((o) => (o.object_marking_refs ?? []).map((r) => TLP2[r]).filter(Boolean)));

  it('names the TAXII URL, the collections and each demo key\'s access in its output', () => {
    assert.equal(demo.taxii?.discovery, 'http://127.0.0.1:3000/taxii2/');
    assert.equal(demo.taxii?.apiRoot, 'http://127.0.0.1:3000/taxii2/api1/');
    assert.ok(demo.taxii!.collections.some((c) => c.alias === 'indicators'));
    const grid = demo.taxii!.access.find((a) => a.organization === 'GridWatch Utilities')!;
    assert.ok(grid.canRead.includes('all') && grid.canWrite.length === 0);
    const acme = demo.taxii!.access.find((a) => a.organization === 'Acme Metering')!;
    assert.ok(acme.canWrite.includes('inbox'));
    assert.match(describeDemo(demo), /TAXII 2\.1 {2}http:\/\/127\.0\.0\.1:3000\/taxii2\//);
  });

  it('gives each demo key\'s HTTP Basic user and password as a stock client takes them (a secret may itself begin with "_")', async () => {
    for (const a of demo.taxii!.access) {
      assert.equal(a.basicPassword.length, 43, a.organization);
      await request(t.http).get('/taxii2/').set(taxii(basicAuth(a.basicUser, a.basicPassword))).expect(200);
    }
  });

  it('a member reads real feeds over Basic auth: CLEAR, GREEN and its group\'s AMBER, never RED', async () => {
    const grid = basic(keyOf('GridWatch Utilities'));
    const collections = json(await request(t.http).get(`${ROOT}/collections/`).set(taxii(grid)).expect(200)).collections;
    const all = collections.find((c: { alias?: string }) => c.alias === 'all');
    const objects = json(await request(t.http).get(`${ROOT}/collections/${all.id}/objects/?limit=1000`).set(taxii(grid)).expect(200)).objects;
    const levels = levelsOf(objects);
    assert.ok(levels.has('green') && (levels.has('amber') || levels.has('amber+strict')), [...levels].join());
    assert.ok(!levels.has('red'));
    const indicators = collections.find((c: { alias?: string }) => c.alias === 'indicators');
    const onlyIndicators = json(await request(t.http).get(`${ROOT}/collections/${indicators.id}/objects/`).set(taxii(grid)).expect(200)).objects;
    assert.ok(onlyIndicators.length > 0 && onlyIndicators.every((o: { type: string }) => o.type === 'indicator'));
  });

  it('the coordinators see every TLP level, RED included', async () => {
    const login = await request(t.http).post('/api/v1/auth/login').send({ email: 'coordinator@shieldshare.example', password: demo.organizations[0].users[1].password }).expect(200);
    const all = demo.taxii!.collections.find((c) => c.alias === 'all')!;
    const objects = json(await request(t.http).get(`${ROOT}/collections/${all.id}/objects/?limit=1000`).set(taxii(`Bearer ${login.body.token}`)).expect(200)).objects;
    assert.ok(levelsOf(objects).has('red'));
  });
});
