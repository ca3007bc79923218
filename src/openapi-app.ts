import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { loadConfig } from './config/config.schema';

/**
 * The application in Nest's preview mode: controllers and metadata without instantiating
 * providers, so the OpenAPI document and route checks need no database.
 */
export async function createDocumentApp(): Promise<INestApplication> {
  const config = loadConfig({ SESSION_SECRET: 'x'.repeat(32), SEED_DEMO: 'false' });
  const app = await NestFactory.create(AppModule.forRoot(config, 'postgres://unused@localhost/unused'), {
    preview: true,
    logger: false,
    abortOnError: false,
  });
  return app;
}
