import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppConfig } from '../../config/config.schema';

/**
 * The HS256 key for session JWTs: SESSION_SECRET when set (required for several instances),
 * otherwise a random key kept in the data folder (mode 0600) so sessions survive restarts.
 */
export function loadSessionSecret(config: AppConfig): Uint8Array {
  if (config.sessionSecret) return new TextEncoder().encode(config.sessionSecret);
  const path = join(config.dataDir, 'session.key');
  try {
    return Buffer.from(readFileSync(path, 'utf8').trim(), 'base64url');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const secret = randomBytes(32);
  mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
  writeFileSync(path, secret.toString('base64url'), { mode: 0o600, flag: 'wx' });
  return secret;
}
