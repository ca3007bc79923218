import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { AnonymizerError, anonymize, createKeyring, type AnonymizationResult } from '../../anonymizer';
import type { Principal } from '../../common/auth/principal';
import { AppError } from '../../common/problem/app-error';
import { validate } from '../../stix';
import { SubmitterProfiles } from '../asset-registry/submitter-profiles';
import { PoliciesService } from '../policies/policies.service';

export interface AnonymizePreview extends Omit<AnonymizationResult, 'idMap'> {
  policyVersion: string;
}

@Injectable()
export class AnonymizeService {
  constructor(
    private readonly policies: PoliciesService,
    private readonly profiles: SubmitterProfiles,
  ) {}

  /**
   * A dry run under the current policy with the caller's stored profile (asset registry
   * included): what members would receive, and the report. Nothing is stored, and a throw-away
   * key means the preview's ids match nothing ever published. `attributionConsent` previews a
   * submission made with consent, under the same rule as submit.
   */
  async preview(who: Principal, bundle: unknown, attributionConsent: boolean): Promise<AnonymizePreview> {
    const checked = validate(bundle);
    if (!checked.valid) {
      throw new AppError('INVALID_STIX', `${checked.errors.length} STIX error(s); the first: ${checked.errors[0].message}`, {
        errors: checked.errors.map((e) => ({ pointer: e.path, message: `${e.rule}: ${e.message}` })),
      });
    }
    const policy = await this.policies.current();
    if (attributionConsent && policy.rules.attribution !== 'with-consent') {
      throw new AppError('ATTRIBUTION_NOT_ALLOWED', `policy ${policy.version} never names the submitter of published objects`, {
        errors: [{ pointer: '/query/attributionConsent', message: `policy ${policy.version} never attributes` }],
      });
    }
    const profile = await this.profiles.of(who.orgId, { attribution: attributionConsent });
    try {
      // The id map is for coordinators' diffs; a preview answers only what members would receive.
      const { bundle: anonymized, report } = anonymize(bundle, policy.rules.anonymizer, createKeyring(randomBytes(32)), profile, {
        now: new Date(),
        attribution: attributionConsent ? 'with-consent' : 'never',
      });
      return { bundle: anonymized, report, policyVersion: policy.version };
    } catch (error) {
      if (error instanceof AnonymizerError) throw new AppError('INVALID_STIX', error.message);
      throw error;
    }
  }
}
