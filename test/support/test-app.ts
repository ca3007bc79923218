import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { createApplication, openDatabase } from '../../src/bootstrap';
import { AppLogger } from '../../src/common/logging/app-logger';
import { AppConfig, loadConfig } from '../../src/config/config.schema';
import { freshTestDatabase } from './db';

export interface TestApp {
  app: NestExpressApplication;
  http: Server;
  dataSource: DataSource;
  config: AppConfig;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Extra environment, as an operator would set it (e.g. BODY_LIMIT_BYTES). */
  env?: Record<string, string>;
  /** Reuse a database URL (restart tests); default: a fresh database per app. */
  databaseUrl?: string;
  /** Embedded database persisted in this folder instead of in memory (restart tests). */
  dataDir?: string;
}

/** The full AppModule with production pipes and filters, on a real, migrated database. */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const fresh = options.databaseUrl || options.dataDir ? undefined : await freshTestDatabase();
  const databaseUrl = options.databaseUrl ?? fresh?.url;
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    SEED_DEMO: 'false',
    SESSION_SECRET: randomBytes(32).toString('hex'),
    DATA_DIR: options.dataDir ?? mkdtempSync(join(tmpdir(), 'shieldshare-test-')),
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    ...options.env,
  });
  const database = await openDatabase(config, { inMemory: !databaseUrl && !options.dataDir });
  const running = await createApplication(config, new AppLogger('silent'), database);
  return {
    app: running.app,
    http: running.app.getHttpServer(),
    dataSource: running.app.get(DataSource),
    config,
    async close() {
      await running.close();
      await fresh?.drop();
    },
  };
}
