import type { Principal } from '../common/auth/principal';

/** The operator at the machine: admin powers, no organization of their own. */
export const OPERATOR: Principal = { orgId: '00000000-0000-0000-0000-000000000000', roles: ['admin'], via: 'cli' };
