import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { configureApp } from './app.setup';
import type { AppConfig } from './config/config.schema';
import { AppLogger } from './common/logging/app-logger';
import { EmbeddedPostgres, startEmbeddedPostgres } from './database/embedded-postgres';

export interface Database {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/** The configured PostgreSQL server, or the embedded one in the data folder (in memory if asked). */
export async function openDatabase(config: AppConfig, options: { inMemory?: boolean } = {}): Promise<Database> {
  if (config.databaseUrl) return { url: config.databaseUrl, embedded: false, stop: async () => undefined };
  const embedded: EmbeddedPostgres = await startEmbeddedPostgres(options.inMemory ? undefined : config.dataDir);
  return { url: embedded.url, embedded: true, stop: () => embedded.stop() };
}

export interface RunningApp {
  app: NestExpressApplication;
  database: Database;
  close(): Promise<void>;
}

/** Builds the configured application on a database; migrations run during init. */
export async function createApplication(config: AppConfig, logger: AppLogger, database: Database): Promise<RunningApp> {
  try {
    const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, database.url), {
      bodyParser: false,
      logger,
      abortOnError: false,
    });
    configureApp(app, config, logger);
    await app.init();
    return {
      app,
      database,
      async close() {
        await app.close();
        await database.stop();
      },
    };
  } catch (error) {
    await database.stop();
    throw error;
  }
}
