import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module';
import { openDatabase } from '../bootstrap';
import { loadConfig } from '../config/config.schema';
import { createDataSource } from '../database/data-source';
import { describeCommandError, OPERATOR_COMMANDS, UsageError } from './operator-commands';

/** Commands that open the database and the services (Nest loads only here). */
export async function runOperatorCommand(name: string, rest: string[]): Promise<number> {
  // The CLI never runs background workers: the service does.
  const config = { ...loadConfig(process.env), workers: false };
  const database = await openDatabase(config);
  try {
    if (name === 'migrate') return await migrate(database.url);
    const command = OPERATOR_COMMANDS[name]!;
    const app = await NestFactory.createApplicationContext(AppModule.forRoot(config, database.url), { logger: ['error'] });
    try {
      const output = await command.run(app, rest);
      process.stdout.write(rest.includes('--json') ? `${JSON.stringify(output.json, null, 2)}\n` : `${output.text}\n`);
      return 0;
    } catch (error) {
      if (error instanceof UsageError) {
        process.stderr.write(`${error.message}\nusage: npm run cli -- ${command.usage}\n`);
        return 2;
      }
      const described = describeCommandError(error);
      if (described) {
        process.stderr.write(`${described}\n`);
        return 1;
      }
      throw error;
    } finally {
      await app.close();
    }
  } finally {
    await database.stop();
  }
}

async function migrate(url: string): Promise<number> {
  const dataSource = createDataSource(url);
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    process.stdout.write(applied.length ? `applied ${applied.map((m) => m.name).join(', ')}\n` : 'database is up to date\n');
    return 0;
  } finally {
    await dataSource.destroy();
  }
}

