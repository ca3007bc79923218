import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { createTestApp, TestApp } from './support/test-app';

let t: TestApp;
before(async () => {
  t = await createTestApp();
});
after(() => t.close());

it('the migrated schema is what the entities describe (TypeORM would generate nothing)', async () => {
  const sql = await t.dataSource.driver.createSchemaBuilder().log();
  assert.deepEqual(
    sql.upQueries.map((q) => q.query),
    [],
  );
});

it('every migration has run', async () => {
  const pending = await t.dataSource.showMigrations();
  assert.equal(pending, false);
});
