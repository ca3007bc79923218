import { INestApplicationContext } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import type { Role } from '../common/auth/role';
import { ApiKeysService } from '../modules/api-keys/api-keys.service';
import { AssetRegistryService } from '../modules/asset-registry/asset-registry.service';
import type { PutAssetRegistryDto } from '../modules/asset-registry/dto/asset-registry.dto';
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
  /** What identifies the organization, so the demo shows the registry at work (see seed-demo-submissions). */
  registry?: PutAssetRegistryDto;
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
    registry: {
      domains: ['acme-metering.example'],
      netblocks: ['10.44.0.0/16', '2001:db8:acce::/48'],
      asns: [64500],
      adDomains: ['corp.acme-metering.example'],
      brands: ['SmartGrid One'],
      products: ['AM-550'],
      staff: ['Jana Novak'],
      customers: ['Stadtwerke Musterstadt'],
      redact: ['ACME-CASE-*'],
      languages: ['de', 'en'],
    },
  },
  {
    name: 'NordTel Mobile',
    kind: 'carrier',
    sectors: ['telecommunications'],
    country: 'SE',
    users: [{ email: 'soc@nordtel.example', displayName: 'NordTel SOC', roles: ['submitter', 'member'] }],
    keys: [{ name: 'NordTel SOC feed', scopes: ['submit', 'read'] }],
    registry: {
      domains: ['nordtel.example'],
      netblocks: ['198.51.100.240/28'],
      asns: [64511],
      brands: ['NordTel'],
      redact: ['NT-TICKET-*'],
      languages: ['sv', 'en'],
    },
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
  const registries = app.get(AssetRegistryService);
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
        if (demo.registry) await registries.replace(signer, demo.registry, '"0"');
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
