import { Inject, Injectable } from '@nestjs/common';
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/config.schema';
import { secretFromDataDir } from '../../config/secret-file';

const VERSION = 'v1';
const PURPOSE = 'asset-registry';

export class RegistryUnsealError extends Error {}

/**
 * AES-256-GCM for stored asset registries: they list what identifies each submitter, so a
 * leaked database dump or backup must not reveal them. The key is derived exactly as
 * AtRestEncryption derives its sub-keys (HKDF-SHA256 of SIGNING_KEY_SECRET or the data
 * folder's `signing.key`, info `shieldshare asset-registry v1`) and sealed values share its
 * format, so operators configure nothing new and the purpose can move into AtRestEncryption
 * without re-encrypting. The `aad` binds a value to its organization and version.
 */
@Injectable()
export class AssetRegistrySealing {
  private readonly key: Buffer;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const master = config.signingKeySecret ? Buffer.from(config.signingKeySecret, 'utf8') : secretFromDataDir(config.dataDir, 'signing.key');
    this.key = Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), `shieldshare ${PURPOSE} v1`, 32));
  }

  seal(plaintext: string, aad: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(aad, 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), ciphertext.toString('base64url')].join('.');
  }

  open(sealed: string, aad: string): string {
    const [version, iv, tag, ciphertext] = sealed.split('.');
    if (version !== VERSION || !iv || !tag || ciphertext === undefined) throw new RegistryUnsealError('not a sealed asset registry');
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
      decipher.setAAD(Buffer.from(aad, 'utf8'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
    } catch {
      throw new RegistryUnsealError('the asset registry does not open with this key (was SIGNING_KEY_SECRET or the data folder changed?)');
    }
  }
}
