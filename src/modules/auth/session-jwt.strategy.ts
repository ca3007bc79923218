import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import type { Principal } from '../../common/auth/principal';
import type { CredentialScheme } from './request-authenticator';
import { AuthService } from './auth.service';

export const SESSION_COOKIE = 'ss_session';
const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

/** People in the UI: the session JWT from the httpOnly cookie, or as a Bearer token. */
@Injectable()
export class SessionJwtStrategy implements CredentialScheme {
  constructor(private readonly auth: AuthService) {}

  async validate(req: Request): Promise<Principal | null> {
    const bearer = bearerToken(req);
    const token = bearer && JWT_SHAPE.test(bearer) ? bearer : (req.cookies?.[SESSION_COOKIE] as string | undefined);
    return token ? this.auth.authenticateSession(token) : null;
  }
}

export function bearerToken(req: Request): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(req.header('authorization') ?? '');
  return match?.[1];
}
