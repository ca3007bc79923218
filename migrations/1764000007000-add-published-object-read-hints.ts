import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * TAXII pages served faster (bench/taxii): each object's JSON text stored beside its jsonb, so a
 * page is not re-serialized per read, and read hints that spare most rows the duplicate and
 * latest-version probes (see src/modules/publication/read-hints.ts).
 */
export class AddPublishedObjectReadHints1764000007000 implements MigrationInterface {
  name = 'AddPublishedObjectReadHints1764000007000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE "published_objects" ADD "object_text" text,
        ADD "has_earlier_copy" boolean NOT NULL DEFAULT false,
        ADD "has_newer_version" boolean NOT NULL DEFAULT false,
        ADD "has_older_version" boolean NOT NULL DEFAULT false`,
    );
    await q.query(`UPDATE "published_objects" SET "object_text" = "object"::text`);
    await q.query(`ALTER TABLE "published_objects" ALTER COLUMN "object_text" SET NOT NULL`);
    // Only ids with several rows can have a true hint.
    await q.query(`
      UPDATE published_objects p SET has_earlier_copy = h.earlier, has_newer_version = h.newer, has_older_version = h.older
      FROM (
        SELECT q.seq,
          EXISTS (SELECT 1 FROM published_objects d WHERE d.stix_id = q.stix_id AND d.date_added < q.date_added AND (d.version = q.version OR NOT (q.object ? 'created'))) AS earlier,
          EXISTS (SELECT 1 FROM published_objects n WHERE n.stix_id = q.stix_id AND n.modified > q.modified) AS newer,
          EXISTS (SELECT 1 FROM published_objects o WHERE o.stix_id = q.stix_id AND o.modified < q.modified) AS older
        FROM published_objects q WHERE q.stix_id IN (SELECT stix_id FROM published_objects GROUP BY stix_id HAVING count(*) > 1)
      ) h
      WHERE p.seq = h.seq`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE "published_objects" DROP COLUMN "has_older_version", DROP COLUMN "has_newer_version", DROP COLUMN "has_earlier_copy", DROP COLUMN "object_text"`,
    );
  }
}
