import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAuditEvents1764000001000 implements MigrationInterface {
  name = 'CreateAuditEvents1764000001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "audit_events" (
        "seq" bigint NOT NULL,
        "id" uuid NOT NULL,
        "occurred_at" timestamptz NOT NULL,
        "actor_org_id" uuid,
        "actor_user_id" uuid,
        "actor_api_key_id" uuid,
        "actor_via" text NOT NULL,
        "action" text NOT NULL,
        "target_type" text NOT NULL,
        "target_id" text,
        "details" jsonb NOT NULL DEFAULT '{}',
        "prev_hash" bytea NOT NULL,
        "hash" bytea NOT NULL,
        CONSTRAINT "pk_audit_events" PRIMARY KEY ("seq")
      )`);
    await q.query(`CREATE UNIQUE INDEX "uq_audit_events_id" ON "audit_events" ("id")`);
    await q.query(`CREATE INDEX "idx_audit_events_action" ON "audit_events" ("action", "seq")`);
    await q.query(`CREATE INDEX "idx_audit_events_target" ON "audit_events" ("target_type", "target_id")`);
    await q.query(`CREATE INDEX "idx_audit_events_occurred_at" ON "audit_events" ("occurred_at")`);
    // Append-only: the hash chain detects tampering; the trigger stops the casual kind.
    await q.query(`
      CREATE FUNCTION "audit_events_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_events is append-only';
      END $$`);
    await q.query(`
      CREATE TRIGGER "trg_audit_events_append_only" BEFORE UPDATE OR DELETE ON "audit_events"
      FOR EACH ROW EXECUTE FUNCTION "audit_events_append_only"()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "audit_events"`);
    await q.query(`DROP FUNCTION "audit_events_append_only"()`);
  }
}
