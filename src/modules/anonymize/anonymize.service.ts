import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AnonymizerError, anonymize, createKeyring, type AnonymizationResult, type SubmitterProfile } from '../../anonymizer';
import type { Principal } from '../../common/auth/principal';
import { AppError } from '../../common/problem/app-error';
import { validate } from '../../stix';
import { Organization } from '../orgs/organization.entity';
import { PoliciesService } from '../policies/policies.service';

export interface AnonymizePreview extends Omit<AnonymizationResult, 'idMap'> {
  policyVersion: string;
}

@Injectable()
export class AnonymizeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policies: PoliciesService,
  ) {}

  /**
   * A dry run under the current policy: what members would receive, and the report. Nothing
   * is stored, and a throw-away key means the preview's ids match nothing ever published.
   */
  async preview(who: Principal, bundle: unknown): Promise<AnonymizePreview> {
    const checked = validate(bundle);
    if (!checked.valid) {
      throw new AppError('INVALID_STIX', `${checked.errors.length} STIX error(s); the first: ${checked.errors[0].message}`, {
        errors: checked.errors.map((e) => ({ pointer: e.path, message: `${e.rule}: ${e.message}` })),
      });
    }
    const policy = await this.policies.current();
    const profile = await this.profileOf(who.orgId);
    try {
      // The id map is for coordinators' diffs; a preview answers only what members would receive.
      const { bundle: anonymized, report } = anonymize(bundle, policy.rules.anonymizer, createKeyring(randomBytes(32)), profile, { now: new Date() });
      return { bundle: anonymized, report, policyVersion: policy.version };
    } catch (error) {
      if (error instanceof AnonymizerError) throw new AppError('INVALID_STIX', error.message);
      throw error;
    }
  }

  /** What the exchange knows of the caller's organization; its own name is always scrubbed. */
  private async profileOf(orgId: string): Promise<SubmitterProfile> {
    const org = await this.dataSource.getRepository(Organization).findOneBy({ id: orgId });
    if (!org) return {};
    return { names: [org.name], country: org.country ?? undefined, sectors: org.sectors };
  }
}
