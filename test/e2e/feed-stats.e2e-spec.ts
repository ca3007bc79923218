import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import request from 'supertest';
import { anApiKey, anExchange, anOrg, aUser, expectProblem, signIn } from '../support/builders';
import { aSubmitter, auth } from '../support/submissions';
import { aCollection, aMalware, anAnchor, anIndicator, json, publish, ROOT, taxii, bearer, type Audience } from '../support/taxii';
import { createTestApp, TestApp } from '../support/test-app';

interface Feed {
  id: string;
  title: string;
  taxiiUrl: string;
  total: number;
  newestDateAdded: string | null;
  perDay: { day: string; counts: Record<string, number> }[];
}

/**
 * GET /api/v1/stats/feeds counts under the TLP rules: a member never counts AMBER outside its
 * sharing groups or RED, not in totals, per-day counts or the newest date_added.
 */
describe('feed statistics', () => {
  let t: TestApp;
  let coordinatorToken: string;
  const label = `stats-${randomUUID().slice(0, 8)}`;
  const readers: Record<string, string> = {};
  const dateOf = new Map<string, string>();
  let all: string;
  let community: string;
  let malwareOnly: string;
  let inbox: string;

  before(async () => {
    t = await createTestApp();
    const ex = await anExchange(t);
    coordinatorToken = ex.coordinatorToken;
    const acme = await aSubmitter(t, { name: 'Acme Stats' });
    const inGroup = await anOrg(t);
    const otherGroup = await anOrg(t);
    const noGroup = await anOrg(t);
    const group = await request(t.http).post('/api/v1/sharing-groups').set(auth(coordinatorToken)).send({ name: 'Stats group', memberOrgIds: [inGroup.id, acme.org.id] }).expect(201);
    const other = await request(t.http).post('/api/v1/sharing-groups').set(auth(coordinatorToken)).send({ name: 'Stats other', memberOrgIds: [otherGroup.id] }).expect(201);
    readers.coordinator = coordinatorToken;
    readers.inGroup = await signIn(t, await aUser(t, inGroup, ['member']));
    readers.otherGroup = await signIn(t, await aUser(t, otherGroup, ['member']));
    readers.noGroup = (await anApiKey(t, noGroup, ['read'])).key;

    all = await aCollection(t, coordinatorToken, { title: 'Stats all', labels: [label] });
    community = await aCollection(t, coordinatorToken, { title: 'Stats community', labels: [label], maxTlp: 'green' });
    malwareOnly = await aCollection(t, coordinatorToken, { title: 'Stats malware', labels: [label], objectTypes: ['malware'] });
    inbox = await aCollection(t, coordinatorToken, { title: 'Stats inbox', kind: 'inbox' });

    const anchor = await anAnchor(t, acme);
    const publishOne = async (name: string, audience: Audience, object: Record<string, unknown>) => {
      await publish(t, anchor, audience, [object]);
      const rows = (await t.dataSource.query(
        `SELECT to_char(max(date_added) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS d FROM published_objects WHERE stix_id = $1`,
        [object.id],
      )) as { d: string }[];
      dateOf.set(name, rows[0].d);
    };
    const green = anIndicator({ labels: [label] });
    await publishOne('clear', { tlp: 'clear' }, anIndicator({ labels: [label] }));
    await publishOne('green', { tlp: 'green' }, green);
    // A second version of the same object: one object in the totals, and once in its day.
    await publishOne('green v2', { tlp: 'green' }, { ...green, modified: '2026-11-22T10:00:00.000Z' });
    await publishOne('malware', { tlp: 'green' }, aMalware({ labels: [label] }));
    await publishOne('amber', { tlp: 'amber', sharingGroupId: group.body.id }, anIndicator({ labels: [label] }));
    await publishOne('amber+strict', { tlp: 'amber+strict', sharingGroupId: group.body.id }, anIndicator({ labels: [label] }));
    await publishOne('amber other group', { tlp: 'amber', sharingGroupId: other.body.id }, anIndicator({ labels: [label] }));
    // RED last: its date_added is the newest, and must not show through a member's "newest".
    await publishOne('red', { tlp: 'red' }, anIndicator({ labels: [label] }));
  });
  after(() => t.close());

  const feedsOf = async (reader: string): Promise<Map<string, Feed>> => {
    const res = await request(t.http).get('/api/v1/stats/feeds').set(auth(readers[reader])).expect(200);
    assert.equal(res.body.days, 30);
    assert.match(res.body.discoveryUrl, /\/taxii2\/$/);
    return new Map((res.body.collections as Feed[]).map((f) => [f.id, f]));
  };
  const today = () => new Date().toISOString().slice(0, 10);

  const expected: { reader: string; total: number; indicators: number; newest: string }[] = [
    { reader: 'coordinator', total: 7, indicators: 6, newest: 'red' },
    { reader: 'inGroup', total: 5, indicators: 4, newest: 'amber+strict' },
    { reader: 'otherGroup', total: 4, indicators: 3, newest: 'amber other group' },
    { reader: 'noGroup', total: 3, indicators: 2, newest: 'malware' },
  ];
  for (const e of expected) {
    it(`counts for ${e.reader}: ${e.total} objects, newest is the ${e.newest} one`, async () => {
      const feeds = await feedsOf(e.reader);
      const feed = feeds.get(all)!;
      assert.ok(feed, 'the feed is listed');
      assert.equal(feed.total, e.total);
      assert.equal(feed.newestDateAdded, dateOf.get(e.newest));
      assert.equal(feed.perDay.length, 30);
      assert.equal(feed.perDay.at(-1)!.day, today());
      assert.deepEqual(feed.perDay.at(-1)!.counts, { indicator: e.indicators, malware: 1 });
      assert.ok(feed.perDay.slice(0, -1).every((d) => Object.keys(d.counts).length === 0), 'nothing on other days');
      // The definition applies too: max TLP GREEN and a type filter, the same for every reader.
      assert.equal(feeds.get(community)!.total, 3);
      assert.equal(feeds.get(community)!.newestDateAdded, dateOf.get('malware'));
      assert.deepEqual(feeds.get(malwareOnly)!.perDay.at(-1)!.counts, { malware: 1 });
      assert.equal(feeds.has(inbox), false, 'inboxes are not feeds');
    });
  }

  it('agrees with what TAXII serves the same member', async () => {
    const feed = (await feedsOf('inGroup')).get(all)!;
    const res = await request(t.http).get(`${ROOT}/collections/${all}/objects/`).set(taxii(bearer(readers.inGroup))).expect(200);
    const ids = new Set(((json(res).objects ?? []) as { id: string }[]).map((o) => o.id));
    assert.equal(ids.size, feed.total);
    assert.equal(feed.taxiiUrl.endsWith(`/taxii2/api1/collections/${all}/`), true);
  });

  it('is refused to submitters without the member role and to anonymous callers', async () => {
    const submitterOnly = await aUser(t, await anOrg(t), ['submitter']);
    expectProblem(await request(t.http).get('/api/v1/stats/feeds').set(auth(await signIn(t, submitterOnly))), 403, 'FORBIDDEN');
    expectProblem(await request(t.http).get('/api/v1/stats/feeds'), 401, 'UNAUTHENTICATED');
  });
});
