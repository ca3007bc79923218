import { Module } from '@nestjs/common';
import { AssetRegistryController } from './asset-registry.controller';
import { AssetRegistrySealing } from './asset-registry-sealing';
import { AssetRegistryService } from './asset-registry.service';
import { SubmitterProfiles } from './submitter-profiles';

@Module({
  controllers: [AssetRegistryController],
  providers: [AssetRegistrySealing, AssetRegistryService, SubmitterProfiles],
  exports: [AssetRegistryService, SubmitterProfiles],
})
export class AssetRegistryModule {}
