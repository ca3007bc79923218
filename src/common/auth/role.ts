/** Roles of DESIGN.md: what a principal may do. */
export const ROLES = ['submitter', 'member', 'coordinator', 'admin'] as const;
export type Role = (typeof ROLES)[number];
