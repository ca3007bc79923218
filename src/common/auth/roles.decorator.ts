import { SetMetadata } from '@nestjs/common';
import { ROLES, Role } from './role';

export const ROLES_KEY = 'shieldshare:roles';

/** The roles allowed to call a handler; every non-public handler must carry one. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** Any authenticated caller, whatever its role. */
export const Authenticated = () => Roles(...ROLES);
