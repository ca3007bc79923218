import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A random key kept in the data folder (mode 0600), created on first use, so a single
 * instance needs no configuration and its keys survive restarts. Several instances must be
 * given the key by configuration instead.
 */
export function secretFromDataDir(dataDir: string, fileName: string, bytes = 32): Buffer {
  const path = join(dataDir, fileName);
  try {
    return Buffer.from(readFileSync(path, 'utf8').trim(), 'base64url');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const secret = randomBytes(bytes);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  try {
    writeFileSync(path, secret.toString('base64url'), { mode: 0o600, flag: 'wx' });
  } catch (error) {
    // Another process created it first: use theirs.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return Buffer.from(readFileSync(path, 'utf8').trim(), 'base64url');
    throw error;
  }
  return secret;
}
