import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { freshTestDatabase, type TestDatabase } from '../support/db';
import { demoApiKey, demoPassword, startService, type ServiceProcess } from '../support/service-process';
import { meterIncident } from '../support/submissions';

interface Api {
  get(path: string): Promise<any>;
  post(path: string, body: unknown, headers?: Record<string, string>): Promise<Response>;
}

function api(url: string, token: string): Api {
  const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
  return {
    get: async (path) => {
      const res = await fetch(`${url}${path}`, { headers });
      if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`);
      return res.json();
    },
    post: (path, body, extra = {}) => fetch(`${url}${path}`, { method: 'POST', headers: { ...headers, ...extra }, body: JSON.stringify(body) }),
  };
}

async function signInAdmin(service: ServiceProcess, output: string): Promise<string> {
  const res = await fetch(`${service.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'admin@shieldshare.example', password: demoPassword(output, 'admin@shieldshare.example') }),
  });
  return ((await res.json()) as { token: string }).token;
}

/** Waits until every submission has left `received`; returns their details. */
async function settled(client: Api, ids: string[], timeoutMs = 60_000): Promise<any[]> {
  const deadline = Date.now() + timeoutMs;
  const done = new Map<string, any>();
  while (done.size < ids.length) {
    for (const id of ids.filter((i) => !done.has(i))) {
      const detail = await client.get(`/api/v1/submissions/${id}`);
      if (detail.state !== 'received') done.set(id, detail);
    }
    if (done.size < ids.length) {
      if (Date.now() > deadline) throw new Error(`${ids.length - done.size} submission(s) still received`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  return ids.map((id) => done.get(id));
}

const anonymizeSteps = (detail: { history: { action: string }[] }) => detail.history.filter((h) => h.action === 'anonymize').length;

describe('pipeline durability (the service as separate processes)', () => {
  const cleanup: (() => Promise<void>)[] = [];
  after(async () => {
    for (const step of cleanup.reverse()) await step();
  });

  async function database(): Promise<{ env: Record<string, string>; db: TestDatabase }> {
    const db = await freshTestDatabase();
    cleanup.push(() => db.drop());
    const env = {
      SESSION_SECRET: randomBytes(32).toString('hex'),
      ANONYMIZER_KEY: randomBytes(32).toString('hex'),
      ...(db.url ? { DATABASE_URL: db.url } : { DATA_DIR: mkdtempSync(join(tmpdir(), 'shieldshare-crash-')) }),
    };
    return { env, db };
  }

  it('a SIGKILL in the middle of a stream of submissions loses none that got 202, half-writes none, and each is processed once after restart', async () => {
    const { env } = await database();
    let service = await startService(env);
    const firstOutput = service.output();
    cleanup.push(() => service.kill('SIGTERM'));
    const key = demoApiKey(firstOutput, 'Acme Metering');
    const accepted: string[] = [];
    let stop = false;
    const stream = async (n: number) => {
      for (let i = 0; !stop; i++) {
        try {
          const res = await api(service.url, key).post('/api/v1/submissions', { bundle: meterIncident({ indicators: 20 }), tlp: 'green' }, { 'Idempotency-Key': `crash-${n}-${i}` });
          if (res.status === 202) accepted.push(((await res.json()) as { id: string }).id);
        } catch {
          // The connection died with the process: this request was never acknowledged.
        }
      }
    };
    const streams = [0, 1, 2, 3].map(stream);
    while (accepted.length < 24) await new Promise((r) => setTimeout(r, 20));
    await service.kill('SIGKILL');
    stop = true;
    await Promise.all(streams);

    service = await startService(env);
    const client = api(service.url, key);
    const details = await settled(client, accepted);
    for (const d of details) {
      assert.equal(d.state, 'pending_review', `${d.id} proceeds`);
      assert.equal(anonymizeSteps(d), 1, `${d.id} is processed exactly once`);
    }
    // Nothing half-written: every stored submission of the organization has its arrival recorded and moves on.
    let all: any[] = [];
    for (let cursor: string | null = ''; cursor !== null; ) {
      const page: any = await client.get(`/api/v1/submissions?limit=200${cursor ? `&cursor=${cursor}` : ''}`);
      all = all.concat(page.items);
      cursor = page.nextCursor;
    }
    const stored = await settled(client, all.map((s) => s.id));
    for (const d of stored) {
      assert.equal(d.history[0].action, 'submit');
      assert.ok(anonymizeSteps(d) <= 1);
    }
    assert.ok(accepted.every((id) => all.some((s) => s.id === id)));
    const admin = api(service.url, await signInAdmin(service, firstOutput));
    assert.equal((await admin.get('/api/v1/audit/verify')).valid, true);
  });

  it('two instances on one PostgreSQL server share the pipeline: every submission processed exactly once', { skip: !process.env.DATABASE_URL && 'needs a PostgreSQL server (DATABASE_URL)' }, async () => {
    const { env } = await database();
    const a = await startService(env);
    cleanup.push(() => a.kill('SIGTERM'));
    const b = await startService({ ...env, SEED_DEMO: 'false' });
    cleanup.push(() => b.kill('SIGTERM'));
    const key = demoApiKey(a.output(), 'Acme Metering');
    const ids: string[] = [];
    await Promise.all(
      Array.from({ length: 40 }, async (_, i) => {
        const res = await api(i % 2 ? b.url : a.url, key).post('/api/v1/submissions', { bundle: meterIncident({ indicators: 20 }), tlp: 'green' });
        assert.equal(res.status, 202);
        ids.push(((await res.json()) as { id: string }).id);
      }),
    );
    const details = await settled(api(a.url, key), ids);
    for (const d of details) assert.equal(anonymizeSteps(d), 1);
    const admin = api(b.url, await signInAdmin(b, a.output()));
    const events: { targetId: string; details: { processedBy: string } }[] = (await admin.get('/api/v1/audit?action=submission.anonymize&limit=500')).events;
    const ours = events.filter((e) => ids.includes(e.targetId));
    assert.equal(ours.length, ids.length, 'one anonymize event per submission');
    assert.equal(new Set(ours.map((e) => e.targetId)).size, ids.length);
    assert.equal(new Set(ours.map((e) => e.details.processedBy)).size, 2, 'both instances took work');
  });
});
