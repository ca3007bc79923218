import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddWebhookDeliveryPauseAndRetention1764000006100 implements MigrationInterface {
  name = 'AddWebhookDeliveryPauseAndRetention1764000006100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "webhook_deliveries" ADD "paused_reason" text`);
    // The retention job deletes by age across all subscriptions.
    await q.query(`CREATE INDEX "idx_webhook_deliveries_attempted" ON "webhook_deliveries" ("attempted_at")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "idx_webhook_deliveries_attempted"`);
    await q.query(`ALTER TABLE "webhook_deliveries" DROP COLUMN "paused_reason"`);
  }
}
