import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataDirLock } from './data-dir-lock';

/** Connections the socket server accepts: must cover every pool (TypeORM + pg-boss + CLI). */
export const EMBEDDED_MAX_CONNECTIONS = 32;

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts PGlite (PostgreSQL compiled to WASM) in-process and serves it on a private Unix
 * socket, so TypeORM and pg-boss use the ordinary `pg` driver. `dataDir` undefined means
 * an in-memory database (tests).
 */
export async function startEmbeddedPostgres(dataDir: string | undefined): Promise<EmbeddedPostgres> {
  let lock: DataDirLock | undefined;
  if (dataDir !== undefined) {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    lock = DataDirLock.acquire(dataDir);
  }
  // A socket in a fresh 0700 folder: only this user can reach the database, and the path
  // stays short (Unix sockets allow ~100 characters).
  const socketDir = mkdtempSync(join(tmpdir(), 'shieldshare-pg-'));
  try {
    const db = await PGlite.create(dataDir === undefined ? undefined : join(dataDir, 'pgdata'));
    const server = new PGLiteSocketServer({
      db,
      path: join(socketDir, '.s.PGSQL.5432'),
      maxConnections: EMBEDDED_MAX_CONNECTIONS,
    });
    await server.start();
    return {
      url: `postgres://postgres@localhost:5432/postgres?host=${encodeURIComponent(socketDir)}`,
      async stop() {
        await server.stop();
        await db.close();
        rmSync(socketDir, { recursive: true, force: true });
        lock?.release();
      },
    };
  } catch (error) {
    rmSync(socketDir, { recursive: true, force: true });
    lock?.release();
    throw error;
  }
}
