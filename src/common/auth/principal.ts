import type { Role } from './role';

/** Who is calling: set by the authentication guard, passed first to every service method. */
export interface Principal {
  orgId: string;
  userId?: string;
  apiKeyId?: string;
  sessionId?: string;
  roles: Role[];
  /** `cli`: an operator at the machine, acting as admin without HTTP. */
  via: 'session' | 'api-key' | 'basic' | 'cli';
}

/** Coordinators and admins act across organizations; everyone else only within their own. */
export function isStaff(principal: Principal): boolean {
  return principal.roles.includes('coordinator') || principal.roles.includes('admin');
}
