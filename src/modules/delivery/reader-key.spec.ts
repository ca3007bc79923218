import assert from 'node:assert/strict';
import { it } from 'node:test';
import { visibleTo } from '../publication/visibility';
import { ownerPrincipal } from '../subscriptions/subscription-filter';

// The fan-out computes one selection for every subscription with equal filters and an equal
// reader key (the owner's sharing groups). That is only sound while the TLP rule for a member
// reader depends on nothing about the organization but its sharing-group memberships. If this
// test fails, the rule grew a new input: add it to the reader key in DeliveryRepository.claimDue.
it('the member TLP rule depends only on the organization id, through sharing_group_members', () => {
  const a = visibleTo(ownerPrincipal({ organizationId: '11111111-1111-4111-8111-111111111111' }), 'p');
  const b = visibleTo(ownerPrincipal({ organizationId: '22222222-2222-4222-8222-222222222222' }), 'p');
  assert.equal(a.sql, b.sql);
  assert.deepEqual(Object.keys(a.params), ['visibleToOrgId']);
  assert.deepEqual(Object.keys(b.params), ['visibleToOrgId']);
  const orgReferences = a.sql.match(/:visibleToOrgId/g) ?? [];
  assert.equal(orgReferences.length, 1);
  assert.match(a.sql, /SELECT sgm\.sharing_group_id FROM sharing_group_members sgm WHERE sgm\.organization_id = :visibleToOrgId/);
});
