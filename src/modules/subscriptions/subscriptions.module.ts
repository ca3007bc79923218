import { Module } from '@nestjs/common';
import { SigningModule } from '../signing/signing.module';
import { COLLECTION_SCOPE } from './collection-scope';
import { NoCollectionsScope } from './no-collections.scope';
import { SubscriptionsController } from './subscriptions.controller';
import { SubscriptionsService } from './subscriptions.service';

@Module({
  imports: [SigningModule],
  controllers: [SubscriptionsController],
  providers: [SubscriptionsService, { provide: COLLECTION_SCOPE, useClass: NoCollectionsScope }],
  exports: [SubscriptionsService, COLLECTION_SCOPE],
})
export class SubscriptionsModule {}
