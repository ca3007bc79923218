import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/config.schema';
import { DrainingDb } from './draining-db';

export const JOBS_DATABASE_URL = Symbol('JOBS_DATABASE_URL');

/** Pool size of pg-boss's own connections (counted in the embedded database's limit). */
export const JOBS_POOL_SIZE = 4;

export interface QueueDefinition<T extends object> {
  name: string;
  /** Workers (pollers) of this queue in this instance. */
  concurrency?: number;
  /**
   * Jobs each worker takes per poll and handles at once (default 1). pg-boss polls at most every
   * 0.5 s per worker, so many short jobs need batches to go faster than two per second per worker.
   */
  batchSize?: number;
  retryLimit?: number;
  retryDelaySeconds?: number;
  /** How long a worker may hold a job before it is retried elsewhere (a crashed worker's job comes back). */
  expireInSeconds?: number;
  /** pg-boss queue policy; `short`: at most one queued (not yet started) job per singleton key. */
  policy?: 'standard' | 'short';
  /** Cron schedule (UTC): one job per tick across all instances. */
  cron?: string;
  /** Runs once this instance's workers have started (e.g. to re-send work a crash left behind). */
  onStart?: () => Promise<void>;
  handle(data: T, job: { id: string; retryCount: number }): Promise<void>;
}

/**
 * Background work on pg-boss in the service's own PostgreSQL: jobs are rows, so a job sent
 * inside a transaction exists exactly when that transaction commits, survives restarts, and
 * is taken by one instance of however many share the database.
 */
@Injectable()
export class JobsService implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(JobsService.name);
  private readonly boss: PgBoss;
  private readonly db: DrainingDb;
  private readonly queues: QueueDefinition<object>[] = [];

  constructor(
    @Inject(JOBS_DATABASE_URL) databaseUrl: string,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() dataSource: DataSource,
  ) {
    this.db = config.databaseUrl
      ? DrainingDb.pool({ connectionString: databaseUrl, max: JOBS_POOL_SIZE, application_name: 'shieldshare-jobs' }, (error) =>
          this.logger.error({ msg: 'job queue connection error', error: error.message }),
        )
      : DrainingDb.shared(dataSource);
    this.boss = new PgBoss({ db: this.db, schema: 'pgboss' });
    this.boss.on('error', (error) => this.logger.error({ msg: 'job queue error', error: error.message }));
  }

  async onModuleInit(): Promise<void> {
    await this.boss.start();
  }

  /** Queues are declared by feature modules in their onModuleInit; workers start after. */
  define<T extends object>(queue: QueueDefinition<T>): void {
    this.queues.push(queue as QueueDefinition<object>);
  }

  async onApplicationBootstrap(): Promise<void> {
    for (const queue of this.queues) {
      const options = {
        name: queue.name,
        policy: queue.policy ?? 'standard',
        retryLimit: queue.retryLimit ?? 5,
        retryDelay: queue.retryDelaySeconds ?? 5,
        retryBackoff: true,
        expireInSeconds: queue.expireInSeconds ?? 300,
      };
      // createQueue leaves an existing queue as it was: the definition in code is the truth.
      await this.boss.createQueue(queue.name, options);
      await this.boss.updateQueue(queue.name, options);
      if (!this.config.workers) continue;
      if (queue.cron) await this.boss.schedule(queue.name, queue.cron, {}, { tz: 'UTC' });
      const concurrency = queue.concurrency ?? 2;
      for (let i = 0; i < concurrency; i++) {
        await this.boss.work<object>(queue.name, { pollingIntervalSeconds: 0.5, batchSize: queue.batchSize ?? 1 }, async (jobs) => {
          // A batch is completed or failed as a whole by pg-boss: one failure retries all (handlers are idempotent).
          const results = await Promise.allSettled(jobs.map((job) => queue.handle(job.data, { id: job.id, retryCount: (job as { retryCount?: number }).retryCount ?? 0 })));
          const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
          if (failed) throw failed.reason;
        });
      }
    }
    if (!this.config.workers) return;
    for (const queue of this.queues) await queue.onStart?.();
  }

  /** Sends a job inside the caller's transaction (on PGlite, the only safe way while it is open). */
  async sendInTransaction<T extends object>(em: EntityManager, queue: string, data: T, options: PgBoss.SendOptions = {}): Promise<void> {
    const db = { executeSql: async (text: string, values: unknown[]) => ({ rows: (await em.query(text, values)) as unknown[] }) };
    await this.boss.send(queue, data, { ...options, db });
  }

  /** Many jobs of one queue in one statement, inside the caller's transaction; under `short`, keys already queued are skipped. */
  async sendManyInTransaction<T extends object>(em: EntityManager, queue: string, jobs: { data: T; singletonKey?: string; startAfter?: Date }[]): Promise<void> {
    if (jobs.length === 0) return;
    const db = { executeSql: async (text: string, values: unknown[]) => ({ rows: (await em.query(text, values)) as unknown[] }) };
    await this.boss.insert(
      jobs.map((j) => ({ name: queue, data: j.data, singletonKey: j.singletonKey, startAfter: j.startAfter?.toISOString() })),
      { db } as never,
    );
  }

  async onModuleDestroy(): Promise<void> {
    await this.boss.stop({ graceful: true, wait: true, timeout: 5_000 });
    // Workers still finishing a fetch get their answer before the pool ends (see DrainingDb).
    await this.db.close(5_000);
  }
}
