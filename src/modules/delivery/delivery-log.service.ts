import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/config.schema';
import { JobsService } from '../jobs/jobs.service';
import { SubscriptionsService } from '../subscriptions/subscriptions.service';
import { DeliveryLogQuery, WebhookDeliveryResponse } from './dto/delivery.dto';
import { WebhookDelivery } from './webhook-delivery.entity';

export const PRUNE_QUEUE = 'webhook-log-prune';
/** Rows one DELETE removes: short statements and short row locks, however large the backlog. */
const PRUNE_BATCH = 5_000;

/**
 * A subscription's delivery attempts, newest first, for its organization and coordinators;
 * attempts older than WEBHOOK_LOG_RETENTION_DAYS are deleted daily.
 */
@Injectable()
export class DeliveryLogService implements OnModuleInit {
  private readonly logger = new Logger(DeliveryLogService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly subscriptions: SubscriptionsService,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit(): void {
    this.jobs.define({ name: PRUNE_QUEUE, concurrency: 1, cron: '17 3 * * *', handle: () => this.prune().then(() => undefined) });
  }

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
    // Keyset on (attempted_at, id) at the database's microsecond precision: attempts within one
    // millisecond are neither skipped nor repeated. An id of another subscription matches nothing.
    if (query.beforeId) {
      qb.andWhere(
        '(d.attempted_at, d.id) < (SELECT b.attempted_at, b.id FROM webhook_deliveries b WHERE b.id = :beforeId AND b.subscription_id = :subscriptionId)',
        { beforeId: query.beforeId },
      );
    }
    return (await qb.getMany()).map((d) => WebhookDeliveryResponse.from(d));
  }

  /** Deletes attempts older than the retention period, `batch` rows per statement; returns how many went. */
  async prune(batch = PRUNE_BATCH): Promise<number> {
    let deleted = 0;
    for (;;) {
      const result = (await this.dataSource.query(
        `DELETE FROM webhook_deliveries WHERE id IN (
           SELECT id FROM webhook_deliveries WHERE attempted_at < now() - make_interval(days => $1) LIMIT $2)`,
        [this.config.webhook.logRetentionDays, batch],
      )) as [unknown, number];
      deleted += result[1];
      if (result[1] < batch) break;
    }
    if (deleted > 0) this.logger.log({ msg: 'webhook delivery log pruned', deleted, retentionDays: this.config.webhook.logRetentionDays });
    return deleted;
  }
}
