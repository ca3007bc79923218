import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import request from 'supertest';
import { anApiKey, anExchange, aUser, expectProblem, signIn } from '../support/builders';
import { freshTestDatabase } from '../support/db';
import { aSubmitter, auth, countWhere, waitForState, type TestSubmitter } from '../support/submissions';
import { createTestApp, TestApp } from '../support/test-app';

const URL = '/api/v1/organizations/me/asset-registry';
const CLI = join(__dirname, '..', '..', 'src', 'cli', 'main.js');

/** What the registry of the tests below registers, and where each appears in `incident()`. */
const REGISTRY = {
  domains: ['Regtest-Assets.example'],
  netblocks: ['198.51.100.0/24'],
  staff: ['Ingrid Falk'],
  redact: ['PROJ-NIGHT*'],
};
const SECRETS = ['portal.regtest-assets.example', '198.51.100.77', 'Ingrid', 'Falk', 'PROJ-NIGHTJAR'];
const C2 = '203.0.113.77';

/**
 * A bundle in the submitter's words: the C2 address is the threat; its own portal's domain and
 * public address (as observed data), an analyst and an internal case number are not.
 */
function incident(orgName: string) {
  const created = '2026-11-20T08:15:00.000Z';
  const identity = { type: 'identity', spec_version: '2.1', id: `identity--${randomUUID()}`, created, modified: created, name: orgName, identity_class: 'organization' };
  const address = { type: 'ipv4-addr', spec_version: '2.1', id: `ipv4-addr--${randomUUID()}`, value: '198.51.100.77' };
  const portal = { type: 'domain-name', spec_version: '2.1', id: `domain-name--${randomUUID()}`, value: 'portal.regtest-assets.example' };
  return {
    type: 'bundle',
    id: `bundle--${randomUUID()}`,
    objects: [
      identity,
      {
        type: 'indicator',
        spec_version: '2.1',
        id: `indicator--${randomUUID()}`,
        created,
        modified: created,
        created_by_ref: identity.id,
        name: 'Nightjar C2',
        description: 'Case PROJ-NIGHTJAR-7, noticed by Ingrid Falk. Beaconing seen on portal.regtest-assets.example, 198.51.100.77.',
        indicator_types: ['malicious-activity'],
        pattern: `[ipv4-addr:value = '${C2}']`,
        pattern_type: 'stix',
        valid_from: created,
      },
      address,
      portal,
      {
        type: 'observed-data',
        spec_version: '2.1',
        id: `observed-data--${randomUUID()}`,
        created,
        modified: created,
        created_by_ref: identity.id,
        first_observed: created,
        last_observed: created,
        number_observed: 1,
        object_refs: [address.id, portal.id],
      },
    ],
  };
}

function leaks(output: unknown): string[] {
  const text = JSON.stringify(output);
  return SECRETS.filter((s) => text.includes(s));
}

/** The report flags the public victim address as ambiguous: nothing but the registry says whose it is. */
function flagsAddress(report: { ambiguous: { path: string; observableType: string }[] }): boolean {
  return report.ambiguous.some((a) => a.observableType === 'ipv4-addr' && a.path === '$.objects[2].value');
}

function put(t: TestApp, credential: string, body: object, ifMatch?: string) {
  const req = request(t.http).put(URL).set(auth(credential));
  return (ifMatch === undefined ? req : req.set('If-Match', ifMatch)).send(body);
}

