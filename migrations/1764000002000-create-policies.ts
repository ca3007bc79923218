import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreatePolicies1764000002000 implements MigrationInterface {
  name = 'CreatePolicies1764000002000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "policies" (
        "version" text NOT NULL,
        "title" text NOT NULL,
        "text" text NOT NULL,
        "rules" jsonb NOT NULL,
        "content_hash" text NOT NULL,
        "published_at" timestamptz NOT NULL DEFAULT now(),
        "published_by_user_id" uuid,
        CONSTRAINT "pk_policies" PRIMARY KEY ("version")
      )`);
    await q.query(`CREATE INDEX "idx_policies_published_at" ON "policies" ("published_at")`);
    // A published version is a legal document: it never changes.
    await q.query(`
      CREATE FUNCTION "policies_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'published policy versions are immutable';
      END $$`);
    await q.query(`
      CREATE TRIGGER "trg_policies_immutable" BEFORE UPDATE OR DELETE ON "policies"
      FOR EACH ROW EXECUTE FUNCTION "policies_immutable"()`);
    await q.query(`
      CREATE TABLE "policy_acceptances" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "organization_id" uuid NOT NULL,
        "user_id" uuid NOT NULL,
        "policy_version" text NOT NULL,
        "content_hash" text NOT NULL,
        "accepted_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_policy_acceptances" PRIMARY KEY ("id"),
        CONSTRAINT "fk_policy_acceptances_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT,
        CONSTRAINT "fk_policy_acceptances_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT,
        CONSTRAINT "fk_policy_acceptances_policy" FOREIGN KEY ("policy_version") REFERENCES "policies"("version") ON DELETE RESTRICT
      )`);
    await q.query(`CREATE UNIQUE INDEX "uq_policy_acceptances_org_version" ON "policy_acceptances" ("organization_id", "policy_version")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "policy_acceptances"`);
    await q.query(`DROP TABLE "policies"`);
    await q.query(`DROP FUNCTION "policies_immutable"()`);
  }
}
