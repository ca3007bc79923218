import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import request from 'supertest';
import { anApiKey, anExchange, anOrg } from '../support/builders';
import { aSubmitter } from '../support/submissions';
import { PublicationService } from '../../src/modules/publication/publication.service';
import type { Submission } from '../../src/modules/submissions/submission.entity';
import { aCollection, aMalware, anAnchor, anIndicator, basic, bearer, expectTaxiiError, json, pageAll, publish, ROOT, taxii } from '../support/taxii';
import { createTestApp, TestApp } from '../support/test-app';

const US = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const V1 = '2026-11-20T08:15:00.000Z';
const V2 = '2026-11-21T00:00:00.123Z';
const SCO = { type: 'ipv4-addr', spec_version: '2.1', id: 'ipv4-addr--1c1bc3f6-c3fb-5d2c-9fbf-0d0a3d4a5e11', value: '198.51.100.77' };
const SCO_REVOKED = { type: 'domain-name', spec_version: '2.1', id: 'domain-name--8a5e0a3c-49c1-5c4e-92ab-3e4a6b5d2f01', value: 'c2.meter-update.example' };

describe('TAXII 2.1 objects, object, versions, manifest: filters, paging, headers', () => {
  let t: TestApp;
  let ex: Awaited<ReturnType<typeof anExchange>>;
  let reader: string;
  let all: string;
  let indicators: string;
  let energy: string;
  let telecom: string;
  let labelled: string;
  let confident: string;
  let anchor: string;
  let revokeAnchor: string;
  const i1 = anIndicator({ created: V1 });
  const i1v2 = { ...i1, modified: V2, name: 'C2 server (updated)' };
  const m1 = aMalware();
  const i2 = anIndicator({ confidence: 95, labels: ['cellular'] });
  const i3 = anIndicator();
  const url = (c: string, path = 'objects/') => `${ROOT}/collections/${c}/${path}`;
  const get = (path: string, auth = reader) => request(t.http).get(path).set(taxii(auth));

  before(async () => {
    t = await createTestApp();
    ex = await anExchange(t);
    const acme = await aSubmitter(t);
    reader = basic(await anApiKey(t, await anOrg(t, { kind: 'carrier', sectors: ['telecom'] }), ['read']));
    const c = (body: Record<string, unknown>) => aCollection(t, ex.coordinatorToken, body);
    all = await c({ title: 'Everything' });
    indicators = await c({ title: 'Indicators', objectTypes: ['indicator'] });
    energy = await c({ title: 'Energy', sectors: ['energy'] });
    telecom = await c({ title: 'Telecom', sectors: ['telecom'] });
    labelled = await c({ title: 'Cellular', labels: ['cellular'] });
    confident = await c({ title: 'High confidence', minConfidence: 90 });
    anchor = await anAnchor(t, acme);
    revokeAnchor = await anAnchor(t, acme);
    await publish(t, anchor, { tlp: 'green', sectors: ['energy'] }, [i1, m1, SCO]);
    await publish(t, anchor, { tlp: 'green', sectors: ['energy'] }, [i1v2]);
    await publish(t, anchor, { tlp: 'green', sectors: ['telecom'] }, [i2, SCO]);
    await publish(t, revokeAnchor, { tlp: 'green', sectors: ['energy'] }, [i3, SCO_REVOKED]);
  });
  after(() => t.close());

  const ids = (res: request.Response) => ((json(res).objects ?? []) as { id: string }[]).map((o) => o.id);

  it('TAXII 2.1 §5.4 get objects: an envelope sorted by date_added, latest version of each object, TAXII media type', async () => {
    const res = await get(url(indicators)).expect(200);
    assert.equal(res.headers['content-type'], 'application/taxii+json;version=2.1');
    const body = json(res);
    assert.equal(body.more, false);
    assert.equal(body.next, undefined);
    const byId = new Map((body.objects as { id: string; modified: string }[]).map((o) => [o.id, o]));
    assert.deepEqual(new Set(ids(res)), new Set([i1.id, i2.id, i3.id]));
    assert.equal(ids(res).length, 3);
    assert.equal(byId.get(i1.id as string)!.modified, V2, 'match[version] absent → only the latest version');
    assert.equal(res.text, JSON.stringify(body), 'objects are served as compact JSON, as published (no jsonb spacing)');
  });

  it('HTTP compression: a page is gzipped for a client that sends Accept-Encoding (as the OASIS client does), the same JSON once decoded', async () => {
    const plain = await get(url(all)).set('Accept-Encoding', 'identity').expect(200);
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.equal(plain.headers['content-length'], String(Buffer.byteLength(plain.text)));
    const gzipped = await get(url(all)).set('Accept-Encoding', 'gzip, deflate').expect(200);
    assert.equal(gzipped.headers['content-encoding'], 'gzip');
    assert.equal(gzipped.headers['content-type'], 'application/taxii+json;version=2.1');
    assert.match(String(gzipped.headers.vary), /accept-encoding/i);
    assert.equal(gzipped.text, plain.text, 'supertest decodes the gzip body: it must be the identity body');
  });

  it('TAXII 2.1 sorting: records ascend by date_added (manifest shows it, with µs)', async () => {
    const manifest = json(await get(url(all, 'manifest/')).expect(200)).objects as { date_added: string }[];
    const dates = manifest.map((m) => m.date_added);
    assert.ok(dates.every((d) => US.test(d)), dates.join());
    assert.deepEqual([...dates].sort(), dates);
  });

  it('TAXII 2.1 §3.3.1 headers: X-TAXII-Date-Added-First/-Last are the first and last record of the page, in µs', async () => {
    const res = await get(`${url(all)}?limit=2`).expect(200);
    const manifest = json(await get(`${url(all, 'manifest/')}?limit=2`).expect(200)).objects as { date_added: string }[];
    assert.equal(res.headers['x-taxii-date-added-first'], manifest[0].date_added);
    assert.equal(res.headers['x-taxii-date-added-last'], manifest[1].date_added);
    assert.match(res.headers['x-taxii-date-added-last'], US);
    for (const path of [url(all, 'manifest/'), url(all, `objects/${i1.id}/`), url(all, `objects/${i1.id}/versions/`)]) {
      const r = await get(path).expect(200);
      assert.match(r.headers['x-taxii-date-added-first'], US, path);
      assert.match(r.headers['x-taxii-date-added-last'], US, path);
    }
    const empty = await get(`${url(all)}?match[type]=grouping`).expect(200);
    assert.equal(empty.headers['x-taxii-date-added-first'], undefined);
    assert.deepEqual(json(empty), { more: false });
  });

  it('TAXII 2.1 added_after: only records added strictly after the timestamp, at µs precision', async () => {
    const manifest = json(await get(url(all, 'manifest/')).expect(200)).objects as { id: string; date_added: string }[];
    const cut = manifest[1].date_added;
    const after = ids(await get(`${url(all)}?added_after=${cut}`).expect(200));
    assert.deepEqual(after, manifest.slice(2).map((m) => m.id));
    // One microsecond earlier includes the record; nanoseconds beyond it are truncated correctly.
    const earlier = cut.replace(/(\d{6})Z$/, (_, us: string) => `${String(Number(us) - 1).padStart(6, '0')}Z`);
    assert.deepEqual(ids(await get(`${url(all)}?added_after=${earlier}`).expect(200)), manifest.slice(1).map((m) => m.id));
    assert.deepEqual(ids(await get(`${url(all)}?added_after=${cut.replace('Z', '999Z')}`).expect(200)), manifest.slice(2).map((m) => m.id));
    expectTaxiiError(await get(`${url(all)}?added_after=yesterday`), 400);
    expectTaxiiError(await get(`${url(all)}?added_after=2026-13-40T00:00:00Z`), 400);
  });

  it('TAXII 2.1 match[id] and match[type]: comma-separated values are ORed', async () => {
    assert.deepEqual(ids(await get(`${url(all)}?match[id]=${i1.id}`).expect(200)), [i1.id]);
    assert.deepEqual(new Set(ids(await get(`${url(all)}?match[id]=${i1.id},${m1.id}`).expect(200))), new Set([i1.id, m1.id]));
    assert.deepEqual(ids(await get(`${url(all)}?match[type]=malware`).expect(200)), [m1.id]);
    const both = ids(await get(`${url(all)}?match[type]=malware,ipv4-addr`).expect(200));
    assert.deepEqual(new Set(both), new Set([m1.id, SCO.id]));
    expectTaxiiError(await get(`${url(all)}?match[id]=not-an-id`), 400);
  });

  it('TAXII 2.1 match[version]: first, last, all, an exact timestamp, and lists of them; absent means last', async () => {
    const versions = async (q: string) => ((json(await get(`${url(all, `objects/${i1.id}/`)}${q}`).expect(200)).objects ?? []) as { modified: string }[]).map((o) => o.modified);
    assert.deepEqual(await versions(''), [V2]);
    assert.deepEqual(await versions('?match[version]=last'), [V2]);
    assert.deepEqual(await versions('?match[version]=first'), [V1]);
    assert.deepEqual(await versions('?match[version]=all'), [V1, V2]);
    assert.deepEqual(await versions(`?match[version]=${V1}`), [V1]);
    assert.deepEqual(await versions(`?match[version]=first,last`), [V1, V2]);
    assert.deepEqual(await versions('?match[version]=2020-01-01T00:00:00Z'), []);
    const everything = ids(await get(`${url(indicators)}?match[version]=all`).expect(200));
    assert.equal(everything.filter((id) => id === i1.id).length, 2);
    expectTaxiiError(await get(`${url(all)}?match[version]=newest`), 400);
  });

  it('TAXII 2.1 match[spec_version]: filters by spec_version', async () => {
    assert.equal(ids(await get(`${url(indicators)}?match[spec_version]=2.1`).expect(200)).length, 3);
    assert.deepEqual(ids(await get(`${url(indicators)}?match[spec_version]=2.0`).expect(200)), []);
    assert.equal(ids(await get(`${url(indicators)}?match[spec_version]=2.0,2.1`).expect(200)).length, 3);
  });

  it('TAXII 2.1 pagination: limit, more and next walk every record once; a bad limit is a 400', async () => {
    const full = json(await get(url(all, 'manifest/')).expect(200)).objects as { id: string }[];
    const walked = await pageAll(t, url(all), reader, 1);
    assert.equal(walked.pages.length, full.length);
    assert.deepEqual(walked.ids, full.map((m) => m.id));
    const first = json(walked.pages[0]);
    assert.equal(first.more, true);
    assert.match(first.next, US, 'next carries the last date_added with µs');
    assert.equal(json(walked.pages[walked.pages.length - 1]).more, false);
    const manifestWalk = await pageAll(t, url(all, 'manifest/'), reader, 2);
    assert.deepEqual(manifestWalk.ids, full.map((m) => m.id));
    for (const bad of ['0', '-1', 'x', '1.5']) expectTaxiiError(await get(`${url(all)}?limit=${bad}`), 400);
    expectTaxiiError(await get(`${url(all)}?next=garbage`), 400);
  });

  it('TAXII 2.1 §5.3 manifest: id, date_added, version and media_type per record', async () => {
    const records = json(await get(`${url(all, 'manifest/')}?match[id]=${i1.id}&match[version]=all`).expect(200)).objects;
    assert.deepEqual(records.map((r: { version: string }) => r.version), [V1, V2]);
    for (const r of records) {
      assert.deepEqual(Object.keys(r).sort(), ['date_added', 'id', 'media_type', 'version']);
      assert.equal(r.media_type, 'application/stix+json;version=2.1');
    }
  });

  it('TAXII 2.1 §5.6 get an object: envelope with that id only; unknown, or not in this collection → 404', async () => {
    assert.deepEqual(ids(await get(url(all, `objects/${m1.id}/`)).expect(200)), [m1.id]);
    expectTaxiiError(await get(url(indicators, `objects/${m1.id}/`)), 404);
    expectTaxiiError(await get(url(all, 'objects/indicator--00000000-0000-4000-8000-000000000000/')), 404);
    expectTaxiiError(await get(url(all, 'objects/nonsense/')), 404);
  });

  it('TAXII 2.1 §5.8 object versions: every version, ascending, with more; unknown → 404', async () => {
    const body = json(await get(url(all, `objects/${i1.id}/versions/`)).expect(200));
    assert.deepEqual(body, { more: false, versions: [V1, V2] });
    const paged = json(await get(`${url(all, `objects/${i1.id}/versions/`)}?limit=1`).expect(200));
    assert.deepEqual([paged.more, paged.versions], [true, [V1]]);
    const rest = json(await get(`${url(all, `objects/${i1.id}/versions/`)}?limit=1&next=${paged.next}`).expect(200));
    assert.deepEqual([rest.more, rest.versions], [false, [V2]]);
    expectTaxiiError(await get(url(all, 'objects/indicator--00000000-0000-4000-8000-000000000000/versions/')), 404);
  });

  it('collections are definitions evaluated in the query: types, sectors, labels, confidence', async () => {
    assert.ok(!ids(await get(url(indicators)).expect(200)).includes(m1.id as string));
    const inEnergy = ids(await get(url(energy)).expect(200));
    assert.ok(inEnergy.includes(i1.id as string) && inEnergy.includes(m1.id as string) && !inEnergy.includes(i2.id as string));
    const inTelecom = ids(await get(url(telecom)).expect(200));
    assert.ok(inTelecom.includes(i2.id as string) && !inTelecom.includes(i1.id as string));
    assert.ok(inTelecom.includes(SCO.id), 'the observable published again by a telecom submission is in the telecom feed');
    assert.ok(inTelecom.includes('marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb'), "the exchange's own TLP definition is in sector feeds");
    assert.deepEqual(ids(await get(url(labelled)).expect(200)), [i2.id]);
    assert.deepEqual(ids(await get(url(confident)).expect(200)), [i2.id]);
  });

  it('a feed redefined over the REST API is read with its new definition on the very next request (no stale cached definition)', async () => {
    const feed = await aCollection(t, ex.coordinatorToken, { title: 'Redefined', objectTypes: ['indicator'] });
    assert.ok(!ids(await get(url(feed)).expect(200)).includes(m1.id as string));
    await request(t.http).patch(`/api/v1/collections/${feed}`).set({ Authorization: `Bearer ${ex.coordinatorToken}` }).send({ objectTypes: ['malware'] }).expect(200);
    assert.deepEqual(ids(await get(url(feed)).expect(200)), [m1.id]);
    await request(t.http).delete(`/api/v1/collections/${feed}`).set({ Authorization: `Bearer ${ex.coordinatorToken}` }).expect(204);
    expectTaxiiError(await get(url(feed)), 404);
  });

  it('observables published by several submissions (deterministic SCO ids) are served once per collection', async () => {
    const everything = ids(await get(`${url(all)}?match[version]=all`).expect(200));
    assert.equal(everything.filter((id) => id === SCO.id).length, 1);
    const versions = json(await get(url(all, `objects/${SCO.id}/versions/`)).expect(200)).versions;
    assert.equal(versions.length, 1);
    const inEnergy = json(await get(`${url(energy, 'manifest/')}?match[id]=${SCO.id}`).expect(200)).objects[0].date_added;
    const inTelecom = json(await get(`${url(telecom, 'manifest/')}?match[id]=${SCO.id}`).expect(200)).objects[0].date_added;
    assert.ok(inEnergy < inTelecom, 'each collection serves its own earliest row');
  });

  it('withdrawal: objects appear as their revoked versions; the withdrawn submission\'s observables are no longer served', async () => {
    const publication = t.app.get(PublicationService);
    await t.dataSource.transaction((em) => publication.revoke(em, { id: revokeAnchor, tlp: 'green', sharingGroupId: null } as unknown as Submission));
    const latest = json(await get(url(all, `objects/${i3.id}/`)).expect(200)).objects;
    assert.equal(latest.length, 1);
    assert.equal(latest[0].revoked, true);
    assert.equal(json(await get(url(all, `objects/${i3.id}/versions/`)).expect(200)).versions.length, 2);
    expectTaxiiError(await get(url(all, `objects/${SCO_REVOKED.id}/`)), 404);
    assert.ok(!ids(await get(`${url(all)}?match[version]=all`).expect(200)).includes(SCO_REVOKED.id));
    assert.equal(json(await get(`${url(all, 'manifest/')}?match[id]=${SCO_REVOKED.id}`).expect(200)).objects, undefined);
  });

  it('TAXII 2.1 §5.7 delete an object: coordinators only; 200, then 404 everywhere; match[version] deletes one version; audited', async () => {
    const coordinator = bearer(ex.coordinatorToken);
    const victim = anIndicator({ created: V1 });
    await publish(t, anchor, { tlp: 'green' }, [victim]);
    await publish(t, anchor, { tlp: 'green' }, [{ ...victim, modified: V2 }]);
    expectTaxiiError(await request(t.http).delete(url(all, `objects/${victim.id}/`)).set(taxii(reader)), 403);
    const one = await request(t.http).delete(`${url(all, `objects/${victim.id}/`)}?match[version]=${V2}`).set(taxii(coordinator)).expect(200);
    assert.equal(one.headers['content-type'], 'application/taxii+json;version=2.1');
    assert.deepEqual(json(await get(url(all, `objects/${victim.id}/versions/`)).expect(200)).versions, [V1]);
    await request(t.http).delete(url(all, `objects/${victim.id}/`)).set(taxii(coordinator)).expect(200);
    expectTaxiiError(await get(url(all, `objects/${victim.id}/`)), 404);
    expectTaxiiError(await get(url(indicators, `objects/${victim.id}/`), coordinator), 404);
    expectTaxiiError(await request(t.http).delete(url(all, `objects/${victim.id}/`)).set(taxii(coordinator)), 404);
    const audit = await request(t.http).get('/api/v1/audit?action=taxii.object_deleted').set({ Authorization: `Bearer ${ex.coordinatorToken}` }).expect(200);
    assert.equal(audit.body.events.length, 2);
    assert.equal(audit.body.events[0].details.stixId, victim.id);
  });

  it('read hints stay exact: refreshed by publication (newer/older versions, repeated observables) and by deletion', async () => {
    const hints = async (id: string) =>
      (await t.dataSource.query(
        'SELECT version, has_earlier_copy AS e, has_newer_version AS n, has_older_version AS o FROM published_objects WHERE stix_id = $1 ORDER BY date_added',
        [id],
      )) as { version: string; e: boolean; n: boolean; o: boolean }[];
    const flags = (rows: { e: boolean; n: boolean; o: boolean }[]) => rows.map((r) => `${+r.e}${+r.n}${+r.o}`);
    assert.deepEqual(flags(await hints(i1.id as string)), ['010', '001'], 'v1 has a newer version, v2 an older one');
    assert.deepEqual(flags(await hints(m1.id as string)), ['000']);
    assert.deepEqual(flags(await hints(SCO.id)), ['010', '101'], 'the second copy of an observable is an earlier-copied duplicate');
    // An older version published after a newer one, then the newer one deleted.
    const late = anIndicator({ created: V1 });
    await publish(t, anchor, { tlp: 'green' }, [{ ...late, modified: V2 }]);
    await publish(t, anchor, { tlp: 'green' }, [late]);
    assert.deepEqual(flags(await hints(late.id as string)), ['001', '010']);
    await request(t.http).delete(`${url(all, `objects/${late.id}/`)}?match[version]=${V2}`).set(taxii(bearer(ex.coordinatorToken))).expect(200);
    assert.deepEqual(flags(await hints(late.id as string)), ['000']);
    assert.deepEqual(ids(await get(`${url(all)}?match[id]=${late.id}`).expect(200)), [late.id]);
  });

  it('keyset pagination under concurrent publication: several pages inserted while paging, no duplicates, no gaps', async () => {
    const feed = await aCollection(t, ex.coordinatorToken, { title: 'Concurrent', labels: ['concurrent'] });
    const batches = Array.from({ length: 12 }, () => Array.from({ length: 25 }, () => anIndicator({ labels: ['concurrent'] })));
    const expected = batches.flat().map((o) => o.id as string);
    let writing = true;
    const writers = (async () => {
      await Promise.all([0, 1, 2].map(async (w) => {
        for (let i = w; i < batches.length; i += 3) await publish(t, anchor, { tlp: 'green' }, batches[i]);
      }));
      writing = false;
    })();
    const seen: string[] = [];
    let position: string | undefined;
    let pages = 0;
    for (;;) {
      const res = await get(`${url(feed)}?limit=20${position ? `&added_after=${position}` : ''}`).expect(200);
      const body = json(res);
      pages++;
      seen.push(...((body.objects ?? []) as { id: string }[]).map((o) => o.id));
      if (res.headers['x-taxii-date-added-last']) position = res.headers['x-taxii-date-added-last'];
      if (!body.more) {
        if (!writing) {
          const tail = json(await get(`${url(feed)}?limit=20${position ? `&added_after=${position}` : ''}`).expect(200));
          if (!tail.objects) break;
          continue;
        }
        await new Promise((r) => setTimeout(r, 20));
      }
    }
    await writers;
    assert.ok(pages >= 15, `paged ${pages} times`);
    assert.equal(new Set(seen).size, seen.length, 'no duplicates');
    assert.deepEqual(new Set(seen), new Set(expected), 'no gaps');
    // And with next tokens over the settled feed.
    const walked = await pageAll(t, url(feed), reader, 7);
    assert.deepEqual(new Set(walked.ids), new Set(expected));
    assert.equal(walked.ids.length, expected.length);
  });
});
