import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConfigModule } from './config/config.module';
import type { AppConfig } from './config/config.schema';
import { dataSourceOptions, EMBEDDED_POOL_SIZE } from './database/data-source';
import { AuditModule } from './modules/audit/audit.module';
import { ApiKeysModule } from './modules/api-keys/api-keys.module';
import { AuthModule } from './modules/auth/auth.module';
import { JobsModule } from './modules/jobs/jobs.module';
import { HealthModule } from './modules/health/health.module';
import { OrgsModule } from './modules/orgs/orgs.module';
import { AnonymizeModule } from './modules/anonymize/anonymize.module';
import { AssetRegistryModule } from './modules/asset-registry/asset-registry.module';
import { PoliciesModule } from './modules/policies/policies.module';
import { StatsModule } from './modules/stats/stats.module';
import { StixModule } from './modules/stix/stix.module';
import { UsersModule } from './modules/users/users.module';
import { SharingGroupsModule } from './modules/sharing-groups/sharing-groups.module';
import { SubmissionsModule } from './modules/submissions/submissions.module';
import { ModerationModule } from './modules/moderation/moderation.module';
import { TaxiiModule } from './modules/taxii/taxii.module';
import { SigningModule } from './modules/signing/signing.module';
import { SubscriptionsModule } from './modules/subscriptions/subscriptions.module';
import { DeliveryModule } from './modules/delivery/delivery.module';
import { InvalidationModule } from './modules/invalidation/invalidation.module';

@Module({})
export class AppModule {
  /** `databaseUrl` is the configured server or the embedded database's socket. */
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot({
          ...dataSourceOptions(databaseUrl, config.databaseUrl ? config.databasePoolSize : EMBEDDED_POOL_SIZE),
          migrationsRun: true,
        }),
        JobsModule.forRoot(databaseUrl),
        InvalidationModule,
        HealthModule,
        AuditModule,
        AuthModule,
        OrgsModule,
        AssetRegistryModule,
        UsersModule,
        ApiKeysModule,
        StixModule,
        PoliciesModule,
        AnonymizeModule,
        SharingGroupsModule,
        SubmissionsModule,
        ModerationModule,
        StatsModule,
        TaxiiModule,
        SigningModule,
        SubscriptionsModule,
        DeliveryModule,
      ],
    };
  }
}
