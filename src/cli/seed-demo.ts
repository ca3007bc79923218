import { INestApplicationContext } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import type { Role } from '../common/auth/role';
import { ApiKeysService } from '../modules/api-keys/api-keys.service';
import type { ApiKeyScope } from '../modules/api-keys/api-key.entity';
import type { OrganizationKind } from '../modules/orgs/organization.entity';
import { OrgsService } from '../modules/orgs/orgs.service';
import { PoliciesService } from '../modules/policies/policies.service';
import { UsersService } from '../modules/users/users.service';
import { OPERATOR } from './operator';
import { seedDemoSubmissions } from './seed-demo-submissions';
import { describeFeeds, seedDemoFeeds, type DemoTaxii } from './seed-demo-feeds';

interface DemoOrg {
  name: string;
  kind: OrganizationKind;
  sectors: string[];
  country: string;
  users: { email: string; displayName: string; roles: Role[] }[];
  keys: { name: string; scopes: ApiKeyScope[] }[];
}

const DEMO: DemoOrg[] = [
  {
    name: 'ShieldShare Coordination Desk',
    kind: 'coordinator',
    sectors: [],
    country: 'NL',
    users: [
      { email: 'admin@shieldshare.example', displayName: 'Exchange Admin', roles: ['admin', 'coordinator'] },
      { email: 'coordinator@shieldshare.example', displayName: 'Duty Coordinator', roles: ['coordinator'] },
      { email: 'coordinator2@shieldshare.example', displayName: 'Second Coordinator', roles: ['coordinator'] },
    ],
    keys: [],
  },
  {
    name: 'Acme Metering',
    kind: 'manufacturer',
    sectors: ['energy', 'utilities'],
    country: 'DE',
    users: [{ email: 'psirt@acme-metering.example', displayName: 'Acme PSIRT', roles: ['submitter', 'member'] }],
    keys: [{ name: 'Acme TIP export', scopes: ['submit', 'read'] }],
  },
  {
    name: 'NordTel Mobile',
    kind: 'carrier',
    sectors: ['telecommunications'],
    country: 'SE',
    users: [{ email: 'soc@nordtel.example', displayName: 'NordTel SOC', roles: ['submitter', 'member'] }],
    keys: [{ name: 'NordTel SOC feed', scopes: ['submit', 'read'] }],
  },
  {
    name: 'GridWatch Utilities',
    kind: 'other',
    sectors: ['utilities'],
    country: 'FR',
    users: [{ email: 'analyst@gridwatch.example', displayName: 'GridWatch Analyst', roles: ['member'] }],
    keys: [{ name: 'GridWatch TAXII poller', scopes: ['read'] }],
  },
];

export interface DemoCredentials {
  organizations: {
    id: string;
    name: string;
    kind: OrganizationKind;
    users: { email: string; password: string; roles: Role[] }[];
    apiKeys: { name: string; keyId: string; key: string; scopes: ApiKeyScope[] }[];
  }[];
  taxii?: DemoTaxii;
}

/** Seeds the demo exchange through the same services as the API; secrets are random, printed once. */
export async function seedDemo(app: INestApplicationContext): Promise<DemoCredentials> {
  const orgs = app.get(OrgsService);
  const users = app.get(UsersService);
  const keys = app.get(ApiKeysService);
  const policies = app.get(PoliciesService);
  const policy = await policies.current();
  const result: DemoCredentials = { organizations: [] };
  for (const demo of DEMO) {
    const org = await orgs.create(OPERATOR, { name: demo.name, kind: demo.kind, sectors: demo.sectors, country: demo.country });
    const entry: DemoCredentials['organizations'][number] = { id: org.id, name: org.name, kind: org.kind, users: [], apiKeys: [] };
    for (const user of demo.users) {
      const password = randomBytes(12).toString('base64url');
      const created = await users.create(OPERATOR, org.id, { ...user, password });
      if (user.roles.includes('submitter')) {
        const signer = { ...OPERATOR, orgId: org.id, userId: created.id, roles: user.roles };
        await policies.accept(signer, policy.version, { contentHash: policy.contentHash });
      }
      entry.users.push({ email: user.email, password, roles: user.roles });
    }
    for (const key of demo.keys) {
      const created = await keys.create(OPERATOR, org.id, key);
      entry.apiKeys.push({ name: key.name, keyId: created.keyId, key: created.key, scopes: key.scopes });
    }
    result.organizations.push(entry);
  }
  await seedDemoSubmissions(app, Object.fromEntries(result.organizations.map((o) => [o.name, o.id])));
  result.taxii = await seedDemoFeeds(app, result.organizations.flatMap((o) => o.apiKeys.map((key) => ({ organization: o.name, orgId: o.id, key }))));
  return result;
}

/** The demo credentials as a few readable lines for a terminal. */
export function describeDemo(demo: DemoCredentials): string {
  const lines: string[] = [];
  for (const org of demo.organizations) {
    lines.push(`  ${org.name} (${org.kind})`);
    for (const user of org.users) lines.push(`    user  ${user.email}  password: ${user.password}  roles: ${user.roles.join(', ')}`);
    for (const key of org.apiKeys) lines.push(`    key   ${key.key}  scopes: ${key.scopes.join(', ')}`);
  }
  if (demo.taxii) lines.push(describeFeeds(demo.taxii));
  return lines.join('\n');
}
