import type { AppConfig } from '../../config/config.schema';
import { secretFromDataDir } from '../../config/secret-file';

/**
 * The HS256 key for session JWTs: SESSION_SECRET when set (required for several instances),
 * otherwise a random key kept in the data folder so sessions survive restarts.
 */
export function loadSessionSecret(config: AppConfig): Uint8Array {
  if (config.sessionSecret) return new TextEncoder().encode(config.sessionSecret);
  return secretFromDataDir(config.dataDir, 'session.key');
}
