import { Pool, type PoolConfig } from 'pg';

/**
 * pg-boss's database adapter, with a shutdown that waits for queries in flight. pg-boss's own
 * adapter ends its pool while a stopping worker's last fetch may still wait for a connection
 * (always possible with the embedded database's single connection): that query never settles,
 * the worker never reports stopped, and pg-boss's stop monitor keeps the process alive.
 */
export class DrainingDb {
  private readonly pool: Pool;
  private inFlight = 0;
  private draining = false;
  private closed = false;

  constructor(config: PoolConfig, onError: (error: Error) => void) {
    this.pool = new Pool(config);
    this.pool.on('error', onError);
  }

  async executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }> {
    // Like pg-boss's adapter: nothing once closed.
    if (this.closed) return undefined as never;
    this.inFlight++;
    try {
      const result = await this.pool.query(text, values);
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
    await this.pool.end();
  }
}
