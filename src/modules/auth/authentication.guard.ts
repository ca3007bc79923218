import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { PUBLIC_KEY } from '../../common/auth/public.decorator';
import { AppError } from '../../common/problem/app-error';

/** Global: every route needs a credential unless marked @Public(). Strategies are tried in order. */
@Injectable()
export class AuthenticationGuard extends AuthGuard(['session', 'api-key', 'basic']) {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override canActivate(context: ExecutionContext) {
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, [context.getHandler(), context.getClass()]);
    return isPublic ? true : super.canActivate(context);
  }

  override handleRequest<T>(err: unknown, user: T): T {
    if (err) throw err;
    if (!user) throw new AppError('UNAUTHENTICATED', 'send an API key (Bearer ssk_…), a session token, or Basic credentials');
    return user;
  }
}
