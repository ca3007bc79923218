import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateSubmissions1764000003000 implements MigrationInterface {
  name = 'CreateSubmissions1764000003000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "organizations" ADD "auto_approve" boolean NOT NULL DEFAULT false`);

    await q.query(`
      CREATE TABLE "sharing_groups" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "name" text NOT NULL,
        "description" text NOT NULL DEFAULT '',
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_sharing_groups" PRIMARY KEY ("id")
      )`);
    await q.query(`CREATE UNIQUE INDEX "uq_sharing_groups_name" ON "sharing_groups" ("name")`);
    await q.query(`
      CREATE TABLE "sharing_group_members" (
        "sharing_group_id" uuid NOT NULL,
        "organization_id" uuid NOT NULL,
        CONSTRAINT "pk_sharing_group_members" PRIMARY KEY ("sharing_group_id", "organization_id"),
        CONSTRAINT "fk_sharing_group_members_group" FOREIGN KEY ("sharing_group_id") REFERENCES "sharing_groups"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_sharing_group_members_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX "idx_sharing_group_members_organization" ON "sharing_group_members" ("organization_id")`);

    await q.query(`
      CREATE TABLE "submissions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "organization_id" uuid NOT NULL,
        "submitted_by_user_id" uuid,
        "submitted_by_api_key_id" uuid,
        "idempotency_key" text,
        "request_hash" text NOT NULL,
        "state" text NOT NULL,
        "revision" integer NOT NULL DEFAULT 1,
        "tlp" text NOT NULL,
        "sharing_group_id" uuid,
        "embargo_until" timestamptz,
        "publish_at" timestamptz,
        "policy_version" text NOT NULL,
        "policy_hash" text NOT NULL,
        "raw_bundle" jsonb,
        "raw_sha256" text NOT NULL,
        "raw_bytes" integer NOT NULL,
        "raw_purge_after" timestamptz NOT NULL,
        "raw_purged_at" timestamptz,
        "object_count" integer NOT NULL,
        "errors" jsonb,
        "anonymized_bundle" jsonb,
        "report" jsonb,
        "id_map" jsonb,
        "verdict" text,
        "risk_score" double precision,
        "message" text,
        "approvals" jsonb NOT NULL DEFAULT '[]',
        "received_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        "published_at" timestamptz,
        CONSTRAINT "pk_submissions" PRIMARY KEY ("id"),
        CONSTRAINT "ck_submissions_state" CHECK ("state" IN ('received', 'invalid', 'pending_review', 'changes_requested', 'rejected', 'approved', 'published', 'withdrawn', 'revoked')),
        CONSTRAINT "ck_submissions_tlp" CHECK ("tlp" IN ('clear', 'green', 'amber', 'amber+strict', 'red')),
        CONSTRAINT "ck_submissions_amber_group" CHECK ("tlp" NOT IN ('amber', 'amber+strict') OR "sharing_group_id" IS NOT NULL),
        CONSTRAINT "fk_submissions_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT,
        CONSTRAINT "fk_submissions_user" FOREIGN KEY ("submitted_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL,
        CONSTRAINT "fk_submissions_api_key" FOREIGN KEY ("submitted_by_api_key_id") REFERENCES "api_keys"("id") ON DELETE SET NULL,
        CONSTRAINT "fk_submissions_sharing_group" FOREIGN KEY ("sharing_group_id") REFERENCES "sharing_groups"("id") ON DELETE RESTRICT,
        CONSTRAINT "fk_submissions_policy" FOREIGN KEY ("policy_version") REFERENCES "policies"("version") ON DELETE RESTRICT
      )`);
    await q.query(`CREATE UNIQUE INDEX "uq_submissions_idempotency" ON "submissions" ("organization_id", "idempotency_key") WHERE "idempotency_key" IS NOT NULL`);
    await q.query(`CREATE INDEX "idx_submissions_state_received" ON "submissions" ("state", "received_at")`);
    await q.query(`CREATE INDEX "idx_submissions_organization_received" ON "submissions" ("organization_id", "received_at")`);
    await q.query(`CREATE INDEX "idx_submissions_raw_purge_after" ON "submissions" ("raw_purge_after")`);

    await q.query(`
      CREATE TABLE "submission_history" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "submission_id" uuid NOT NULL,
        "revision" integer NOT NULL,
        "at" timestamptz NOT NULL DEFAULT clock_timestamp(),
        "from_state" text,
        "to_state" text NOT NULL,
        "action" text NOT NULL,
        "actor" text NOT NULL,
        "actor_user_id" uuid,
        "message" text,
        CONSTRAINT "pk_submission_history" PRIMARY KEY ("id"),
        CONSTRAINT "fk_submission_history_submission" FOREIGN KEY ("submission_id") REFERENCES "submissions"("id") ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX "idx_submission_history_submission_at" ON "submission_history" ("submission_id", "at")`);

    // Published STIX objects, one row per object version. "seq" orders them for keyset paging;
    // "date_added" strictly increases with it (assigned under a lock at publication).
    await q.query(`
      CREATE TABLE "published_objects" (
        "seq" BIGSERIAL NOT NULL,
        "stix_id" text NOT NULL,
        "stix_type" text NOT NULL,
        "spec_version" text NOT NULL,
        "version" text NOT NULL,
        "modified" timestamptz NOT NULL,
        "date_added" timestamptz NOT NULL,
        "tlp" text NOT NULL,
        "sharing_group_id" uuid,
        "submission_id" uuid,
        "sectors" text array NOT NULL DEFAULT '{}',
        "confidence" integer,
        "labels" text array NOT NULL DEFAULT '{}',
        "revoked" boolean NOT NULL DEFAULT false,
        "object" jsonb NOT NULL,
        CONSTRAINT "pk_published_objects" PRIMARY KEY ("seq"),
        CONSTRAINT "ck_published_objects_tlp" CHECK ("tlp" IN ('clear', 'green', 'amber', 'amber+strict', 'red')),
        CONSTRAINT "fk_published_objects_submission" FOREIGN KEY ("submission_id") REFERENCES "submissions"("id") ON DELETE RESTRICT,
        CONSTRAINT "fk_published_objects_sharing_group" FOREIGN KEY ("sharing_group_id") REFERENCES "sharing_groups"("id") ON DELETE RESTRICT
      )`);
    await q.query(`CREATE UNIQUE INDEX "uq_published_objects_date_added" ON "published_objects" ("date_added")`);
    await q.query(`CREATE INDEX "idx_published_objects_stix_id" ON "published_objects" ("stix_id", "modified")`);
    await q.query(`CREATE INDEX "idx_published_objects_submission" ON "published_objects" ("submission_id")`);
    await q.query(`CREATE INDEX "idx_published_objects_type_date_added" ON "published_objects" ("stix_type", "date_added")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "published_objects"`);
    await q.query(`DROP TABLE "submission_history"`);
    await q.query(`DROP TABLE "submissions"`);
    await q.query(`DROP TABLE "sharing_group_members"`);
    await q.query(`DROP TABLE "sharing_groups"`);
    await q.query(`ALTER TABLE "organizations" DROP COLUMN "auto_approve"`);
  }
}
