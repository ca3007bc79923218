import { DataSource, DataSourceOptions } from 'typeorm';
import { CreateOrganizationsUsersApiKeys1764000000000 } from '../../migrations/1764000000000-create-organizations-users-api-keys';
import { CreateAuditEvents1764000001000 } from '../../migrations/1764000001000-create-audit-events';
import { CreatePolicies1764000002000 } from '../../migrations/1764000002000-create-policies';
import { CreateSubmissions1764000003000 } from '../../migrations/1764000003000-create-submissions';
import { CreateSigningAndSubscriptions1764000005000 } from '../../migrations/1764000005000-create-signing-and-subscriptions';
import { CreateAssetRegistries1764000006000 } from '../../migrations/1764000006000-create-asset-registries';
import { AddWebhookDeliveryPauseAndRetention1764000006100 } from '../../migrations/1764000006100-add-webhook-delivery-pause-and-retention';
import { AddPublishedObjectReadHints1764000007000 } from '../../migrations/1764000007000-add-published-object-read-hints';
import { AddSubscriptionLeaseOwner1764000008000 } from '../../migrations/1764000008000-add-subscription-lease-owner';
import { CreateLoginFailures1764000008100 } from '../../migrations/1764000008100-create-login-failures';
import { AssetRegistry } from '../modules/asset-registry/asset-registry.entity';
import { WebhookDelivery } from '../modules/delivery/webhook-delivery.entity';
import { SigningKey } from '../modules/signing/signing-key.entity';
import { Subscription } from '../modules/subscriptions/subscription.entity';
import { CreateCollections1764000004000 } from '../../migrations/1764000004000-create-collections';
import { CreateTaxiiStatuses1764000004100 } from '../../migrations/1764000004100-create-taxii-statuses';
import { Collection } from '../modules/taxii/collection.entity';
import { TaxiiStatus } from '../modules/taxii/taxii-status.entity';
import { PublishedObject } from '../modules/publication/published-object.entity';
import { SharingGroup, SharingGroupMember } from '../modules/sharing-groups/sharing-group.entity';
import { SubmissionHistory } from '../modules/submissions/submission-history.entity';
import { Submission } from '../modules/submissions/submission.entity';
import { PolicyAcceptance } from '../modules/policies/policy-acceptance.entity';
import { Policy } from '../modules/policies/policy.entity';
import { AuditEvent } from '../modules/audit/audit-event.entity';
import { ApiKey } from '../modules/api-keys/api-key.entity';
import { Session } from '../modules/auth/session.entity';
import { Organization } from '../modules/orgs/organization.entity';
import { User } from '../modules/users/user.entity';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export const ENTITIES = [
  Organization,
  User,
  ApiKey,
  Session,
  AuditEvent,
  Policy,
  PolicyAcceptance,
  SharingGroup,
  SharingGroupMember,
  Submission,
  SubmissionHistory,
  PublishedObject,
  Collection,
  TaxiiStatus,
  SigningKey,
  Subscription,
  WebhookDelivery,
  AssetRegistry,
];
export const MIGRATIONS = [
  CreateOrganizationsUsersApiKeys1764000000000,
  CreateAuditEvents1764000001000,
  CreatePolicies1764000002000,
  CreateSubmissions1764000003000,
  CreateCollections1764000004000,
  CreateTaxiiStatuses1764000004100,
  CreateSigningAndSubscriptions1764000005000,
  CreateAssetRegistries1764000006000,
  AddWebhookDeliveryPauseAndRetention1764000006100,
  AddPublishedObjectReadHints1764000007000,
  AddSubscriptionLeaseOwner1764000008000,
  CreateLoginFailures1764000008100,
];

/** Pool size of a TypeORM connection on a PostgreSQL server (the service's own is DATABASE_POOL_SIZE). */
const TYPEORM_POOL_SIZE = 10;

/**
 * On the embedded database, one connection: pglite-socket multiplexes every connection onto
 * one PGlite session, and when a statement fails there, messages of other connections can be
 * discarded with it (wrong answers under concurrency). One connection serializes instead.
 */
export const EMBEDDED_POOL_SIZE = 1;

/** The one DataSource configuration for the service, the CLI and the tests. */
export function dataSourceOptions(url: string, poolSize = TYPEORM_POOL_SIZE): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    extra: { max: poolSize },
  };
}

export function createDataSource(url: string): DataSource {
  return new DataSource(dataSourceOptions(url));
}
