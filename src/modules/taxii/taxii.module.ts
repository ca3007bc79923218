import { Module } from '@nestjs/common';
import { SharingGroupsModule } from '../sharing-groups/sharing-groups.module';
import { SubmissionsModule } from '../submissions/submissions.module';
import { CollectionCache } from './collection-cache';
import { CollectionsController } from './collections.controller';
import { CollectionsService } from './collections.service';
import { TaxiiInboxService } from './taxii-inbox.service';
import { TaxiiObjectsRepository } from './taxii-objects.repository';
import { TaxiiController } from './taxii.controller';
import { TaxiiService } from './taxii.service';

@Module({
  imports: [SharingGroupsModule, SubmissionsModule],
  controllers: [CollectionsController, TaxiiController],
  providers: [CollectionCache, CollectionsService, TaxiiService, TaxiiInboxService, TaxiiObjectsRepository],
  exports: [CollectionsService, TaxiiObjectsRepository],
})
export class TaxiiModule {}
