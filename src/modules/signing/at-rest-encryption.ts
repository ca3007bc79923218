import { Inject, Injectable } from '@nestjs/common';
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/config.schema';
import { secretFromDataDir } from '../../config/secret-file';

/** What a sealed value is for; each purpose gets its own derived key. */
const PURPOSES = ['signing-key', 'webhook-secret', 'asset-registry'] as const;
export type SealPurpose = (typeof PURPOSES)[number];

const VERSION = 'v1';

export class UnsealError extends Error {}

/**
 * AES-256-GCM for secrets the service must read back (signing keys, webhook HMAC secrets,
 * submitters' asset registries, which list what identifies each of them).
 * The key is derived (HKDF-SHA256, one sub-key per purpose) from SIGNING_KEY_SECRET or, when
 * unset, a random key kept in the data folder. The caller's `aad` (e.g. the key id or the
 * subscription id) is authenticated, so a sealed value copied onto another row fails to open.
 */
@Injectable()
export class AtRestEncryption {
  private readonly keys: Record<SealPurpose, Buffer>;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const master = config.signingKeySecret ? Buffer.from(config.signingKeySecret, 'utf8') : secretFromDataDir(config.dataDir, 'signing.key');
    this.keys = Object.fromEntries(PURPOSES.map((p) => [p, derive(master, p)])) as Record<SealPurpose, Buffer>;
  }

  seal(purpose: SealPurpose, plaintext: Uint8Array | string, aad: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.keys[purpose], iv);
    cipher.setAAD(Buffer.from(aad, 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(typeof plaintext === 'string' ? Buffer.from(plaintext, 'utf8') : plaintext), cipher.final()]);
    return [VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), ciphertext.toString('base64url')].join('.');
  }

  open(purpose: SealPurpose, sealed: string, aad: string): Buffer {
    const [version, iv, tag, ciphertext] = sealed.split('.');
    if (version !== VERSION || !iv || !tag || ciphertext === undefined) throw new UnsealError('not a sealed value');
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.keys[purpose], Buffer.from(iv, 'base64url'));
      decipher.setAAD(Buffer.from(aad, 'utf8'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]);
    } catch {
      throw new UnsealError('the sealed value does not open with this key (was SIGNING_KEY_SECRET or the data folder changed?)');
    }
  }
}

function derive(master: Buffer, purpose: SealPurpose): Buffer {
  return Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), `shieldshare ${purpose} v1`, 32));
}
