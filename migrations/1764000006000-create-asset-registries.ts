import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAssetRegistries1764000006000 implements MigrationInterface {
  name = 'CreateAssetRegistries1764000006000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "asset_registries" (
        "organization_id" uuid NOT NULL,
        "version" integer NOT NULL,
        "document_sealed" text NOT NULL,
        "updated_at" timestamptz NOT NULL,
        "updated_by_user_id" uuid,
        "updated_by_api_key_id" uuid,
        CONSTRAINT "pk_asset_registries" PRIMARY KEY ("organization_id"),
        CONSTRAINT "fk_asset_registries_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_asset_registries_user" FOREIGN KEY ("updated_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL,
        CONSTRAINT "fk_asset_registries_api_key" FOREIGN KEY ("updated_by_api_key_id") REFERENCES "api_keys"("id") ON DELETE SET NULL
      )`);
    await q.query(`ALTER TABLE "submissions" ADD "attribution_consent" boolean NOT NULL DEFAULT false`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "submissions" DROP COLUMN "attribution_consent"`);
    await q.query(`DROP TABLE "asset_registries"`);
  }
}
