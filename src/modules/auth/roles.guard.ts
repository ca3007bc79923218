import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Principal } from '../../common/auth/principal';
import { PUBLIC_KEY } from '../../common/auth/public.decorator';
import type { Role } from '../../common/auth/role';
import { ROLES_KEY } from '../../common/auth/roles.decorator';
import { AppError } from '../../common/problem/app-error';

/** Global, after authentication: denies by default; a route without @Roles or @Public is refused. */
@Injectable()
export class RolesGuard implements CanActivate {
  private readonly logger = new Logger(RolesGuard.name);

  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (!allowed) {
      this.logger.error({ msg: 'route has no role policy', handler: `${context.getClass().name}.${context.getHandler().name}` });
      throw new AppError('FORBIDDEN', 'this endpoint has no access policy');
    }
    assertHasRole(context.switchToHttp().getRequest<{ user?: Principal }>().user, allowed);
    return true;
  }
}

/** A caller holding none of a route's roles is refused (403). */
export function assertHasRole(principal: Principal | undefined, allowed: readonly Role[]): void {
  if (!principal?.roles.some((role) => allowed.includes(role))) {
    throw new AppError('FORBIDDEN', `this action needs one of the roles: ${allowed.join(', ')}`);
  }
}
