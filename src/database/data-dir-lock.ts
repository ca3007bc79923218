import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export class DataDirInUseError extends Error {
  constructor(dataDir: string, pid: number) {
    super(
      `the data folder ${dataDir} is in use by process ${pid} (a running ShieldShare service?). ` +
        'The embedded database serves one process at a time: stop that process, or set DATABASE_URL to a PostgreSQL server.',
    );
  }
}

/** An exclusive pid lock file: one process owns an embedded data folder at a time. */
export class DataDirLock {
  private constructor(private readonly path: string) {}

  static acquire(dataDir: string): DataDirLock {
    const path = join(dataDir, 'shieldshare.lock');
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const fd = openSync(path, 'wx', 0o600);
        writeSync(fd, String(process.pid));
        closeSync(fd);
        return new DataDirLock(path);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        const holder = Number(readFileSync(path, 'utf8').trim());
        if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && isAlive(holder)) {
          throw new DataDirInUseError(dataDir, holder);
        }
        // A lock left by a process that died (kill -9, power loss): take it over.
        rmSync(path, { force: true });
      }
    }
    throw new Error(`could not lock the data folder ${dataDir}`);
  }

  release(): void {
    rmSync(this.path, { force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
