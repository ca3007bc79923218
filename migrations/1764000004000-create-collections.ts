import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCollections1764000004000 implements MigrationInterface {
  name = 'CreateCollections1764000004000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "collections" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "title" text NOT NULL,
        "description" text NOT NULL DEFAULT '',
        "alias" text,
        "kind" text NOT NULL,
        "object_types" text array NOT NULL DEFAULT '{}',
        "sectors" text array NOT NULL DEFAULT '{}',
        "labels" text array NOT NULL DEFAULT '{}',
        "min_confidence" integer,
        "max_tlp" text,
        "sharing_group_id" uuid,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_collections" PRIMARY KEY ("id"),
        CONSTRAINT "ck_collections_kind" CHECK ("kind" IN ('feed', 'inbox')),
        CONSTRAINT "ck_collections_max_tlp" CHECK ("max_tlp" IS NULL OR "max_tlp" IN ('clear', 'green', 'amber', 'amber+strict', 'red')),
        CONSTRAINT "ck_collections_min_confidence" CHECK ("min_confidence" IS NULL OR "min_confidence" BETWEEN 0 AND 100),
        CONSTRAINT "fk_collections_sharing_group" FOREIGN KEY ("sharing_group_id") REFERENCES "sharing_groups"("id") ON DELETE RESTRICT
      )`);
    await q.query(`CREATE UNIQUE INDEX "uq_collections_alias" ON "collections" ("alias") WHERE "alias" IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "collections"`);
  }
}
