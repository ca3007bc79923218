import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '../common/auth/principal';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import type { ApiKeyScope } from '../modules/api-keys/api-key.entity';
import { SCOPE_ROLES } from '../modules/api-keys/api-keys.service';
import { SharingGroup } from '../modules/sharing-groups/sharing-group.entity';
import { Collection } from '../modules/taxii/collection.entity';
import { CollectionsService } from '../modules/taxii/collections.service';
import type { CreateCollectionDto } from '../modules/taxii/dto/collection.dto';
import { apiRootUrl, discoveryUrl } from '../modules/taxii/taxii-media';
import { permissionsOf } from '../modules/taxii/taxii.service';
import { OPERATOR } from './operator';

export interface DemoTaxii {
  discovery: string;
  apiRoot: string;
  collections: { id: string; title: string; alias: string | null; kind: string; url: string }[];
  /**
   * Per demo API key: the HTTP Basic pair a stock TAXII client takes (the key id, and the secret
   * after the key id's `_`; the secret itself may begin with `_` or `-`), and what it may read and write.
   */
  access: { organization: string; key: string; basicUser: string; basicPassword: string; canRead: string[]; canWrite: string[] }[];
}

interface DemoKey {
  organization: string;
  orgId: string;
  key: { keyId: string; key: string; scopes: ApiKeyScope[] };
}

const FEEDS = (amberGroupId: string | undefined): CreateCollectionDto[] => [
  { title: 'All published objects', alias: 'all', kind: 'feed', description: 'Everything you may see, at every TLP level you are entitled to.' },
  { title: 'Indicators', alias: 'indicators', kind: 'feed', objectTypes: ['indicator'], description: 'Every published indicator.' },
  { title: 'Energy and utilities', alias: 'energy', kind: 'feed', sectors: ['energy', 'utilities'], description: 'Objects submitted by energy and utilities organizations.' },
  { title: 'Telecommunications', alias: 'telecom', kind: 'feed', sectors: ['telecommunications'], description: 'Objects submitted by carriers.' },
  { title: 'Community (CLEAR and GREEN)', alias: 'community', kind: 'feed', maxTlp: 'green', description: 'Only what may be shared with the whole community.' },
  { title: 'Inbox', alias: 'inbox', kind: 'inbox', description: 'POST envelopes here; they become submissions (TLP: the strictest marking in the envelope, GREEN if unmarked).' },
  ...(amberGroupId
    ? [{ title: 'Inbox: EU smart-metering (AMBER)', alias: 'inbox-eu-metering', kind: 'inbox' as const, sharingGroupId: amberGroupId, description: 'AMBER envelopes posted here are shared with the EU smart-metering group.' }]
    : []),
];

/** The demo's TAXII collections, and for each demo key its TAXII access, for the seed's output. */
export async function seedDemoFeeds(app: INestApplicationContext, keys: DemoKey[]): Promise<DemoTaxii> {
  const config = app.get<AppConfig>(APP_CONFIG);
  const dataSource = app.get(DataSource);
  const group = await dataSource.getRepository(SharingGroup).findOneBy({ name: 'EU smart-metering' });
  const service = app.get(CollectionsService);
  const created = [];
  for (const dto of FEEDS(group?.id)) created.push(await service.create(OPERATOR, dto));
  const rows = await dataSource.getRepository(Collection).find();
  const collections = created.map((c) => ({ id: c.id, title: c.title, alias: c.alias, kind: c.kind, url: c.taxiiUrl }));
  const access = keys.map(({ organization, orgId, key }) => {
    const who: Principal = { orgId, roles: key.scopes.map((s) => SCOPE_ROLES[s]), via: 'basic' };
    const allowed = (what: 'canRead' | 'canWrite') => rows.filter((c) => permissionsOf(who, c)[what]).map((c) => c.alias ?? c.id);
    const basicPassword = key.key.slice(key.keyId.length + 1);
    return { organization, key: key.key, basicUser: key.keyId, basicPassword, canRead: allowed('canRead'), canWrite: allowed('canWrite') };
  });
  return { discovery: discoveryUrl(config.publicUrl), apiRoot: apiRootUrl(config.publicUrl), collections, access };
}

/** A few terminal lines: where TAXII is and what each key can do there. */
export function describeFeeds(taxii: DemoTaxii): string {
  const lines = [`  TAXII 2.1  ${taxii.discovery}  (Basic: user = the key id ssk_xxxxxxxxxx, password = the 43 characters after its "_"; or Bearer with the whole key)`];
  for (const a of taxii.access) lines.push(`    ${a.organization}: ${a.basicUser}  reads ${a.canRead.join(', ') || 'nothing'}; writes ${a.canWrite.join(', ') || 'nothing'}`);
  return lines.join('\n');
}
