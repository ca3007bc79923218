import { MigrationInterface, QueryRunner } from 'typeorm';

/** Failed sign-ins per key (SHA-256 of `email:…` or `ip:…`) in a fixed window, shared by every process and instance. */
export class CreateLoginFailures1764000008100 implements MigrationInterface {
  name = 'CreateLoginFailures1764000008100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "login_failures" ("key" text PRIMARY KEY, "failures" integer NOT NULL, "started_at" timestamptz NOT NULL)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "login_failures"`);
  }
}