describe('asset registry API', () => {
  let t: TestApp;
  let coordinatorToken: string;
  let adminToken: string;

  before(async () => {
    t = await createTestApp();
    ({ coordinatorToken, adminToken } = await anExchange(t));
  });
  after(() => t.close());

  it('starts empty at version 0; a replacement with If-Match is stored normalised and read back with its ETag', async () => {
    const s = await aSubmitter(t);
    const empty = await request(t.http).get(URL).set(auth(s.token)).expect(200);
    assert.equal(empty.headers.etag, '"0"');
    assert.equal(empty.body.version, 0);
    assert.equal(empty.body.updatedAt, null);
    assert.deepEqual(empty.body.domains, []);

    const saved = await put(t, s.token, { ...REGISTRY, netblocks: ['198.51.100.0/24', '2001:DB8:0:0::/48', '203.0.113.9'], asns: ['AS64500'], languages: ['en-gb'] }, '"0"').expect(200);
    assert.equal(saved.headers.etag, '"1"');
    assert.equal(saved.body.version, 1);
    assert.deepEqual(saved.body.domains, ['regtest-assets.example']);
    assert.deepEqual(saved.body.netblocks, ['198.51.100.0/24', '2001:db8::/48', '203.0.113.9/32']);
    assert.deepEqual(saved.body.asns, [64500]);
    assert.deepEqual(saved.body.languages, ['en-GB']);
    assert.equal(saved.body.counts.netblocks, 3);

    // An API key with the submit scope is a submitter of the same organization.
    const read = await request(t.http).get(URL).set(auth(s.key.key)).expect(200);
    assert.equal(read.headers.etag, '"1"');
    assert.deepEqual(read.body, saved.body);
    // A whole-document replace: kinds left out are emptied.
    const next = await put(t, s.key.key, { domains: ['regtest-assets.example'] }, '"1"').expect(200);
    assert.equal(next.body.version, 2);
    assert.deepEqual(next.body.staff, []);
    const [row] = await t.dataSource.query('SELECT version, updated_by_api_key_id FROM asset_registries WHERE organization_id = $1', [s.org.id]);
    assert.deepEqual(row, { version: 2, updated_by_api_key_id: s.key.id });
  });

  it('is stored sealed and audited with counts per kind, never the values', async () => {
    const s = await aSubmitter(t);
    await put(t, s.token, REGISTRY, '"0"').expect(200);
    const [row] = await t.dataSource.query('SELECT document_sealed FROM asset_registries WHERE organization_id = $1', [s.org.id]);
    assert.match(row.document_sealed, /^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    assert.deepEqual(leaks(row.document_sealed), []);
    assert.ok(!row.document_sealed.includes('regtest'));
    // The seal is bound to its organization: copied onto another organization's row it does not open.
    const other = await aSubmitter(t);
    await put(t, other.token, { domains: ['other.example'] }, '"0"').expect(200);
    await t.dataSource.query('UPDATE asset_registries SET document_sealed = $1 WHERE organization_id = $2', [row.document_sealed, other.org.id]);
    const broken = await request(t.http).get(URL).set(auth(other.token));
    assert.equal(broken.status, 500);
    assert.ok(!broken.text.includes('regtest'));

    const [event] = await t.dataSource.query(`SELECT target_type, target_id, details FROM audit_events WHERE action = 'asset-registry.replaced' AND target_id = $1`, [s.org.id]);
    assert.equal(event.target_type, 'asset-registry');
    assert.deepEqual(event.details, { version: 1, counts: { domains: 1, netblocks: 1, asns: 0, adDomains: 0, brands: 0, products: 0, staff: 1, customers: 0, redact: 1, languages: 0 } });
    const audit = await request(t.http).get('/api/v1/audit?action=asset-registry.*').set(auth(coordinatorToken)).expect(200);
    assert.ok(audit.body.events.length >= 2);
    assert.deepEqual(leaks(audit.body), []);
    assert.ok(!JSON.stringify(audit.body).includes('regtest'));
  });

  it('needs If-Match (428), refuses a stale one (412) and lets exactly one of two concurrent writers win', async () => {
    const s = await aSubmitter(t);
    expectProblem(await put(t, s.token, REGISTRY), 428, 'PRECONDITION_REQUIRED');
    expectProblem(await put(t, s.token, REGISTRY, '*'), 412, 'PRECONDITION_FAILED');
    assert.equal(await countWhere(t, 'asset_registries WHERE organization_id = $1', [s.org.id]), 0);
    await put(t, s.token, REGISTRY, '"0"').expect(200);
    expectProblem(await put(t, s.token, { domains: ['lost.example'] }, '"0"'), 412, 'PRECONDITION_FAILED');
    expectProblem(await put(t, s.token, { domains: ['lost.example'] }, 'W/"1"'), 412, 'PRECONDITION_FAILED');

    const answers = await Promise.all(['first.example', 'second.example'].map((d) => put(t, s.token, { domains: [d] }, '"1"')));
    assert.deepEqual(answers.map((a) => a.status).sort(), [200, 412]);
    const winner = answers.find((a) => a.status === 200)!;
    const now = await request(t.http).get(URL).set(auth(s.token)).expect(200);
    assert.equal(now.body.version, 2);
    assert.deepEqual(now.body.domains, winner.body.domains);
    await put(t, s.token, { domains: ['third.example'] }, '*').expect(200);
    await put(t, s.token, { domains: ['fourth.example'] }, '"9", "3"').expect(200);

    // Two first saves at once: one is stored, the other told the registry changed.
    const fresh = await aSubmitter(t);
    const firsts = await Promise.all(['a.example', 'b.example'].map((d) => put(t, fresh.token, { domains: [d] }, '"0"')));
    assert.deepEqual(firsts.map((a) => a.status).sort(), [200, 412]);
  });

  it('refuses invalid entries with 422 naming each one by pointer, and stores nothing', async () => {
    const s = await aSubmitter(t);
    await put(t, s.token, REGISTRY, '"0"').expect(200);
    const res = await put(t, s.token, { domains: ['ok.example', 'com', 'https://x.example/'], netblocks: ['0.0.0.0/0', '192.0.2.1/24'], asns: [0, 70000], staff: ['x'], redact: ['**'], languages: ['klingon!'] }, '"1"');
    const problem = expectProblem(res, 422, 'INVALID_ASSET_REGISTRY');
    const errors = problem.errors as { pointer: string; message: string }[];
    assert.deepEqual(
      errors.map((e) => e.pointer),
      ['/domains/1', '/domains/2', '/netblocks/0', '/netblocks/1', '/asns/0', '/staff/0', '/redact/0', '/languages/0'],
    );
    assert.match(errors[3].message, /^"192\.0\.2\.1\/24": has host bits set; the network is 192\.0\.2\.0\/24/);
    assert.match(problem.detail as string, /^8 invalid entries; the first, \/domains\/1: "com"/);
    // Shapes that are not lists of entries, and unknown kinds, are refused by the DTO.
    expectProblem(await put(t, s.token, { domains: 'regtest-assets.example' }, '"1"'), 400, 'VALIDATION_FAILED');
    expectProblem(await put(t, s.token, { hostnames: ['x'] }, '"1"'), 400, 'VALIDATION_FAILED');
    expectProblem(await put(t, s.token, { staff: Array(2001).fill('Ingrid Falk') }, '"1"'), 422, 'INVALID_ASSET_REGISTRY');
    const kept = await request(t.http).get(URL).set(auth(s.token)).expect(200);
    assert.equal(kept.body.version, 1);
    assert.deepEqual(kept.body.domains, ['regtest-assets.example']);
  });

  it('only the organization itself reads and writes it: members, read keys, coordinators and admins get 403, another organization its own', async () => {
    const s = await aSubmitter(t);
    await put(t, s.token, REGISTRY, '"0"').expect(200);
    const member = await signIn(t, await aUser(t, s.org, ['member']));
    const readKey = (await anApiKey(t, s.org, ['read'])).key;
    for (const credential of [member, readKey, coordinatorToken, adminToken]) {
      expectProblem(await request(t.http).get(URL).set(auth(credential)), 403, 'FORBIDDEN');
      expectProblem(await put(t, credential, {}, '"1"'), 403, 'FORBIDDEN');
    }
    expectProblem(await request(t.http).get(URL), 401, 'UNAUTHENTICATED');
    const other = await aSubmitter(t);
    const theirs = await request(t.http).get(URL).set(auth(other.token)).expect(200);
    assert.equal(theirs.body.version, 0);
    assert.deepEqual(leaks(theirs.body), []);
    const stillOurs = await request(t.http).get(URL).set(auth(s.token)).expect(200);
    assert.equal(stillOurs.body.version, 1);
  });
});

describe('the stored registry in the anonymizer', () => {
  let t: TestApp;
  let coordinatorToken: string;

  before(async () => {
    t = await createTestApp();
    ({ coordinatorToken } = await anExchange(t));
  });
  after(() => t.close());

  it('preview: without a registry the own address is flagged ambiguous and the domain and case number stay; with it, none survives', async () => {
    const s = await aSubmitter(t);
    const bundle = incident(s.org.name);
    const without = await request(t.http).post('/api/v1/anonymize/preview').set(auth(s.token)).send(bundle).expect(200);
    assert.ok(flagsAddress(without.body.report), JSON.stringify(without.body.report.ambiguous));
    assert.deepEqual(leaks(without.body.bundle), ['portal.regtest-assets.example', 'PROJ-NIGHTJAR']);

    await put(t, s.token, REGISTRY, '"0"').expect(200);
    const withRegistry = await request(t.http).post('/api/v1/anonymize/preview').set(auth(s.token)).send(bundle).expect(200);
    assert.deepEqual(leaks(withRegistry.body.bundle), []);
    assert.ok(!JSON.stringify(withRegistry.body.bundle).includes(REGISTRY.netblocks[0]), 'a registered address is dropped, not published as its prefix');
    assert.ok(!flagsAddress(withRegistry.body.report));
    assert.ok(JSON.stringify(withRegistry.body.bundle).includes(C2), 'the C2 address is the threat and stays');
    assert.deepEqual(leaks(withRegistry.body.report), []);
  });

  it('pipeline: a registered organization publishes none of it; the same bundle from one without a registry is flagged', async () => {
    const registered = await aSubmitter(t);
    await put(t, registered.token, REGISTRY, '"0"').expect(200);
    const plain = await aSubmitter(t);
    const submit = async (s: TestSubmitter) => {
      const res = await request(t.http).post('/api/v1/submissions').set(auth(s.key.key)).send({ bundle: incident(s.org.name), tlp: 'green' }).expect(202);
      return { id: res.body.id as string, done: await waitForState(t, s.token, res.body.id, ['pending_review']) };
    };
    const [mine, theirs] = [await submit(registered), await submit(plain)];
    assert.deepEqual(leaks(mine.done.anonymizedBundle), []);
    assert.ok(!flagsAddress(mine.done.report));
    assert.ok(flagsAddress(theirs.done.report));
    assert.ok(leaks(theirs.done.anonymizedBundle).includes('portal.regtest-assets.example'));

    await request(t.http).post(`/api/v1/moderation/submissions/${mine.id}/approve`).set(auth(coordinatorToken)).send({}).expect(200);
    await waitForState(t, registered.token, mine.id, ['published']);
    const rows: { object: unknown }[] = await t.dataSource.query('SELECT object FROM published_objects WHERE submission_id = $1', [mine.id]);
    assert.ok(rows.length >= 1);
    assert.deepEqual(leaks(rows.map((r) => r.object)), []);
    assert.ok(!JSON.stringify(rows).includes(REGISTRY.netblocks[0]), 'a registered address is dropped, not published as its prefix');
    assert.ok(JSON.stringify(rows).includes(C2));
  });
});

describe('anonymize --org (CLI) uses the stored registry', () => {
  it('prints the anonymized bundle without the registered values; an unknown organization exits 2', async () => {
    // The embedded database is held by one process at a time: the app closes before the CLI opens it.
    const server = process.env.DATABASE_URL ? await freshTestDatabase() : undefined;
    const dataDir = mkdtempSync(join(tmpdir(), 'shieldshare-cli-registry-'));
    try {
      const t = await createTestApp(server ? { databaseUrl: server.url, env: { DATA_DIR: dataDir } } : { dataDir });
      let s: TestSubmitter;
      try {
        s = await aSubmitter(t);
        await put(t, s.token, REGISTRY, '"0"').expect(200);
      } finally {
        await t.close();
      }
      const file = join(dataDir, 'bundle.json');
      writeFileSync(file, JSON.stringify(incident(s.org.name)));
      const env = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...(server ? { DATABASE_URL: server.url } : {}) };
      if (!server) delete env.DATABASE_URL;
      const run = (args: string[]) =>
        new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
          execFile(process.execPath, [CLI, ...args], { env, timeout: 120_000, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
            resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
          });
        });
      const stored = await run(['anonymize', file, '--org', s.org.id]);
      assert.equal(stored.code, 0, stored.stderr);
      assert.deepEqual(leaks(JSON.parse(stored.stdout)), []);
      assert.ok(stored.stdout.includes(C2));
      const fileOnly = await run(['anonymize', file]);
      assert.equal(fileOnly.code, 0, fileOnly.stderr);
      assert.ok(leaks(JSON.parse(fileOnly.stdout)).includes('PROJ-NIGHTJAR'), 'without --org nothing knows the case number');
      const unknown = await run(['anonymize', file, '--org', randomUUID()]);
      assert.equal(unknown.code, 2);
      assert.match(unknown.stderr, /no organization/);
      const both = await run(['anonymize', file, '--org', s.org.id, '--profile', file]);
      assert.equal(both.code, 2);
    } finally {
      await server?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
