import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import request from 'supertest';
import { anApiKey, anExchange, anOrg } from '../support/builders';
import { aSubmitter, type TestSubmitter } from '../support/submissions';
import { aCollection, aMalware, anAnchor, anIndicator, basic, bearer, publish, TAXII } from '../support/taxii';
import { createTestApp, TestApp } from '../support/test-app';

/*
 * The HTTP exchange of the OASIS TAXII 2.1 Python client (taxii2-client 2.3, taxii2client.v21),
 * replayed request for request: its headers (User-Agent, Accept and Content-Type exactly
 * `application/taxii+json;version=2.1`, Basic or an `auth=` object's Bearer), its URLs (a trailing
 * slash on every endpoint; discovery's URLs and the status URL resolved like urljoin), its query
 * parameters (limit, next, added_after, match[...], timestamps formatted its way), and every check
 * it makes on an answer. A server change that would break the stock client fails here.
 */

const PUBLIC_URL = 'http://taxii.interop.test';
const DISCOVERY = `${PUBLIC_URL}/taxii2/`;
const USER_AGENT = 'taxii2-client/2.3.0';
/** requests' default: the client takes gzip pages (answered gzipped, decoded by requests and by supertest alike). */
const ACCEPT_ENCODING = 'gzip, deflate';
const V1 = '2026-11-20T08:15:00.000Z';
/** A version whose fraction the client writes as `.16` (it strips trailing zeros). */
const V2 = '2026-11-21T09:30:00.160Z';

type Json = Record<string, any>;
type Params = Record<string, string | number | undefined>;

/** _HTTPConnection.valid_content_type: every `;` token of Accept (spaces removed) is in Content-Type, which starts with application/taxii+json. */
function clientAcceptsContentType(contentType: string | undefined): boolean {
  const tokens = (s: string) => s.replace(/ /g, '').split(';');
  const received = tokens(contentType ?? '');
  return tokens(TAXII).every((t) => received.includes(t)) && received[0] === 'application/taxii+json';
}

/** common._format_datetime on a datetime parsed from a server timestamp: µs kept, trailing zeros dropped, no fraction when zero. */
function clientTimestamp(timestamp: string): string {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,6})\d*)?Z$/.exec(timestamp);
  assert.ok(m, `not a UTC timestamp: ${timestamp}`);
  const fraction = (m[2] ?? '').padEnd(6, '0').replace(/0+$/, '');
  return `${m[1]}${fraction ? `.${fraction}` : ''}Z`;
}

/** Status._validate_status, with the stricter list checks of earlier client versions (a list absent counts as empty, so it must match its count). */
function assertClientAcceptsStatus(s: Json): void {
  assert.ok(s.id, 'status id');
  assert.ok(s.status === 'pending' || s.status === 'complete', `status ${s.status}`);
  for (const k of ['total_count', 'success_count', 'failure_count', 'pending_count']) assert.equal(typeof s[k], 'number', k);
  assert.equal((s.successes ?? []).length, s.success_count, 'successes vs success_count');
  assert.equal((s.failures ?? []).length, s.failure_count, 'failures vs failure_count');
  assert.equal((s.pendings ?? []).length, s.pending_count, 'pendings vs pending_count');
  assert.equal(s.success_count + s.failure_count + s.pending_count, s.total_count, 'counts sum to total_count');
}

/** One client connection (_HTTPConnection): the same headers on every request, absolute URLs as the client holds them. */
class OasisClient {
  constructor(
    private readonly t: TestApp,
    private readonly authorization: string,
  ) {}

