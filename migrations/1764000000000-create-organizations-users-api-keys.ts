import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateOrganizationsUsersApiKeys1764000000000 implements MigrationInterface {
  name = 'CreateOrganizationsUsersApiKeys1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "organizations" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "name" text NOT NULL,
        "kind" text NOT NULL,
        "sectors" text array NOT NULL DEFAULT '{}',
        "country" character(2),
        "status" text NOT NULL DEFAULT 'active',
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_organizations" PRIMARY KEY ("id")
      )`);
    await q.query(`CREATE UNIQUE INDEX "uq_organizations_name" ON "organizations" (lower("name"))`);

    await q.query(`
      CREATE TABLE "users" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "organization_id" uuid NOT NULL,
        "email" text NOT NULL,
        "display_name" text NOT NULL,
        "password_hash" text NOT NULL,
        "roles" text array NOT NULL,
        "status" text NOT NULL DEFAULT 'active',
        "last_login_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_users" PRIMARY KEY ("id"),
        CONSTRAINT "fk_users_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT
      )`);
    await q.query(`CREATE UNIQUE INDEX "uq_users_email" ON "users" ("email")`);
    await q.query(`CREATE INDEX "idx_users_organization" ON "users" ("organization_id")`);

    await q.query(`
      CREATE TABLE "api_keys" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "organization_id" uuid NOT NULL,
        "name" text NOT NULL,
        "prefix" text NOT NULL,
        "secret_hash" bytea NOT NULL,
        "scopes" text array NOT NULL,
        "expires_at" timestamptz,
        "revoked_at" timestamptz,
        "last_used_at" timestamptz,
        "created_by_user_id" uuid,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_api_keys" PRIMARY KEY ("id"),
        CONSTRAINT "fk_api_keys_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT
      )`);
    await q.query(`CREATE UNIQUE INDEX "uq_api_keys_prefix" ON "api_keys" ("prefix")`);
    await q.query(`CREATE INDEX "idx_api_keys_organization" ON "api_keys" ("organization_id")`);

    await q.query(`
      CREATE TABLE "sessions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "expires_at" timestamptz NOT NULL,
        "revoked_at" timestamptz,
        CONSTRAINT "pk_sessions" PRIMARY KEY ("id"),
        CONSTRAINT "fk_sessions_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX "idx_sessions_user" ON "sessions" ("user_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "sessions"`);
    await q.query(`DROP TABLE "api_keys"`);
    await q.query(`DROP TABLE "users"`);
    await q.query(`DROP TABLE "organizations"`);
  }
}
