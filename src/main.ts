import './heap-flags';
import 'reflect-metadata';
import cluster from 'node:cluster';
import { DataSource } from 'typeorm';
import { createApplication, openDatabase, RunningApp } from './bootstrap';
import { describeDemo, seedDemo } from './cli/seed-demo';
import { AppLogger } from './common/logging/app-logger';
import { ConfigError, loadConfig } from './config/config.schema';
import { DataDirInUseError } from './database/data-dir-lock';
import { processSlot, superviseProcesses } from './process-cluster';

async function main(): Promise<void> {
  const started = Date.now();
  const config = loadConfig(process.env);
  const logger = new AppLogger(config.logLevel);
  if (config.processes > 1 && cluster.isPrimary) return superviseProcesses(config.processes, logger);
  // With several processes, the first one migrates, seeds and prints; the others only serve.
  const first = processSlot() === 0;
  const running = await createApplication(config, logger, await openDatabase(config));
  await running.app.listen(config.port, config.host);
  stopOnSignals(running, logger);
  if (!first) return;

  const lines = [
    '',
    `ShieldShare is up in ${((Date.now() - started) / 1000).toFixed(1)} s on ${running.database.embedded ? `the embedded database in ${config.dataDir}` : 'PostgreSQL'}${config.processes > 1 ? `, ${config.processes} processes` : ''}`,
    `  admin UI   ${config.publicUrl}/admin`,
    `  API        ${config.publicUrl}/api/v1`,
    `  API docs   ${config.publicUrl}/api/docs`,
    `  health     ${config.publicUrl}/health`,
  ];
  if (config.seedDemo && (await isEmpty(running.app.get(DataSource)))) {
    const demo = await seedDemo(running.app);
    lines.push('', 'Demo exchange seeded on this first start. These secrets are shown once:', describeDemo(demo));
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
}

async function isEmpty(dataSource: DataSource): Promise<boolean> {
  const [row] = await dataSource.query('SELECT count(*)::int AS n FROM organizations');
  return row.n === 0;
}

function stopOnSignals(running: RunningApp, logger: AppLogger): void {
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log({ msg: 'stopping', signal }, 'main');
    running.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`configuration error: ${error.problems.join('; ')}\n`);
  } else if (error instanceof DataDirInUseError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exit(1);
});
