import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { errors as joseErrors, jwtVerify, SignJWT } from 'jose';
import { IsNull, Repository } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/config.schema';
import type { Principal } from '../../common/auth/principal';
import { AppError } from '../../common/problem/app-error';
import { Organization } from '../orgs/organization.entity';
import { verifyAgainstDummy, verifyPassword } from '../users/password';
import { User } from '../users/user.entity';
import { LoginDto, MeResponse, SessionResponse } from './dto/auth.dto';
import { LoginThrottle } from './login-throttle';
import { Session } from './session.entity';

export const SESSION_SECRET = Symbol('SESSION_SECRET');
const ISSUER = 'shieldshare';
const AUDIENCE = 'shieldshare-session';

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(Session) private readonly sessions: Repository<Session>,
    @InjectRepository(Organization) private readonly orgs: Repository<Organization>,
    @Inject(SESSION_SECRET) private readonly secret: Uint8Array,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly throttle: LoginThrottle,
  ) {}

  /** Same answer and about the same time for an unknown email and a wrong password. */
  async login(dto: LoginDto, clientAddress: string): Promise<SessionResponse> {
    const email = dto.email.trim().toLowerCase();
    const keys = [`email:${email}`, `ip:${clientAddress}`];
    await this.throttle.assertAllowed(keys);
    const user = await this.users.findOne({ where: { email }, relations: { organization: true } });
    const ok = user ? await verifyPassword(user.passwordHash, dto.password) : await verifyAgainstDummy(dto.password);
    if (!user || !ok || user.status !== 'active' || user.organization?.status !== 'active') {
      await this.throttle.recordFailure(keys);
      throw new AppError('INVALID_CREDENTIALS', 'the email or password is incorrect, or the account is disabled');
    }
    await this.throttle.reset(`email:${email}`);
    const expiresAt = new Date(Date.now() + this.config.sessionTtlSeconds * 1000);
    const session = await this.sessions.save(this.sessions.create({ userId: user.id, expiresAt }));
    await this.users.update({ id: user.id }, { lastLoginAt: new Date() });
    const token = await new SignJWT({ sid: session.id })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(user.id)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.secret);
    const me = toMe(user.organization!, user, { orgId: user.organizationId, userId: user.id, roles: user.roles, via: 'session' });
    return { token, expiresAt: expiresAt.toISOString(), me };
  }

  async logout(principal: Principal): Promise<void> {
    if (principal.sessionId) await this.sessions.update({ id: principal.sessionId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  async me(principal: Principal): Promise<MeResponse> {
    const org = await this.orgs.findOneByOrFail({ id: principal.orgId });
    const user = principal.userId ? await this.users.findOneBy({ id: principal.userId }) : null;
    return toMe(org, user, principal);
  }

  /** Verifies a session JWT and that its session, user and organization are still live. */
  async authenticateSession(token: string): Promise<Principal> {
    let sessionId: unknown;
    try {
      const { payload } = await jwtVerify(token, this.secret, { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'] });
      sessionId = payload.sid;
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) throw new AppError('SESSION_EXPIRED', 'your session has expired; sign in again');
      throw new AppError('INVALID_CREDENTIALS', 'the session token is not valid');
    }
    const session =
      typeof sessionId === 'string'
        ? await this.sessions.findOne({ where: { id: sessionId }, relations: { user: { organization: true } } })
        : null;
    if (!session || session.revokedAt) throw new AppError('SESSION_EXPIRED', 'this session has ended; sign in again');
    if (session.expiresAt.getTime() <= Date.now()) throw new AppError('SESSION_EXPIRED', 'your session has expired; sign in again');
    const user = session.user!;
    if (user.status !== 'active' || user.organization?.status !== 'active') {
      throw new AppError('INVALID_CREDENTIALS', 'the account is disabled');
    }
    return { orgId: user.organizationId, userId: user.id, sessionId: session.id, roles: user.roles, via: 'session' };
  }
}

function toMe(org: Organization, user: User | null, principal: Principal): MeResponse {
  return {
    organizationId: org.id,
    organizationName: org.name,
    userId: user?.id ?? null,
    email: user?.email ?? null,
    displayName: user?.displayName ?? null,
    roles: principal.roles,
    via: principal.via,
  };
}
