import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/config.schema';

/** What a cache keeps by id: a change to one of these drops the cached entries it affects. */
export type InvalidationTopic = 'api-key' | 'organization' | 'collection';

const CHANNEL = 'shieldshare_invalidate';
const TOPICS: readonly InvalidationTopic[] = ['api-key', 'organization', 'collection'];
const RECONNECT_MIN_MS = 500;
const RECONNECT_MAX_MS = 30_000;

type Handler = (id: string | null) => void;

/**
 * Tells every process serving this database that a cached entry changed: a revoked API key, a
 * suspended organization, an edited collection. The change is applied here at once and sent with
 * PostgreSQL's NOTIFY to every other process (PROCESSES > 1) and instance, which LISTEN on a
 * connection of their own, so a revocation holds everywhere within milliseconds instead of a
 * cache's lifetime. While that connection is down, notifications can be missed: on reconnecting,
 * every cache is dropped (`id` null). The embedded database serves one process only.
 */
@Injectable()
export class InvalidationBus implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(InvalidationBus.name);
  private readonly handlers = new Map<InvalidationTopic, Handler[]>();
  private listener: Client | undefined;
  private retryMs = RECONNECT_MIN_MS;
  private retryTimer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** `handler(id)` drops what the cache holds for `id`; `handler(null)` drops everything. */
  on(topic: InvalidationTopic, handler: Handler): void {
    this.handlers.set(topic, [...(this.handlers.get(topic) ?? []), handler]);
  }

  /** Call after the change has committed, so no process reloads the old state. */
  async publish(topic: InvalidationTopic, id: string): Promise<void> {
    this.dispatch(topic, id);
    if (this.config.databaseUrl) await this.dataSource.query('SELECT pg_notify($1, $2)', [CHANNEL, `${topic}:${id}`]);
  }

  async onModuleInit(): Promise<void> {
    if (this.config.databaseUrl) await this.listen();
  }

  async onApplicationShutdown(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retryTimer);
    await this.listener?.end().catch(() => undefined);
  }

  private dispatch(topic: InvalidationTopic, id: string | null): void {
    for (const handler of this.handlers.get(topic) ?? []) handler(id);
  }

  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.config.databaseUrl, application_name: 'shieldshare-invalidation' });
    client.on('notification', (message) => {
      const payload = message.payload ?? '';
      const colon = payload.indexOf(':');
      const topic = payload.slice(0, colon) as InvalidationTopic;
      if (colon > 0 && TOPICS.includes(topic)) this.dispatch(topic, payload.slice(colon + 1));
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    this.listener = client;
  }

  private lost(client: Client, error?: Error): void {
    if (this.closed || this.listener !== client) return;
    this.listener = undefined;
    client.end().catch(() => undefined);
    this.logger.warn({ msg: 'invalidation listener lost; reconnecting', error: error?.message, retryMs: this.retryMs });
    this.retryTimer = setTimeout(() => this.reconnect(), this.retryMs);
  }

  private async reconnect(): Promise<void> {
    try {
      await this.listen();
      this.retryMs = RECONNECT_MIN_MS;
      // What changed while nobody listened is unknown: start every cache afresh.
      for (const topic of TOPICS) this.dispatch(topic, null);
    } catch (error) {
      if (this.closed) return;
      this.retryMs = Math.min(this.retryMs * 2, RECONNECT_MAX_MS);
      this.logger.warn({ msg: 'invalidation listener reconnect failed', error: (error as Error).message, retryMs: this.retryMs });
      this.retryTimer = setTimeout(() => this.reconnect(), this.retryMs);
    }
  }
}
