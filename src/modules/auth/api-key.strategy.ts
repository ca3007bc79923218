import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { Strategy } from 'passport-custom';
import type { Principal } from '../../common/auth/principal';
import { ApiKeysService } from '../api-keys/api-keys.service';
import { bearerToken } from './session-jwt.strategy';

/** Machines: `Authorization: Bearer ssk_…`. */
@Injectable()
export class ApiKeyStrategy extends PassportStrategy(Strategy, 'api-key') {
  constructor(private readonly keys: ApiKeysService) {
    super();
  }

  async validate(req: Request): Promise<Principal | null> {
    const token = bearerToken(req);
    return token?.startsWith('ssk_') ? this.keys.authenticate(token, 'api-key') : null;
  }
}
