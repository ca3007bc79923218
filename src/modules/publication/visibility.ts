import { isStaff, type Principal } from '../../common/auth/principal';

/**
 * The TLP rules of DESIGN.md as one SQL condition on a `published_objects` alias, for every
 * read path (objects, versions, manifest, counts, pages, deliveries): CLEAR and GREEN to
 * every member, AMBER and AMBER+STRICT to the sharing group's organizations, RED to staff
 * only. `null` is an anonymous reader of a public collection: CLEAR only.
 */
export function visibleTo(who: Principal | null, alias = 'p'): { sql: string; params: Record<string, unknown> } {
  if (who && isStaff(who)) return { sql: 'TRUE', params: {} };
  if (!who) return { sql: `${alias}.tlp = 'clear'`, params: {} };
  return {
    sql:
      `(${alias}.tlp IN ('clear', 'green') OR (${alias}.tlp IN ('amber', 'amber+strict') AND ${alias}.sharing_group_id IN ` +
      `(SELECT sgm.sharing_group_id FROM sharing_group_members sgm WHERE sgm.organization_id = :visibleToOrgId)))`,
    params: { visibleToOrgId: who.orgId },
  };
}
