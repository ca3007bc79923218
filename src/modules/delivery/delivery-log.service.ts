import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { SubscriptionsService } from '../subscriptions/subscriptions.service';
import { DeliveryLogQuery, WebhookDeliveryResponse } from './dto/delivery.dto';
import { WebhookDelivery } from './webhook-delivery.entity';

/** A subscription's delivery attempts, newest first, for its organization and coordinators. */
@Injectable()
export class DeliveryLogService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly subscriptions: SubscriptionsService,
  ) {}

  async list(who: Principal, subscriptionId: string, query: DeliveryLogQuery): Promise<WebhookDeliveryResponse[]> {
    await this.subscriptions.readable(this.dataSource.manager, who, subscriptionId);
    const qb = this.dataSource
      .getRepository(WebhookDelivery)
      .createQueryBuilder('d')
      .where('d.subscription_id = :subscriptionId', { subscriptionId })
      .orderBy('d.attempted_at', 'DESC')
      .addOrderBy('d.id', 'DESC')
      .limit(query.limit ?? 50);
    if (query.before) qb.andWhere('d.attempted_at < :before', { before: new Date(query.before) });
    return (await qb.getMany()).map((d) => WebhookDeliveryResponse.from(d));
  }
}
