import { Pool, type PoolConfig } from 'pg';
import type { DataSource } from 'typeorm';

type Run = (text: string, values?: unknown[]) => Promise<{ rows: unknown[] }>;

/**
 * pg-boss's database adapter, with a shutdown that waits for queries in flight. pg-boss's own
 * adapter ends its pool while a stopping worker's last fetch may still wait for a connection
 * (always possible with the embedded database's single connection): that query never settles,
 * the worker never reports stopped, and pg-boss's stop monitor keeps the process alive.
 */
export class DrainingDb {
  private inFlight = 0;
  private draining = false;
  private closed = false;

  private constructor(
    private readonly run: Run,
    private readonly end: () => Promise<void>,
  ) {}

  /** Its own pool, on a PostgreSQL server. */
  static pool(config: PoolConfig, onError: (error: Error) => void): DrainingDb {
    const pool = new Pool(config);
    pool.on('error', onError);
    return new DrainingDb((text, values) => pool.query(text, values), () => pool.end());
  }

  /**
   * The service's own single connection, on the embedded database: pglite-socket interleaves
   * the protocol messages of concurrent connections outside transactions, which can hang a
   * client or hand it another's answer.
   */
  static shared(dataSource: DataSource): DrainingDb {
    return new DrainingDb(async (text, values) => {
      const runner = dataSource.createQueryRunner();
      try {
        const client = (await runner.connect()) as { query: Run };
        return await client.query(text, values);
      } finally {
        await runner.release();
      }
    }, async () => undefined);
  }

  async executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }> {
    // Like pg-boss's adapter: nothing once closed.
    if (this.closed) return undefined as never;
    this.inFlight++;
    try {
      const result = await this.run(text, values);
      // A fetch that lands while draining hands out no jobs: they stay active until they
      // expire and are retried, rather than starting in a service that is stopping.
      if (this.draining && text.includes('SKIP LOCKED')) return { rows: [] };
      return result;
    } finally {
      this.inFlight--;
    }
  }

  /** Waits (up to `timeoutMs`) for queries in flight, then ends the pool. Call after pg-boss has stopped. */
  async close(timeoutMs: number): Promise<void> {
    this.draining = true;
    const deadline = Date.now() + timeoutMs;
    while (this.inFlight > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    this.closed = true;
    await this.end();
  }
}
