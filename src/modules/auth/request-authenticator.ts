import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import type { Principal } from '../../common/auth/principal';
import { AppError } from '../../common/problem/app-error';
import { ApiKeyStrategy } from './api-key.strategy';
import { SessionJwtStrategy } from './session-jwt.strategy';
import { TaxiiBasicStrategy } from './taxii-basic.strategy';

/** One way of presenting credentials: null when the request does not use it; throws when it does, wrongly. */
export interface CredentialScheme {
  validate(req: Request): Promise<Principal | null>;
}

/**
 * Who sent a request: session, then API key (Bearer), then HTTP Basic. The first scheme that
 * recognizes the credentials decides, and its refusal ends the search; none recognizing them is a
 * 401. The rules passport applied with these strategies, without its per-request strategy
 * objects: the global guard and the TAXII page reads both authenticate here.
 */
@Injectable()
export class RequestAuthenticator {
  private readonly schemes: CredentialScheme[];

  constructor(session: SessionJwtStrategy, apiKey: ApiKeyStrategy, basic: TaxiiBasicStrategy) {
    this.schemes = [session, apiKey, basic];
  }

  async authenticate(req: Request): Promise<Principal> {
    for (const scheme of this.schemes) {
      const principal = await scheme.validate(req);
      if (principal) return principal;
    }
    throw new AppError('UNAUTHENTICATED', 'send an API key (Bearer ssk_…), a session token, or Basic credentials');
  }
}
