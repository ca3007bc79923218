import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module';
import { openDatabase } from '../bootstrap';
import { ConfigError, loadConfig } from '../config/config.schema';
import { createDataSource } from '../database/data-source';
import { DataDirInUseError } from '../database/data-dir-lock';
import { describeCommandError, OPERATOR_COMMANDS, UsageError } from './operator-commands';

// Library commands load only their library: no Nest, no database, quick to start.
const LIBRARY_COMMANDS: Record<string, { usage: string; run: (argv: string[]) => Promise<number> }> = {
  validate: { usage: 'validate <file|->', run: async (argv) => (await import('./stix.commands')).runValidate(argv) },
  pattern: { usage: 'pattern <file|->', run: async (argv) => (await import('./stix.commands')).runPattern(argv) },
  anonymize: {
    usage: 'anonymize <bundle.json|-> [--policy <file>] [--profile <file>] [--report <file>] [--key <hex>]',
    run: async (argv) => (await import('./anonymize.command')).runAnonymize(argv),
  },
};

function usage(): string {
  const lines = [
    'usage: npm run cli -- <command> [options]',
    '  migrate',
    ...Object.values(OPERATOR_COMMANDS).map((c) => `  ${c.usage}`),
    ...Object.values(LIBRARY_COMMANDS).map((c) => `  ${c.usage}`),
  ];
  return lines.join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === 'help') {
    process.stderr.write(`${usage()}\n`);
    return name ? 0 : 2;
  }
  const library = LIBRARY_COMMANDS[name];
  if (library) return library.run(rest);
  if (name !== 'migrate' && !OPERATOR_COMMANDS[name]) {
    process.stderr.write(`unknown command "${name}"\n${usage()}\n`);
    return 2;
  }

  const config = loadConfig(process.env);
  const database = await openDatabase(config);
  try {
    if (name === 'migrate') return await migrate(database.url);
    const command = OPERATOR_COMMANDS[name];
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

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ConfigError) process.stderr.write(`configuration error: ${error.problems.join('; ')}\n`);
    else if (error instanceof DataDirInUseError) process.stderr.write(`${error.message}\n`);
    else process.stderr.write(`failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(error instanceof ConfigError || error instanceof DataDirInUseError ? 3 : 1);
  },
);
