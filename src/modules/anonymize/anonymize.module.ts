import { Module } from '@nestjs/common';
import { AssetRegistryModule } from '../asset-registry/asset-registry.module';
import { PoliciesModule } from '../policies/policies.module';
import { AnonymizeController } from './anonymize.controller';
import { AnonymizeService } from './anonymize.service';

@Module({ imports: [PoliciesModule, AssetRegistryModule], controllers: [AnonymizeController], providers: [AnonymizeService] })
export class AnonymizeModule {}
