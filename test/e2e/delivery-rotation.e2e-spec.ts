import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import request from 'supertest';
import { anExchange } from '../support/builders';
import { freshTestDatabase } from '../support/db';
import { aMember, aWebhook, fetchJwks, publish, publishedIds, verifyDelivery, waitForIds, WEBHOOK_ENV } from '../support/delivery';
import { aSubmitter, auth } from '../support/submissions';
import { createTestApp, type TestApp } from '../support/test-app';
import { WebhookReceiver } from '../support/webhook-receiver';

const CLI = join(__dirname, '..', '..', 'src', 'cli', 'main.js');
/** How long a running service may keep signing with the key it cached (SigningService's ACTIVE_KEY_TTL_MS). */
const ACTIVE_KEY_TTL_MS = 5_000;

/** `npm run cli -- <args>` as an operator runs it, against the same database and secrets as the service. */
async function cli(env: Record<string, string>, args: string[]): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, [CLI, ...args], { env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'silent', ...env }, timeout: 60_000 });
  return stdout;
}

describe('rotate-signing-key (CLI)', () => {
  it('rotates: the JWKS holds both keys, new deliveries carry the new kid, the old key verifies until its grace period ends', async () => {
    const db = await freshTestDatabase();
    const dataDir = db.url ? undefined : mkdtempSync(join(tmpdir(), 'shieldshare-rotation-'));
    // Fixed secrets: sessions and sealed keys outlive the restart.
    const env = { ...WEBHOOK_ENV, SIGNING_KEY_SECRET: 'rotation-test-secret-0123456789abcdef', SESSION_SECRET: 'rotation-test-session-0123456789abcdef' };
    const hook = await new WebhookReceiver().start();
    let t: TestApp | null = await createTestApp({ env, databaseUrl: db.url, dataDir });
    try {
      const exchange = await anExchange(t);
      const acme = await aSubmitter(t);
      const member = await aMember(t);
      await aWebhook(t, member, hook);
      await waitForIds(t, hook, await publishedIds(t, await publish(t, acme, exchange.coordinatorToken)));
      const oldBody = hook.accepted[hook.accepted.length - 1]!.body;
      const oldKid = String((await verifyDelivery(t, oldBody)).header.kid);

      // The embedded database belongs to one process at a time: the service stops while the CLI runs.
      // On PostgreSQL the CLI runs beside the running service, as an operator would.
      if (dataDir) {
        await t.close();
        t = null;
      }
      const out = JSON.parse(await cli({ ...env, ...(db.url ? { DATABASE_URL: db.url } : { DATA_DIR: dataDir! }) }, ['rotate-signing-key', '--grace-seconds', '20', '--json']));
      assert.equal(out.previous.kid, oldKid);
      assert.equal(out.previous.status, 'verifying');
      assert.equal(out.active.status, 'active');
      const newKid = out.active.kid as string;
      assert.notEqual(newKid, oldKid);
      if (!t) t = await createTestApp({ env, dataDir });
      else await new Promise((r) => setTimeout(r, ACTIVE_KEY_TTL_MS + 100));

      assert.deepEqual((await fetchJwks(t)).keys.map((k) => k.kid), [newKid, oldKid]);
      const audit = await request(t.http).get('/api/v1/audit?action=signing_key.rotated').set(auth(exchange.adminToken)).expect(200);
      assert.deepEqual(audit.body.events.map((e: Record<string, any>) => [e.actorVia, e.details.kid, e.details.previousKid]), [['cli', newKid, oldKid]]);

      const seen = hook.accepted.length;
      await waitForIds(t, hook, await publishedIds(t, await publish(t, acme, exchange.coordinatorToken)));
      const fresh = hook.accepted.slice(seen);
      for (const r of fresh) {
        assert.equal(r.headers['x-shieldshare-key-id'], newKid);
        assert.equal((await verifyDelivery(t, r.body)).header.kid, newKid);
      }
      assert.equal((await verifyDelivery(t, oldBody)).header.kid, oldKid, 'the old signature stopped verifying inside its grace period');

      await new Promise((r) => setTimeout(r, Math.max(0, Date.parse(out.previous.verifyUntil) - Date.now() + 200)));
      assert.deepEqual((await fetchJwks(t)).keys.map((k) => k.kid), [newKid]);
      await assert.rejects(verifyDelivery(t, oldBody), /no applicable key found|matching key/i);
    } finally {
      await t?.close();
      await hook.stop();
      await db.drop();
    }
  });
});
