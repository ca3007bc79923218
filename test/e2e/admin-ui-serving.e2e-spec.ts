import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import request from 'supertest';
import { createTestApp, TestApp } from '../support/test-app';

// Client-side routes get the app; only missing asset files get a 404 (needs `npm run build:ui`,
// which `npm test` runs first).
describe('admin UI serving', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  it('answers a client route whose last segment looks like a version number with the app', async () => {
    const res = await request(t.http).get('/admin/policies/1.0.0').expect(200);
    assert.match(res.headers['content-type'], /text\/html/);
    assert.equal(res.headers['cache-control'], 'no-cache');
  });

  it('answers a missing fingerprinted asset or script with a 404 problem, never the app', async () => {
    for (const path of ['/admin/assets/index-deadbeef.js', '/admin/stale-chunk.js', '/admin/theme.css']) {
      const res = await request(t.http).get(path).expect(404);
      assert.match(res.headers['content-type'], /application\/problem\+json/, path);
    }
  });
});
