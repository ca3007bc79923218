import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import request from 'supertest';
import { anApiKey, anExchange, anOrg, aUser, signIn } from '../support/builders';
import { aSubmitter, auth } from '../support/submissions';
import { aCollection, anAnchor, anIndicator, basic, bearer, json, publish, ROOT, TAXII, taxii } from '../support/taxii';
import { createTestApp, TestApp } from '../support/test-app';

type Tlp = 'clear' | 'green' | 'amber' | 'amber+strict' | 'red';
const LEVELS: Tlp[] = ['clear', 'green', 'amber', 'amber+strict', 'red'];
const V1 = '2026-11-20T08:15:00.000Z';
const V2 = '2026-11-22T10:00:00.000Z';

/**
 * The per-recipient TLP rules of DESIGN.md, proven through every TAXII read path and filter:
 * AMBER only inside the sharing group, RED only to coordinators (and admins), nothing hidden
 * leaking through headers, `more`/`next`, versions, 404-vs-200 or status resources.
 */
describe('TAXII TLP visibility matrix', () => {
  let t: TestApp;
  const sdo = new Map<Tlp, Record<string, unknown>>();
  const sco = new Map<Tlp, Record<string, unknown>>();
  const readers: { name: string; auth: string; sees: Tlp[] }[] = [];
  let collections: string[] = [];
  let hiddenDates: Map<string, string[]>;
  let statusId: string;
  let acmeAuth: string;

  before(async () => {
    t = await createTestApp();
    const ex = await anExchange(t);
    const acme = await aSubmitter(t, { name: 'Acme Matrix' });
    acmeAuth = basic(acme.key);
    const inGroup = await anOrg(t, { kind: 'carrier', sectors: ['energy'] });
    const otherGroup = await anOrg(t, { kind: 'carrier', sectors: ['energy'] });
    const noGroup = await anOrg(t, { kind: 'manufacturer', sectors: ['energy'] });
    const group = await request(t.http).post('/api/v1/sharing-groups').set(auth(ex.coordinatorToken)).send({ name: 'Meter vendors', memberOrgIds: [inGroup.id, acme.org.id] }).expect(201);
    await request(t.http).post('/api/v1/sharing-groups').set(auth(ex.coordinatorToken)).send({ name: 'Others', memberOrgIds: [otherGroup.id] }).expect(201);
    const memberInGroupUser = await aUser(t, inGroup, ['member']);
    readers.push(
      { name: 'coordinator (session)', auth: bearer(ex.coordinatorToken), sees: LEVELS },
      { name: 'admin (session)', auth: bearer(ex.adminToken), sees: LEVELS },
      { name: 'member in the sharing group (Basic key)', auth: basic(await anApiKey(t, inGroup, ['read'])), sees: ['clear', 'green', 'amber', 'amber+strict'] },
      { name: 'member in the sharing group (session)', auth: bearer(await signIn(t, memberInGroupUser)), sees: ['clear', 'green', 'amber', 'amber+strict'] },
      { name: 'member of another sharing group', auth: basic(await anApiKey(t, otherGroup, ['read'])), sees: ['clear', 'green'] },
      { name: 'member of no sharing group', auth: bearer((await anApiKey(t, noGroup, ['read'])).key), sees: ['clear', 'green'] },
      { name: 'submitter outside the group (Basic key with read)', auth: basic(await anApiKey(t, (await aSubmitter(t)).org, ['submit', 'read'])), sees: ['clear', 'green'] },
    );
    collections = [
      await aCollection(t, ex.coordinatorToken, { title: 'All' }),
      await aCollection(t, ex.coordinatorToken, { title: 'Indicators and IPs', objectTypes: ['indicator', 'ipv4-addr'], sectors: ['energy'] }),
    ];
    const anchor = await anAnchor(t, acme);
    for (const level of LEVELS) {
      const audience = { tlp: level, sharingGroupId: level.startsWith('amber') ? (group.body.id as string) : null };
      const indicator = anIndicator({ created: V1, name: `TLP ${level}` });
      const observable = { type: 'ipv4-addr', spec_version: '2.1', id: `ipv4-addr--${randomUUID()}`, value: `192.0.2.${LEVELS.indexOf(level) + 1}` };
      sdo.set(level, indicator);
      sco.set(level, observable);
      await publish(t, anchor, audience, [indicator, observable]);
      await publish(t, anchor, audience, [{ ...indicator, modified: V2 }]);
    }
    // The date_added of each TLP's records (as the coordinator sees them), to look for leaks in headers and tokens.
    hiddenDates = new Map();
    for (const level of LEVELS) {
      const manifest = json(await request(t.http).get(`${ROOT}/collections/${collections[0]}/manifest/?match[version]=all&match[id]=${sdo.get(level)!.id},${sco.get(level)!.id}`).set(taxii(readers[0].auth)).expect(200));
      hiddenDates.set(level, manifest.objects.map((m: { date_added: string }) => m.date_added));
    }
    const posted = await request(t.http)
      .post(`${ROOT}/collections/${await aCollection(t, ex.coordinatorToken, { title: 'Inbox', kind: 'inbox' })}/objects/`)
      .set(taxii(acmeAuth))
      .set('Content-Type', TAXII)
      .send(JSON.stringify({ objects: [anIndicator()] }))
      .expect(202);
    statusId = json(posted).id;
  });
  after(() => t.close());

  const ids = (res: request.Response) => ((json(res).objects ?? []) as { id: string }[]).map((o) => o.id);
  const allIds = (levels: Tlp[]) => new Set(levels.flatMap((l) => [sdo.get(l)!.id as string, sco.get(l)!.id as string]));
  const hidden = (sees: Tlp[]) => LEVELS.filter((l) => !sees.includes(l));

  /** Asserts a page shows only what the reader may see, and no header or token points at a hidden record. */
  function assertClean(res: request.Response, sees: Tlp[], what: string): void {
    assert.equal(res.status, 200, `${what}: ${res.text}`);
    const visible = allIds(sees);
    const leaked = ids(res).filter((id) => (id.startsWith('indicator--') || id.startsWith('ipv4-addr--')) && !visible.has(id) && [...allIds(LEVELS)].includes(id));
    assert.deepEqual(leaked, [], `${what}: hidden objects served`);
    const forbiddenDates = new Set(hidden(sees).flatMap((l) => hiddenDates.get(l)!));
    for (const value of [res.headers['x-taxii-date-added-first'], res.headers['x-taxii-date-added-last'], json(res).next]) {
      if (value) assert.ok(!forbiddenDates.has(value), `${what}: a header or next token carries a hidden record's date_added`);
    }
    assert.ok(!/TLP (amber|red)/.test(res.text) || sees.includes('amber') || sees.includes('red'), `${what}: hidden content in the body`);
  }

  for (const [index] of [[0], [1]]) {
    const filters = [
      '',
      '?match[version]=all',
      '?match[version]=first',
      `?match[version]=${V1}`,
      `?match[version]=${V2},first`,
      '?match[type]=indicator',
      '?match[type]=ipv4-addr,indicator',
      '?match[spec_version]=2.1',
      '?added_after=2000-01-01T00:00:00Z',
      '?limit=1',
      '?limit=3&match[version]=all',
    ];
    it(`objects and manifest, collection ${index + 1}: every reader × every filter sees exactly its TLP levels`, async () => {
      for (const reader of readers) {
        for (const endpoint of ['objects/', 'manifest/']) {
          for (const filter of filters) {
            const res = await request(t.http).get(`${ROOT}/collections/${collections[index]}/${endpoint}${filter}`).set(taxii(reader.auth));
            assertClean(res, reader.sees, `${reader.name} ${endpoint}${filter}`);
          }
          // The full walk with next: exactly the visible objects of this collection, and `more` ends on the last visible record.
          const seen = new Set<string>();
          let next: string | undefined;
          for (let i = 0; i < 100; i++) {
            const res = await request(t.http).get(`${ROOT}/collections/${collections[index]}/${endpoint}?limit=2&match[version]=all${next ? `&next=${next}` : ''}`).set(taxii(reader.auth));
            assertClean(res, reader.sees, `${reader.name} ${endpoint} page ${i}`);
            ids(res).forEach((id) => seen.add(id));
            if (!json(res).more) break;
            next = json(res).next;
            assert.ok(next, 'more=true carries next');
          }
          const expected = [...allIds(reader.sees)];
          assert.deepEqual([...seen].filter((id) => allIds(LEVELS).has(id)).sort(), expected.sort(), `${reader.name} ${endpoint} walk`);
        }
      }
    });
  }

  it('match[id] naming hidden objects returns nothing; object and versions answer 404 for them, as for unknown ids', async () => {
    for (const reader of readers) {
      for (const level of LEVELS) {
        const visible = reader.sees.includes(level);
        for (const o of [sdo.get(level)!, sco.get(level)!]) {
          for (const c of collections) {
            const byMatch = await request(t.http).get(`${ROOT}/collections/${c}/objects/?match[id]=${o.id}&match[version]=all`).set(taxii(reader.auth));
            assertClean(byMatch, reader.sees, `${reader.name} match[id] ${level}`);
            assert.equal(ids(byMatch).length > 0, visible, `${reader.name} match[id] TLP:${level}`);
            const manifest = await request(t.http).get(`${ROOT}/collections/${c}/manifest/?match[id]=${o.id}`).set(taxii(reader.auth));
            assertClean(manifest, reader.sees, `${reader.name} manifest match[id] ${level}`);
            assert.equal(ids(manifest).length > 0, visible);
            const object = await request(t.http).get(`${ROOT}/collections/${c}/objects/${o.id}/?match[version]=all`).set(taxii(reader.auth));
            assert.equal(object.status, visible ? 200 : 404, `${reader.name} object TLP:${level}`);
            if (visible) assertClean(object, reader.sees, `${reader.name} object ${level}`);
            const versions = await request(t.http).get(`${ROOT}/collections/${c}/objects/${o.id}/versions/`).set(taxii(reader.auth));
            assert.equal(versions.status, visible ? 200 : 404, `${reader.name} versions TLP:${level}`);
            if (visible) {
              assertClean(versions, reader.sees, `${reader.name} versions ${level}`);
              assert.equal(json(versions).versions.length, o.type === 'indicator' ? 2 : 1);
            } else {
              assert.equal(versions.headers['x-taxii-date-added-first'], undefined);
              assert.doesNotMatch(versions.text, /\d{4}-\d{2}-\d{2}T/);
            }
          }
        }
      }
    }
  });

  it('pagination counts do not leak: a reader whose visible records end before hidden ones gets more=false on its last record', async () => {
    for (const reader of readers.filter((r) => !r.sees.includes('red'))) {
      const visibleCount = json(await request(t.http).get(`${ROOT}/collections/${collections[0]}/manifest/?match[version]=all&match[type]=indicator,ipv4-addr`).set(taxii(reader.auth))).objects.length;
      const page = json(await request(t.http).get(`${ROOT}/collections/${collections[0]}/manifest/?match[version]=all&match[type]=indicator,ipv4-addr&limit=${visibleCount}`).set(taxii(reader.auth)));
      assert.equal(page.more, false, `${reader.name}: more=true would reveal hidden records`);
      assert.equal(page.next, undefined);
    }
  });

  it('nobody but coordinators and admins sees RED, through any endpoint', async () => {
    const red = [sdo.get('red')!.id, sco.get('red')!.id];
    for (const reader of readers) {
      const staff = reader.sees.includes('red');
      for (const c of collections) {
        const all = await request(t.http).get(`${ROOT}/collections/${c}/objects/?match[version]=all&limit=1000`).set(taxii(reader.auth));
        assert.equal(red.some((id) => ids(all).includes(id as string)), staff, reader.name);
      }
    }
  });

  it('status resources: the posting organization and coordinators read them; any other organization gets 404', async () => {
    await request(t.http).get(`${ROOT}/status/${statusId}/`).set(taxii(acmeAuth)).expect(200);
    await request(t.http).get(`${ROOT}/status/${statusId}/`).set(taxii(readers[0].auth)).expect(200);
    for (const reader of readers.slice(2)) {
      const res = await request(t.http).get(`${ROOT}/status/${statusId}/`).set(taxii(reader.auth));
      assert.equal(res.status, 404, reader.name);
    }
  });

  it('members never learn the submitting organization from what they read', async () => {
    for (const reader of readers.slice(2)) {
      const res = await request(t.http).get(`${ROOT}/collections/${collections[0]}/objects/?match[version]=all&limit=1000`).set(taxii(reader.auth));
      assert.doesNotMatch(res.text, /Acme Matrix|submission_id|submissionId/);
    }
  });
});
