import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateSigningAndSubscriptions1764000005000 implements MigrationInterface {
  name = 'CreateSigningAndSubscriptions1764000005000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "signing_keys" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "kid" text NOT NULL,
        "algorithm" text NOT NULL,
        "public_jwk" jsonb NOT NULL,
        "private_key_encrypted" text NOT NULL,
        "active" boolean NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "retired_at" timestamptz,
        "verify_until" timestamptz,
        CONSTRAINT "pk_signing_keys" PRIMARY KEY ("id"),
        CONSTRAINT "ck_signing_keys_algorithm" CHECK ("algorithm" IN ('ES256'))
      )`);
    await q.query(`CREATE UNIQUE INDEX "uq_signing_keys_kid" ON "signing_keys" ("kid")`);
    await q.query(`CREATE UNIQUE INDEX "uq_signing_keys_active" ON "signing_keys" ("active") WHERE "active"`);

    await q.query(`
      CREATE TABLE "subscriptions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "organization_id" uuid NOT NULL,
        "name" text NOT NULL,
        "collection_ids" uuid array NOT NULL DEFAULT '{}',
        "types" text array NOT NULL DEFAULT '{}',
        "sectors" text array NOT NULL DEFAULT '{}',
        "labels" text array NOT NULL DEFAULT '{}',
        "min_confidence" integer,
        "mode" text NOT NULL,
        "webhook_url" text,
        "webhook_secret_encrypted" text,
        "status" text NOT NULL DEFAULT 'active',
        "paused_reason" text,
        "paused_at" timestamptz,
        "cursor_seq" bigint NOT NULL DEFAULT 0,
        "batch_id" uuid,
        "batch_until_seq" bigint,
        "consecutive_failures" integer NOT NULL DEFAULT 0,
        "next_attempt_at" timestamptz,
        "lease_until" timestamptz,
        "last_delivered_at" timestamptz,
        "last_error" text,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_subscriptions" PRIMARY KEY ("id"),
        CONSTRAINT "ck_subscriptions_mode" CHECK ("mode" IN ('poll', 'webhook')),
        CONSTRAINT "ck_subscriptions_status" CHECK ("status" IN ('active', 'paused')),
        CONSTRAINT "ck_subscriptions_webhook_url" CHECK (("mode" = 'webhook') = ("webhook_url" IS NOT NULL)),
        CONSTRAINT "fk_subscriptions_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX "idx_subscriptions_organization" ON "subscriptions" ("organization_id", "created_at")`);
    await q.query(`CREATE INDEX "idx_subscriptions_pushing" ON "subscriptions" ("cursor_seq") WHERE "mode" = 'webhook' AND "status" = 'active'`);

    await q.query(`
      CREATE TABLE "webhook_deliveries" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "subscription_id" uuid NOT NULL,
        "batch_id" uuid NOT NULL,
        "attempt" integer NOT NULL,
        "attempted_at" timestamptz NOT NULL,
        "duration_ms" integer NOT NULL,
        "outcome" text NOT NULL,
        "status_code" integer,
        "error" text,
        "object_count" integer NOT NULL,
        "signing_kid" text NOT NULL,
        CONSTRAINT "pk_webhook_deliveries" PRIMARY KEY ("id"),
        CONSTRAINT "ck_webhook_deliveries_outcome" CHECK ("outcome" IN ('delivered', 'failed')),
        CONSTRAINT "fk_webhook_deliveries_subscription" FOREIGN KEY ("subscription_id") REFERENCES "subscriptions"("id") ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX "idx_webhook_deliveries_subscription_attempted" ON "webhook_deliveries" ("subscription_id", "attempted_at")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "webhook_deliveries"`);
    await q.query(`DROP TABLE "subscriptions"`);
    await q.query(`DROP TABLE "signing_keys"`);
  }
}
