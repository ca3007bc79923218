import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import type { Principal } from '../../common/auth/principal';
import type { CredentialScheme } from './request-authenticator';
import { ApiKeysService } from '../api-keys/api-keys.service';
import { bearerToken } from './session-jwt.strategy';

/** Machines: `Authorization: Bearer ssk_…`. */
@Injectable()
export class ApiKeyStrategy implements CredentialScheme {
  constructor(private readonly keys: ApiKeysService) {}

  async validate(req: Request): Promise<Principal | null> {
    const token = bearerToken(req);
    return token?.startsWith('ssk_') ? this.keys.authenticate(token, 'api-key') : null;
  }
}
