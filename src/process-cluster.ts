import cluster, { type Worker } from 'node:cluster';
import type { AppLogger } from './common/logging/app-logger';
import { aggregateMetricsForWorkers } from './modules/health/cluster-metrics';

/** Tells a forked service process its slot: slot 0 starts alone, migrates and seeds. */
const SLOT_VARIABLE = 'SHIELDSHARE_PROCESS_SLOT';
const RESTART_DELAY_MS = 1_000;
const STOP_GRACE_MS = 30_000;

/** This process's slot among the service processes (0 when it runs alone). */
export function processSlot(): number {
  return cluster.isWorker ? Number(process.env[SLOT_VARIABLE] ?? 0) : 0;
}

/**
 * The primary of `count` service processes sharing one port (node:cluster; connections are
 * handed out round-robin). Slot 0 starts first so that migrations and the demo seed run once,
 * the others when it listens. A process that dies after it served is replaced; one that fails
 * to start stops the service, since a configuration or database problem would only fail again.
 * The primary also sums the processes' metrics for /metrics (modules/health/cluster-metrics).
 */
export function superviseProcesses(count: number, logger: AppLogger): void {
  const live = new Set<Worker>();
  let stopping = false;
  let exitCode = 0;

  const stop = (code: number) => {
    if (stopping) return;
    stopping = true;
    exitCode = code;
    if (live.size === 0) process.exit(exitCode);
    for (const worker of live) worker.process.kill('SIGTERM');
    setTimeout(() => {
      for (const worker of live) worker.process.kill('SIGKILL');
    }, STOP_GRACE_MS).unref();
  };

  const start = (slot: number, restart = false) => {
    const worker = cluster.fork({ [SLOT_VARIABLE]: String(slot) });
    live.add(worker);
    let served = false;
    worker.once('listening', () => {
      served = true;
      if (slot === 0 && !restart) for (let next = 1; next < count; next++) start(next);
    });
    worker.once('exit', (code, signal) => {
      live.delete(worker);
      if (stopping) {
        if (live.size === 0) process.exit(exitCode);
      } else if (!served) {
        logger.error({ msg: 'service process failed to start; stopping', slot, code, signal }, 'cluster');
        stop(1);
      } else {
        logger.error({ msg: 'service process exited; starting another', slot, code, signal }, 'cluster');
        setTimeout(() => stopping || start(slot, true), RESTART_DELAY_MS);
      }
    });
  };

  process.on('SIGINT', () => stop(0));
  process.on('SIGTERM', () => stop(0));
  aggregateMetricsForWorkers();
  start(0);
}
