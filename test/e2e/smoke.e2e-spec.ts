import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import request from 'supertest';
import { anExchange, anOrg, aUser, signIn } from '../support/builders';
import { createTestApp, TestApp } from '../support/test-app';

describe('smoke', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  it('answers health with the database up', async () => {
    const res = await request(t.http).get('/health').expect(200);
    assert.equal(res.body.database, 'up');
  });

  it('lets an admin create an organization and a member see only their own', async () => {
    const { adminToken } = await anExchange(t);
    const created = await request(t.http)
      .post('/api/v1/organizations')
      .set('Authorization', `Bearer ${adminToken}`)
      .send({ name: 'Smoke Carrier', kind: 'carrier', sectors: ['telecommunications'], country: 'SE' })
      .expect(201);
    const other = await anOrg(t);
    const member = await aUser(t, other, ['member']);
    const token = await signIn(t, member);
    await request(t.http).get(`/api/v1/organizations/${created.body.id}`).set('Authorization', `Bearer ${token}`).expect(404);
    const list = await request(t.http).get('/api/v1/organizations').set('Authorization', `Bearer ${token}`).expect(200);
    assert.deepEqual(list.body.map((o: { id: string }) => o.id), [other.id]);
  });
});

describe('HTTP compression setting', () => {
  const openapi = async (env: Record<string, string>) => {
    const t = await createTestApp({ env });
    try {
      return await request(t.http).get('/api/docs/openapi.json').set('Accept-Encoding', 'gzip').expect(200);
    } finally {
      await t.close();
    }
  };

  it('gzips reads by default and not with HTTP_COMPRESSION=false', async () => {
    assert.equal((await openapi({})).headers['content-encoding'], 'gzip');
    assert.equal((await openapi({ HTTP_COMPRESSION: 'false' })).headers['content-encoding'], undefined);
  });
});
