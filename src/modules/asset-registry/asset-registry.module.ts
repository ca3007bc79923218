import { Module } from '@nestjs/common';
import { SigningModule } from '../signing/signing.module';
import { AssetRegistryController } from './asset-registry.controller';
import { AssetRegistryService } from './asset-registry.service';
import { SubmitterProfiles } from './submitter-profiles';

@Module({
  // Registries are sealed with the service's at-rest encryption, under a purpose of their own.
  imports: [SigningModule],
  controllers: [AssetRegistryController],
  providers: [AssetRegistryService, SubmitterProfiles],
  exports: [AssetRegistryService, SubmitterProfiles],
})
export class AssetRegistryModule {}