  /** _filter_kwargs_to_query_params + requests: falsy values (limit 0, next '') are not sent. */
  private target(url: string, params: Params): string {
    const u = new URL(url);
    assert.equal(u.origin, PUBLIC_URL, `the client would leave this server for ${url}`);
    for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '' && v !== 0) u.searchParams.set(k, String(v));
    return u.pathname + u.search;
  }

  /** _HTTPConnection.get: raise_for_status, the Content-Type check, then JSON. */
  async get(url: string, params: Params = {}): Promise<{ body: Json; res: request.Response }> {
    const res = await request(this.t.http).get(this.target(url, params)).set({ 'User-Agent': USER_AGENT, 'Accept-Encoding': ACCEPT_ENCODING, Accept: TAXII, Authorization: this.authorization });
    assert.equal(res.status, 200, `GET ${url}: ${res.status} ${res.text}`);
    assert.ok(clientAcceptsContentType(res.headers['content-type']), `Unexpected Response. Got Content-Type: '${res.headers['content-type']}'`);
    return { body: JSON.parse(res.text) as Json, res };
  }

  /** Collection.add_objects: the envelope as UTF-8 JSON (ensure_ascii=False); raise_for_status, then JSON (no Content-Type check). */
  async post(url: string, envelope: unknown): Promise<Json> {
    const res = await request(this.t.http)
      .post(this.target(url, {}))
      .set({ 'User-Agent': USER_AGENT, 'Accept-Encoding': ACCEPT_ENCODING, Accept: TAXII, 'Content-Type': TAXII, Authorization: this.authorization })
      // A string, written as UTF-8 (superagent would JSON-encode a Buffer under a +json Content-Type).
      .send(JSON.stringify(envelope));
    assert.ok(res.status >= 200 && res.status < 300, `POST ${url}: ${res.status} ${res.text}`);
    return JSON.parse(res.text) as Json;
  }

  /** Server(url).api_roots / .default: URLs joined against the discovery URL; default matched by string. */
  async discover(): Promise<{ title: string; apiRoots: string[]; default?: string }> {
    const { body } = await this.get(DISCOVERY);
    assert.ok(body.title, "No 'title' in Server Discovery");
    const roots = (body.api_roots ?? []) as string[];
    return { title: body.title, apiRoots: roots.map((r) => new URL(r, DISCOVERY).href), default: roots.includes(body.default) ? new URL(body.default, DISCOVERY).href : undefined };
  }

  /** ApiRoot.refresh_collections: each collection's URL is the API root + collections/ + id + /. */
  async collections(apiRoot: string): Promise<{ url: string; info: Json }[]> {
    const { body } = await this.get(`${apiRoot}collections/`);
    return ((body.collections ?? []) as Json[]).map((info) => {
      const url = `${apiRoot}collections/${info.id}/`;
      assertClientAcceptsCollection(info, url);
      return { url, info };
    });
  }

  /** as_pages(func, per_request, **filters): limit=N, then next=envelope.next; per_request shrinks to the first page's count when the server sends fewer. */
  async asPages(url: string, perRequest: number, filters: Params = {}): Promise<Json[]> {
    const pages = [(await this.get(url, { ...filters, limit: perRequest })).body];
    const firstCount = (pages[0].objects ?? []).length;
    const per = pages[0].more && firstCount !== perRequest ? firstCount : perRequest;
    while (pages.at(-1)!.more) {
      const next = pages.at(-1)!.next;
      // Without `next` the client asks for the first page again, and loops forever.
      assert.ok(typeof next === 'string' && next.length > 0, `more: true without next on page ${pages.length}`);
      pages.push((await this.get(url, { ...filters, limit: per, next })).body);
      assert.ok(pages.length < 1000, 'paging does not end');
    }
    return pages;
  }

  /** Status.wait_until_final: refresh until status is complete; every answer passes _validate_status. */
  async waitUntilFinal(statusUrl: string): Promise<Json> {
    for (let i = 0; i < 300; i++) {
      const { body } = await this.get(statusUrl);
      assertClientAcceptsStatus(body);
      if (body.status === 'complete') return body;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('status never completed');
  }
}

/** Collection._validate_collection. */
function assertClientAcceptsCollection(info: Json, url: string): void {
  assert.ok(info.id && info.title, 'collection id and title');
  assert.equal(typeof info.can_read, 'boolean', 'can_read');
  assert.equal(typeof info.can_write, 'boolean', 'can_write');
  assert.ok(url.includes(info.id), "The collection does not match the url for queries");
}

/** Collection.add_objects: the status URL is urljoin(collection URL, '../../status/<id>'), plus the trailing slash _TAXIIEndpoint adds. */
const statusUrlOf = (collectionUrl: string, statusId: string) => `${new URL(`../../status/${statusId}`, collectionUrl).href}/`;

const recordsOf = (pages: Json[]) => pages.flatMap((p) => (p.objects ?? []) as Json[]);
const keyOf = (o: Json) => `${o.id}@${o.modified ?? o.version ?? o.created ?? ''}`;

