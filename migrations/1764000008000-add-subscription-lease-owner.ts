import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Webhook leases are short and renewed by the worker that holds them (so a crashed instance's
 * subscriptions come back within one lease); the owner column lets a worker renew only its own.
 */
export class AddSubscriptionLeaseOwner1764000008000 implements MigrationInterface {
  name = 'AddSubscriptionLeaseOwner1764000008000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "subscriptions" ADD "lease_owner" uuid`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "subscriptions" DROP COLUMN "lease_owner"`);
  }
}
