import { createHmac } from 'node:crypto';
import type { AnonymizerPolicy } from '../../anonymizer';

/**
 * The anonymizer's key for one submission, derived from the master key: per submission (ids
 * cannot be linked across submissions) or per submitter, as the policy says. Derived, not
 * stored, so processing the same revision twice gives the same output.
 */
export function pseudonymKey(master: Uint8Array, scope: AnonymizerPolicy['keyScope'], submission: { id: string; organizationId: string }): Buffer {
  const subject = scope === 'submitter' ? `organization:${submission.organizationId}` : `submission:${submission.id}`;
  return createHmac('sha256', master).update(`shieldshare-pseudonyms\n${subject}`).digest();
}
