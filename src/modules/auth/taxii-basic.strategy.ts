import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import type { Principal } from '../../common/auth/principal';
import type { CredentialScheme } from './request-authenticator';
import { AppError } from '../../common/problem/app-error';
import { apiKeyFromBasic } from '../api-keys/api-key-secret';
import { ApiKeysService } from '../api-keys/api-keys.service';

/**
 * TAXII clients: HTTP Basic with the API key id (`ssk_…`) as user name and the secret as
 * password. Passwords of people are not accepted here: feeds poll every minute, and an
 * argon2 verification per request would be both slow and a password-guessing oracle.
 */
@Injectable()
export class TaxiiBasicStrategy implements CredentialScheme {
  constructor(private readonly keys: ApiKeysService) {}

  async validate(req: Request): Promise<Principal | null> {
    const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(req.header('authorization') ?? '');
    if (!match) return null;
    const decoded = Buffer.from(match[1], 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    const key = colon > 0 ? apiKeyFromBasic(decoded.slice(0, colon), decoded.slice(colon + 1)) : undefined;
    if (!key) throw new AppError('INVALID_CREDENTIALS', 'Basic credentials must be an API key id (ssk_…) and its secret');
    return this.keys.authenticate(key, 'basic');
  }
}
