import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { OPERATOR } from '../../src/cli/operator';
import type { Role } from '../../src/common/auth/role';
import type { ApiKeyScope } from '../../src/modules/api-keys/api-key.entity';
import { ApiKeysService } from '../../src/modules/api-keys/api-keys.service';
import type { OrganizationKind } from '../../src/modules/orgs/organization.entity';
import { OrgsService } from '../../src/modules/orgs/orgs.service';
import { UsersService } from '../../src/modules/users/users.service';
import type { TestApp } from './test-app';

const unique = () => randomBytes(4).toString('hex');

export interface TestOrg {
  id: string;
  name: string;
  kind: OrganizationKind;
}

/** An organization with valid defaults; unique name per call, so tests never collide. */
export async function anOrg(t: TestApp, overrides: { kind?: OrganizationKind; name?: string; sectors?: string[]; country?: string } = {}): Promise<TestOrg> {
  const org = await t.app.get(OrgsService).create(OPERATOR, {
    name: overrides.name ?? `Org ${unique()}`,
    kind: overrides.kind ?? 'manufacturer',
    sectors: overrides.sectors ?? ['energy'],
    country: overrides.country ?? 'DE',
  });
  return { id: org.id, name: org.name, kind: org.kind };
}

export interface TestUser {
  id: string;
  orgId: string;
  email: string;
  password: string;
  roles: Role[];
}

export async function aUser(t: TestApp, org: TestOrg, roles: Role[]): Promise<TestUser> {
  const email = `user-${unique()}@example.org`;
  const password = `pw-${randomBytes(12).toString('hex')}`;
  const user = await t.app.get(UsersService).create(OPERATOR, org.id, { email, displayName: 'Test User', password, roles });
  return { id: user.id, orgId: org.id, email, password, roles };
}

/** Signs the user in over HTTP and returns the session token. */
export async function signIn(t: TestApp, user: TestUser): Promise<string> {
  const res = await request(t.http).post('/api/v1/auth/login').send({ email: user.email, password: user.password });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.token as string;
}

export interface TestApiKey {
  id: string;
  keyId: string;
  key: string;
  secret: string;
}

export async function anApiKey(t: TestApp, org: TestOrg, scopes: ApiKeyScope[], expiresAt?: string): Promise<TestApiKey> {
  const created = await t.app.get(ApiKeysService).create(OPERATOR, org.id, { name: `key ${unique()}`, scopes, expiresAt });
  return { id: created.id, keyId: created.keyId, key: created.key, secret: created.key.slice(created.keyId.length + 1) };
}

/** The coordinator organization with an admin, a coordinator and their sessions. */
export async function anExchange(t: TestApp) {
  const desk = await anOrg(t, { kind: 'coordinator', sectors: [] });
  const admin = await aUser(t, desk, ['admin']);
  const coordinator = await aUser(t, desk, ['coordinator']);
  return { desk, admin, coordinator, adminToken: await signIn(t, admin), coordinatorToken: await signIn(t, coordinator) };
}

/** Asserts an RFC 9457 problem answer with our stable code; returns the parsed body. */
export function expectProblem(res: request.Response, status: number, code: string): Record<string, unknown> {
  const body = JSON.parse(res.text) as Record<string, unknown>;
  const where = `${res.status} ${res.text}`;
  if (res.status !== status) throw new Error(`expected ${status} ${code}, got ${where}`);
  if (!String(res.headers['content-type'] ?? '').startsWith('application/problem+json')) {
    throw new Error(`expected application/problem+json, got ${res.headers['content-type']} (${where})`);
  }
  if (body.code !== code) throw new Error(`expected code ${code}, got ${where}`);
  if (body.status !== status) throw new Error(`problem status ${String(body.status)} differs from HTTP ${status}`);
  if (status === 401 && !res.headers['www-authenticate']) throw new Error(`401 without WWW-Authenticate: ${where}`);
  if (body.requestId !== res.headers['x-request-id']) throw new Error(`problem requestId differs from X-Request-Id: ${where}`);
  return body;
}

/** `Authorization` header value for HTTP Basic. */
export function basicAuth(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}

/** Row count of a table (names are code constants, never input). */
export async function countRows(t: TestApp, table: 'organizations' | 'users' | 'api_keys' | 'sessions'): Promise<number> {
  const rows = (await t.dataSource.query(`SELECT count(*)::int AS n FROM "${table}"`)) as { n: number }[];
  return Number(rows[0].n);
}

/** Row counts of every table (but the migrations log), to show a rejected request wrote nothing. */
export async function countAll(t: TestApp): Promise<Record<string, number>> {
  const tables = (await t.dataSource.query(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'migrations' ORDER BY table_name`,
  )) as { name: string }[];
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const rows = (await t.dataSource.query(`SELECT count(*)::int AS n FROM "${name.replace(/"/g, '""')}"`)) as { n: number }[];
    counts[name] = Number(rows[0].n);
  }
  return counts;
}
