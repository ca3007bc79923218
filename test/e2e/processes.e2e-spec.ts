import assert from 'node:assert/strict';
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { after, describe, it } from 'node:test';
import { freshTestDatabase } from '../support/db';
import { demoPassword, startService, type ServiceProcess } from '../support/service-process';

/** Pids of the primary's child processes (the service processes; threads are not children). */
function childrenOf(pid: number): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((name) => {
      try {
        // Field 4 of /proc/<pid>/stat, after the parenthesised command name.
        return Number(readFileSync(`/proc/${name}/stat`, 'utf8').split(') ')[1].split(' ')[1]) === pid;
      } catch {
        return false; // exited while listed
      }
    })
    .map(Number);
}

/** Established TCP connections whose local port is `port`, by the socket inodes each process holds. */
function connectionsOnPort(pids: number[], port: number): Map<number, number> {
  const established = new Set<string>();
  for (const line of readFileSync('/proc/net/tcp', 'utf8').split('\n').slice(1)) {
    const fields = line.trim().split(/\s+/);
    if (fields.length > 9 && parseInt(fields[1].split(':')[1], 16) === port && fields[3] === '01') established.add(fields[9]);
  }
  const counts = new Map<number, number>();
  for (const pid of pids) {
    const inodes = readdirSync(`/proc/${pid}/fd`).flatMap((fd) => {
      try {
        return [/^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`))?.[1]];
      } catch {
        return [];
      }
    });
    counts.set(pid, inodes.filter((inode) => inode !== undefined && established.has(inode)).length);
  }
  return counts;
}

/** One request on `agent` (a fresh connection when it does not keep them alive): status and body text. */
function call(url: string, agent: Agent, options: { headers?: Record<string, string>; json?: unknown } = {}): Promise<{ status: number; text: string }> {
  const data = options.json === undefined ? undefined : JSON.stringify(options.json);
  const headers = data === undefined ? options.headers : { ...options.headers, 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(data)) };
  const method = data === undefined ? 'GET' : 'POST';
  return new Promise((resolve, reject) => {
    request(url, { method, agent, headers, timeout: 10_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
    })
      .on('timeout', () => reject(new Error(`${method} ${url}: no answer in 10 s`)))
      .on('error', reject)
      .end(data);
  });
}

const getStatus = async (url: string, agent: Agent, headers: Record<string, string> = {}) => (await call(url, agent, { headers })).status;

async function until<T>(what: string, probe: () => T | undefined, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

// Several processes need a PostgreSQL server (the embedded database lives inside one process).
describe('several service processes (PROCESSES=2)', { skip: process.env.DATABASE_URL ? false : 'needs DATABASE_URL' }, () => {
  const cleanup: (() => Promise<void>)[] = [];
  after(async () => {
    for (const step of cleanup.reverse()) await step();
  });

  it('share the port, replace a process that dies, and stop together', async () => {
    const db = await freshTestDatabase();
    cleanup.push(() => db.drop());
    const service: ServiceProcess = await startService({ DATABASE_URL: db.url!, PROCESSES: '2', SEED_DEMO: 'false' });
    cleanup.push(() => service.kill('SIGKILL'));
    const primary = service.child.pid!;
    const port = Number(new URL(service.url).port);
    assert.match(service.output(), /ShieldShare is up in .* on PostgreSQL, 2 processes/);
    const workers = await until('two service processes', () => {
      const pids = childrenOf(primary);
      return pids.length === 2 ? pids : undefined;
    });

    // Sixteen kept-alive connections are handed out round-robin: once the second process
    // listens, both hold some.
    const spread = async (): Promise<Map<number, number>> => {
      const agent = new Agent({ keepAlive: true, maxSockets: 16 });
      try {
        const statuses = await Promise.all(Array.from({ length: 16 }, () => getStatus(`${service.url}/health`, agent)));
        assert.deepEqual(new Set(statuses), new Set([200]));
        return connectionsOnPort(workers, port);
      } finally {
        agent.destroy();
      }
    };
    const deadline = Date.now() + 30_000;
    let held = await spread();
    while (![...held.values()].every((n) => n > 0) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 250));
      held = await spread();
    }
    assert.ok([...held.values()].every((n) => n > 0), `connections per process: ${JSON.stringify([...held])}`);

    // A process killed outright: the other goes on serving, and a new one takes its place.
    process.kill(workers[0], 'SIGKILL');
    // Until the primary has reaped it, the dead process may still be handed a connection.
    await until('the primary to notice', () => (processExists(workers[0]) ? undefined : true));
    const fresh = new Agent({ keepAlive: false });
    for (let i = 0; i < 10; i++) assert.equal(await getStatus(`${service.url}/health`, fresh), 200);
    const replaced = await until('a replacement process', () => {
      const pids = childrenOf(primary);
      return pids.length === 2 && !pids.includes(workers[0]) ? pids : undefined;
    });
    assert.ok(replaced.includes(workers[1]), 'the surviving process was restarted too');

    // SIGTERM to the primary stops every process, with a clean exit.
    const exited = new Promise<number | null>((resolve) => service.child.once('exit', (code) => resolve(code)));
    service.child.kill('SIGTERM');
    assert.equal(await exited, 0);
    await until('no process left', () => (replaced.every((pid) => !processExists(pid)) ? true : undefined));
  });

  it('a revoked key and a suspended organization are refused by every process at once, not after the cache expires', async () => {
    const db = await freshTestDatabase();
    cleanup.push(() => db.drop());
    const service = await startService({ DATABASE_URL: db.url!, PROCESSES: '2' });
    cleanup.push(() => service.kill('SIGTERM'));
    const login = await fetch(`${service.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'admin@shieldshare.example', password: demoPassword(service.output(), 'admin@shieldshare.example') }),
    });
    const admin = { Authorization: `Bearer ${((await login.json()) as { token: string }).token}`, 'Content-Type': 'application/json' };
    const [org] = (await (await fetch(`${service.url}/api/v1/organizations`, { headers: admin })).json()) as { id: string }[];
    const newKey = async () => {
      const res = await fetch(`${service.url}/api/v1/organizations/${org.id}/api-keys`, { method: 'POST', headers: admin, body: JSON.stringify({ name: 'poller', scopes: ['read'] }) });
      assert.equal(res.status, 201);
      return (await res.json()) as { id: string; key: string };
    };
    // Each request on a new connection: round-robin alternates the processes, and each one
    // verifies the key once and then keeps it for the cache's lifetime (5 s).
    const fresh = new Agent({ keepAlive: false });
    const statuses = async (key: string) =>
      new Set(await Promise.all(Array.from({ length: 16 }, () => getStatus(`${service.url}/api/v1/auth/me`, fresh, { Authorization: `Bearer ${key}` }))));

    const revoked = await newKey();
    assert.deepEqual(await statuses(revoked.key), new Set([200]));
    assert.equal((await fetch(`${service.url}/api/v1/api-keys/${revoked.id}`, { method: 'DELETE', headers: admin })).status, 200);
    assert.deepEqual(await statuses(revoked.key), new Set([401]));

    const suspended = await newKey();
    assert.deepEqual(await statuses(suspended.key), new Set([200]));
    const patch = await fetch(`${service.url}/api/v1/organizations/${org.id}`, { method: 'PATCH', headers: admin, body: JSON.stringify({ status: 'suspended' }) });
    assert.equal(patch.status, 200);
    assert.deepEqual(await statuses(suspended.key), new Set([401]));
  });

  it('count failed sign-ins together: spreading attempts over the processes gains nothing', async () => {
    const db = await freshTestDatabase();
    cleanup.push(() => db.drop());
    const service = await startService({ DATABASE_URL: db.url!, PROCESSES: '2', LOGIN_MAX_FAILURES: '4' });
    cleanup.push(() => service.kill('SIGTERM'));
    const email = 'admin@shieldshare.example';
    // Each attempt on a new connection: round-robin alternates the processes, two failures each.
    const fresh = new Agent({ keepAlive: false });
    const signIn = async (password: string) => (await call(`${service.url}/api/v1/auth/login`, fresh, { json: { email, password } })).status;
    for (let i = 0; i < 4; i++) assert.equal(await signIn(`wrong-${i}`), 401);
    assert.equal(await signIn(demoPassword(service.output(), email)), 429);
    assert.equal(await signIn(demoPassword(service.output(), email)), 429);
  });

  it('answer /metrics with the sums over every process, whichever process the scrape reaches', async () => {
    const db = await freshTestDatabase();
    cleanup.push(() => db.drop());
    const service = await startService({ DATABASE_URL: db.url!, PROCESSES: '2', SEED_DEMO: 'false' });
    cleanup.push(() => service.kill('SIGTERM'));
    // New connections alternate the processes: both serve some of these.
    const fresh = new Agent({ keepAlive: false });
    for (let i = 0; i < 20; i++) assert.equal(await getStatus(`${service.url}/health`, fresh), 200);
    const healthCount = (text: string) =>
      text
        .split('\n')
        .filter((line) => line.startsWith('shieldshare_http_requests_total{') && line.includes('route="/health"') && line.includes('status="200"'))
        .reduce((sum, line) => sum + Number(line.split(' ').pop()), 0);
    const scrapes: number[] = [];
    for (let i = 0; i < 4; i++) {
      const { status, text } = await call(`${service.url}/metrics`, fresh);
      assert.equal(status, 200, text);
      scrapes.push(healthCount(text));
      assert.match(text, /^process_cpu_user_seconds_total \d/m);
    }
    // Every scrape counts all 20 (and the start-up health checks), not one process's half.
    for (const n of scrapes) assert.ok(n >= 20, `a scrape counted ${n} of the 20 health requests: ${scrapes.join(', ')}`);
  });
});

function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
