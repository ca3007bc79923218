import type { Role } from './role';

/** Who is calling: set by the authentication guard, passed first to every service method. */
export interface Principal {
  orgId: string;
  userId?: string;
  apiKeyId?: string;
  sessionId?: string;
  roles: Role[];
  /** `cli`: an operator at the machine, acting as admin without HTTP; `system`: the service's own background work. */
  via: 'session' | 'api-key' | 'basic' | 'cli' | 'system';
}

/** The service itself: background jobs (processing, auto-approval, embargo release, retention purge). */
export const SYSTEM: Principal = { orgId: '00000000-0000-0000-0000-000000000000', roles: [], via: 'system' };

/** Coordinators and admins act across organizations; everyone else only within their own. */
export function isStaff(principal: Principal): boolean {
  return principal.roles.includes('coordinator') || principal.roles.includes('admin');
}
