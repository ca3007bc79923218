import { Module } from '@nestjs/common';
import { PublicationModule } from '../publication/publication.module';
import { SigningModule } from '../signing/signing.module';
import { SubscriptionsModule } from '../subscriptions/subscriptions.module';
import { BundleExportService } from './bundle-export.service';
import { DeliveryLogService } from './delivery-log.service';
import { DeliveryController } from './delivery.controller';
import { DeliveryRepository } from './delivery.repository';
import { FeedsController } from './feeds.controller';
import { WebhookDispatcher } from './webhook-dispatcher';

/** Webhook push (dispatcher, delivery log) and the signed bundle export. */
@Module({
  imports: [PublicationModule, SigningModule, SubscriptionsModule],
  controllers: [DeliveryController, FeedsController],
  providers: [DeliveryRepository, WebhookDispatcher, DeliveryLogService, BundleExportService],
})
export class DeliveryModule {}
