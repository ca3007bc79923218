import { Module } from '@nestjs/common';
import { SigningModule } from '../signing/signing.module';
import { COLLECTION_SCOPE } from './collection-scope';
import { SubscriptionsController } from './subscriptions.controller';
import { SubscriptionsService } from './subscriptions.service';
import { TaxiiCollectionScope } from './taxii-collection.scope';

@Module({
  imports: [SigningModule],
  controllers: [SubscriptionsController],
  providers: [SubscriptionsService, { provide: COLLECTION_SCOPE, useClass: TaxiiCollectionScope }],
  exports: [SubscriptionsService, COLLECTION_SCOPE],
})
export class SubscriptionsModule {}
