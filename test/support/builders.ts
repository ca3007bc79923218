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
