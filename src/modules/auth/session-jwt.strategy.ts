import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { Strategy } from 'passport-custom';
import type { Principal } from '../../common/auth/principal';
import { AuthService } from './auth.service';

export const SESSION_COOKIE = 'ss_session';
const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

/** People in the UI: the session JWT from the httpOnly cookie, or as a Bearer token. */
@Injectable()
export class SessionJwtStrategy extends PassportStrategy(Strategy, 'session') {
  constructor(private readonly auth: AuthService) {
    super();
  }

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
