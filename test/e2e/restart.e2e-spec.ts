import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import request from 'supertest';
import { anApiKey, anOrg, aUser, signIn } from '../support/builders';
import { freshTestDatabase } from '../support/db';
import { createTestApp } from '../support/test-app';

const EMBEDDED_MODULE = join(__dirname, '..', '..', 'src', 'database', 'embedded-postgres.js');

/**
 * Opens the embedded database on `dir` from another process (the lock is per process: a
 * second ShieldShare service, or the CLI, is the case it guards against).
 */
function startInOtherProcess(dir: string): Promise<{ code: number | null; out: string }> {
  const script = `
    require(${JSON.stringify(EMBEDDED_MODULE)}).startEmbeddedPostgres(${JSON.stringify(dir)}).then(
      async (db) => { await db.stop(); console.log(JSON.stringify({ started: true })); process.exit(0); },
      (error) => { console.log(JSON.stringify({ name: error.constructor.name, message: error.message })); process.exit(3); },
    );`;
  return new Promise((resolve) => {
    execFile(process.execPath, ['-e', script], { timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error ? ((error as { code?: number }).code ?? null) : 0;
      resolve({ code: typeof code === 'number' ? code : null, out: `${stdout}${stderr}` });
    });
  });
}

/** A pid no process has: that of a child that has exited. */
function deadPid(): Promise<number> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, ['-e', '0'], () => resolve(child.pid!));
  });
}

describe('restart', () => {
  it('embedded: data survives a restart on the same folder, which one process holds at a time', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shieldshare-restart-'));
    try {
      const first = await createTestApp({ dataDir: dir });
      let orgId: string;
      let email: string;
      let password: string;
      let key: string;
      try {
        const org = await anOrg(first, { name: 'Survives Restart GmbH' });
        const user = await aUser(first, org, ['member']);
        orgId = org.id;
        ({ email, password } = user);
        key = (await anApiKey(first, org, ['read'])).key;
        await request(first.http).get(`/api/v1/organizations/${orgId}`).set('Authorization', `Bearer ${await signIn(first, user)}`).expect(200);

        const lock = join(dir, 'shieldshare.lock');
        assert.equal(readFileSync(lock, 'utf8').trim(), String(process.pid));
        const other = await startInOtherProcess(dir);
        assert.equal(other.code, 3, other.out);
        const refused = JSON.parse(other.out.trim().split('\n').pop()!) as { name: string; message: string };
        assert.equal(refused.name, 'DataDirInUseError');
        assert.ok(refused.message.includes(dir), `the message does not name ${dir}: ${refused.message}`);
        assert.ok(refused.message.includes(String(process.pid)), refused.message);
      } finally {
        await first.close();
      }
      assert.equal(existsSync(join(dir, 'shieldshare.lock')), false, 'the lock outlived the app');

      // A lock left by a process that died (kill -9) does not block the next start.
      writeFileSync(join(dir, 'shieldshare.lock'), String(await deadPid()));
      const second = await createTestApp({ dataDir: dir });
      try {
        const [row] = await second.dataSource.query('SELECT name FROM organizations WHERE id = $1', [orgId]);
        assert.equal(row?.name, 'Survives Restart GmbH');
        const login = await request(second.http).post('/api/v1/auth/login').send({ email, password }).expect(200);
        const res = await request(second.http).get(`/api/v1/organizations/${orgId}`).set('Authorization', `Bearer ${login.body.token}`).expect(200);
        assert.equal(res.body.name, 'Survives Restart GmbH');
        await request(second.http).get('/api/v1/auth/me').set('Authorization', `Bearer ${key}`).expect(200);
      } finally {
        await second.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it(
    'PostgreSQL: data survives a restart on the same database',
    { skip: process.env.DATABASE_URL ? false : 'DATABASE_URL is not set' },
    async () => {
      const db = await freshTestDatabase();
      assert.ok(db.url);
      try {
        let orgId: string;
        let migrations: number;
        const first = await createTestApp({ databaseUrl: db.url });
        try {
          orgId = (await anOrg(first, { name: 'Survives PG Restart' })).id;
          migrations = Number((await first.dataSource.query('SELECT count(*)::int AS n FROM migrations'))[0].n);
          assert.ok(migrations > 0);
        } finally {
          await first.close();
        }
        const second = await createTestApp({ databaseUrl: db.url });
        try {
          const [row] = await second.dataSource.query('SELECT name FROM organizations WHERE id = $1', [orgId]);
          assert.equal(row?.name, 'Survives PG Restart');
          const again = Number((await second.dataSource.query('SELECT count(*)::int AS n FROM migrations'))[0].n);
          assert.equal(again, migrations, 'migrations ran twice');
        } finally {
          await second.close();
        }
      } finally {
        await db.drop();
      }
    },
  );
});
