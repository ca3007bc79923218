import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateTaxiiStatuses1764000004100 implements MigrationInterface {
  name = 'CreateTaxiiStatuses1764000004100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "taxii_statuses" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "organization_id" uuid NOT NULL,
        "collection_id" uuid,
        "submission_id" uuid NOT NULL,
        "request_timestamp" timestamptz NOT NULL DEFAULT clock_timestamp(),
        "objects" jsonb NOT NULL,
        CONSTRAINT "pk_taxii_statuses" PRIMARY KEY ("id"),
        CONSTRAINT "fk_taxii_statuses_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_taxii_statuses_collection" FOREIGN KEY ("collection_id") REFERENCES "collections"("id") ON DELETE SET NULL,
        CONSTRAINT "fk_taxii_statuses_submission" FOREIGN KEY ("submission_id") REFERENCES "submissions"("id") ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX "idx_taxii_statuses_organization" ON "taxii_statuses" ("organization_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "taxii_statuses"`);
  }
}