describe('OASIS taxii2-client (Python, v21) interoperability: its exact HTTP exchange', () => {
  let t: TestApp;
  let acme: TestSubmitter;
  let reader: string;
  let readerKey: string;
  let apiRoot: string;
  let feedUrl: string;
  let inboxUrl: string;
  const i1 = anIndicator({ created: V1 });
  const i1v2 = { ...i1, modified: V2, name: 'C2 server (updated)' };
  const sco = { type: 'ipv4-addr', spec_version: '2.1', id: 'ipv4-addr--5d6b5a57-2c4c-5d0b-9b0e-6f1f8e1c2a33', value: '198.51.100.23' };

  before(async () => {
    t = await createTestApp({ env: { PUBLIC_URL } });
    const ex = await anExchange(t);
    acme = await aSubmitter(t);
    const key = await anApiKey(t, await anOrg(t, { kind: 'carrier' }), ['read']);
    reader = basic(key);
    readerKey = key.key;
    const feed = await aCollection(t, ex.coordinatorToken, { title: 'Everything', alias: 'everything' });
    const inbox = await aCollection(t, ex.coordinatorToken, { title: 'Inbox', kind: 'inbox' });
    apiRoot = `${PUBLIC_URL}/taxii2/api1/`;
    feedUrl = `${apiRoot}collections/${feed}/`;
    inboxUrl = `${apiRoot}collections/${inbox}/`;
    const anchor = await anAnchor(t, acme);
    await publish(t, anchor, { tlp: 'green' }, [i1, aMalware(), sco, anIndicator(), anIndicator()]);
    await publish(t, anchor, { tlp: 'green' }, [i1v2, anIndicator(), aMalware()]);
  });
  after(() => t.close());

  it('Server(url, user=, password=): §4.1 discovery has a title, api_roots that resolve on this server, and a default among them', async () => {
    const client = new OasisClient(t, reader);
    const server = await client.discover();
    assert.deepEqual(server.apiRoots, [apiRoot]);
    assert.equal(server.default, apiRoot);
  });

  it('ApiRoot.refresh_information(): §4.2 API root with title, versions and max_content_length', async () => {
    const { body } = await new OasisClient(t, reader).get(apiRoot);
    assert.ok(body.title);
    assert.ok(Array.isArray(body.versions) && body.versions.includes(TAXII));
    assert.equal(typeof body.max_content_length, 'number');
  });

  it('ApiRoot.collections and Collection.refresh(): §5.1 and §5.2 collections pass the client\'s validation at the URLs it builds', async () => {
    const client = new OasisClient(t, reader);
    const listed = await client.collections(apiRoot);
    const feed = listed.find((c) => c.url === feedUrl);
    assert.ok(feed && feed.info.can_read, 'the feed is listed as readable');
    const { body } = await client.get(feedUrl);
    assertClientAcceptsCollection(body, feedUrl);
    assert.deepEqual(body, feed.info);
  });

  it('Collection.get_objects(): §5.4 an envelope with objects, and X-TAXII-Date-Added-First/-Last', async () => {
    const { body, res } = await new OasisClient(t, reader).get(`${feedUrl}objects/`);
    assert.equal(body.more, false);
    assert.equal(body.objects.length, 8, 'seven objects published (one updated) and the TLP:GREEN marking definition');
    assert.ok(body.objects.some((o: Json) => o.id === 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb'));
    assert.ok(res.headers['x-taxii-date-added-first'] && res.headers['x-taxii-date-added-last']);
  });

  it('as_pages(Collection.get_objects, per_request=N): §5.4 paging with limit and next yields every object once', async () => {
    const client = new OasisClient(t, reader);
    const whole = recordsOf([(await client.get(`${feedUrl}objects/`)).body]).map(keyOf);
    for (const per of [1, 3, 8, 50]) {
      const paged = recordsOf(await client.asPages(`${feedUrl}objects/`, per)).map(keyOf);
      assert.deepEqual(paged, whole, `per_request=${per}`);
    }
    // The stix2 TAXIICollectionSource asks for 5,000 a page: above the server's maximum, it still gets an answer.
    assert.deepEqual(recordsOf(await client.asPages(`${feedUrl}objects/`, 5000)).map(keyOf), whole);
  });

  it('as_pages(Collection.get_objects, per_request=N, type=[...], version="all"): §5.4 filters stay on every page', async () => {
    const client = new OasisClient(t, reader);
    const filters = { 'match[type]': 'indicator,malware', 'match[version]': 'all' };
    const whole = recordsOf([(await client.get(`${feedUrl}objects/`, filters)).body]).map(keyOf);
    assert.equal(whole.length, 7, 'both versions of the updated indicator, three more indicators, two malware; no SCO');
    assert.deepEqual(recordsOf(await client.asPages(`${feedUrl}objects/`, 2, filters)).map(keyOf), whole);
  });

  it('as_pages(Collection.get_manifest, per_request=N): §5.3 manifest records page with next like objects', async () => {
    const client = new OasisClient(t, reader);
    const pages = await client.asPages(`${feedUrl}manifest/`, 3);
    const records = recordsOf(pages);
    assert.equal(records.length, 8);
    for (const r of records) assert.ok(r.id && r.date_added && r.version, JSON.stringify(r));
    assert.equal(new Set(records.map((r) => r.id)).size, records.length);
  });

  it('Collection.get_objects(added_after=datetime): §5.4 the client\'s timestamp format (trailing zeros dropped) is strictly-after', async () => {
    const client = new OasisClient(t, reader);
    const { body, res } = await client.get(`${feedUrl}objects/`);
    const first = res.headers['x-taxii-date-added-first'] as string;
    const later = (await client.get(`${feedUrl}objects/`, { added_after: clientTimestamp(first) })).body;
    assert.deepEqual(later.objects.map(keyOf), body.objects.slice(1).map(keyOf));
  });

  it('Collection.get_object(id, version=datetime) and object_versions(id): §5.6 and §5.8 at objects/{id}/ and objects/{id}/versions/', async () => {
    const client = new OasisClient(t, reader);
    const objectUrl = `${feedUrl}objects/${i1.id as string}/`;
    const latest = (await client.get(objectUrl)).body;
    assert.deepEqual(latest.objects.map((o: Json) => o.modified), [V2]);
    const versions = (await client.get(`${objectUrl}versions/`)).body;
    assert.deepEqual(versions.versions, [V1, V2]);
    for (const v of versions.versions as string[]) {
      // 2026-11-20T08:15:00Z and 2026-11-21T09:30:00.16Z: how the client writes these datetimes.
      const one = (await client.get(objectUrl, { 'match[version]': clientTimestamp(v) })).body;
      assert.deepEqual(one.objects.map((o: Json) => o.modified), [v]);
    }
    const first = (await client.get(`${feedUrl}objects/`, { 'match[id]': i1.id as string, 'match[version]': 'first' })).body;
    assert.deepEqual(first.objects.map((o: Json) => o.modified), [V1]);
  });

  it('Collection.add_objects(envelope) then Status.wait_until_final(): §5.5 202 status, polled at ../../status/{id}/ until complete', async () => {
    const client = new OasisClient(t, basic(acme.key));
    const inbox = (await client.collections(apiRoot)).find((c) => c.url === inboxUrl);
    assert.ok(inbox && inbox.info.can_write, 'the inbox is listed as writable for a submitter');
    const posted = anIndicator({ name: 'Zähler-Botnetz C2 → «meter-update»' });
    const status = await client.post(`${inboxUrl}objects/`, { objects: [posted] });
    assertClientAcceptsStatus(status);
    assert.equal(status.total_count, 1);
    const statusUrl = statusUrlOf(inboxUrl, status.id);
    assert.equal(statusUrl, `${apiRoot}status/${status.id}/`);
    const done = await client.waitUntilFinal(statusUrl);
    assert.deepEqual([done.success_count, done.failure_count, done.pending_count], [1, 0, 0]);
    assert.deepEqual(done.successes.map((s: Json) => s.id), [posted.id]);
    // ensure_ascii=False: the body is UTF-8, and the text arrives intact.
    const [row] = (await t.dataSource.query(
      `SELECT sub.raw_bundle->'objects'->0->>'name' AS name FROM taxii_statuses s JOIN submissions sub ON sub.id = s.submission_id WHERE s.id = $1`,
      [status.id],
    )) as { name: string }[];
    assert.equal(row.name, posted.name);
  });

  it('Collection.add_objects(envelope) with an invalid object: §4.3.1 the final status lists every failure its counts announce', async () => {
    const client = new OasisClient(t, basic(acme.key));
    const invalid = { type: 'indicator', spec_version: '2.1', id: 'indicator--7f0c6a8e-3c2d-4f4b-9a51-2e7d1c0b9a64', created: V1 };
    const status = await client.post(`${inboxUrl}objects/`, { objects: [anIndicator(), invalid] });
    assertClientAcceptsStatus(status);
    const done = await client.waitUntilFinal(statusUrlOf(inboxUrl, status.id));
    assert.equal(done.total_count, 2);
    assert.ok(done.failures.some((f: Json) => f.id === invalid.id && typeof f.message === 'string'));
  });

  it('Collection.add_objects(bundle): §5.5 a STIX bundle body (what stix2\'s TAXIICollectionSink sends) is taken like an envelope', async () => {
    const client = new OasisClient(t, basic(acme.key));
    const bundle = { type: 'bundle', id: 'bundle--0d3c1d1e-5b7a-4c1e-8f0e-3a9b2c4d6e8f', objects: [anIndicator()] };
    const status = await client.post(`${inboxUrl}objects/`, bundle);
    assertClientAcceptsStatus(status);
    assert.equal((await client.waitUntilFinal(statusUrlOf(inboxUrl, status.id))).success_count, 1);
  });

  it('Server(url, auth=<Bearer>): discovery, collections, paged objects and status polling with Authorization: Bearer', async () => {
    const client = new OasisClient(t, bearer(readerKey));
    assert.deepEqual((await client.discover()).apiRoots, [apiRoot]);
    assert.ok((await client.collections(apiRoot)).some((c) => c.url === feedUrl));
    assert.equal(recordsOf(await client.asPages(`${feedUrl}objects/`, 4)).length, 8);
    const submitter = new OasisClient(t, bearer(acme.key.key));
    const status = await submitter.post(`${inboxUrl}objects/`, { objects: [anIndicator()] });
    assert.equal((await submitter.waitUntilFinal(statusUrlOf(inboxUrl, status.id))).status, 'complete');
  });
});
