import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { canonicalJson } from '../../stix';
import { AppError } from '../../common/problem/app-error';
import { isUniqueViolation } from '../../database/postgres-errors';
import { AuditService } from '../audit/audit.service';
import {
  AcceptanceStatusResponse,
  AcceptPolicyDto,
  PolicyAcceptanceResponse,
  PolicyResponse,
  PolicySummaryResponse,
  PublishPolicyDto,
} from './dto/policy.dto';
import { PolicyAcceptance } from './policy-acceptance.entity';
import { Policy } from './policy.entity';
import { PolicyRules, shippedPolicy } from './policy-rules';

/** `sha256:<hex>` over what a reader of the policy agrees to: version, title, text and rules. */
export function policyContentHash(policy: { version: string; title: string; text: string; rules: PolicyRules }): string {
  const canonical = canonicalJson({ version: policy.version, title: policy.title, text: policy.text, rules: policy.rules });
  return `sha256:${createHash('sha256').update(canonical).digest('hex')}`;
}

/** The policy version a submission is made under. */
export interface AcceptedPolicy {
  version: string;
  contentHash: string;
  rules: PolicyRules;
}

@Injectable()
export class PoliciesService implements OnApplicationBootstrap {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Installs the shipped policy once; several instances starting together insert it once. */
  async onApplicationBootstrap(): Promise<void> {
    const shipped = shippedPolicy();
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(Policy)
      .values({ ...shipped, contentHash: policyContentHash(shipped) })
      .orIgnore()
      .execute();
  }

  async current(em: EntityManager = this.dataSource.manager): Promise<Policy> {
    const [policy] = await em.getRepository(Policy).find({ order: { publishedAt: 'DESC', version: 'DESC' }, take: 1 });
    if (!policy) throw new AppError('POLICY_NOT_FOUND', 'no policy has been published');
    return policy;
  }

  async getCurrent(): Promise<PolicyResponse> {
    const policy = await this.current();
    return PolicyResponse.from(policy, policy.version);
  }

  async get(version: string): Promise<PolicyResponse> {
    const [policy, current] = await Promise.all([this.find(version), this.current()]);
    return PolicyResponse.from(policy, current.version);
  }

  async list(): Promise<PolicySummaryResponse[]> {
    const policies = await this.dataSource.getRepository(Policy).find({ order: { publishedAt: 'DESC', version: 'DESC' } });
    return policies.map((p, i) => ({
      version: p.version,
      title: p.title,
      contentHash: p.contentHash,
      publishedAt: p.publishedAt.toISOString(),
      current: i === 0,
    }));
  }

  async publish(who: Principal, dto: PublishPolicyDto): Promise<PolicyResponse> {
    const contentHash = policyContentHash(dto);
    try {
      const saved = await this.dataSource.transaction(async (em) => {
        // insert, never save: save() would turn an existing version into an UPDATE.
        const policy = em.getRepository(Policy).create({ ...dto, rules: { ...dto.rules }, contentHash, publishedByUserId: who.userId ?? null });
        await em.getRepository(Policy).insert(policy);
        await this.audit.record(em, who, 'policy.published', { type: 'policy', id: policy.version }, { contentHash });
        return policy;
      });
      return PolicyResponse.from(saved, saved.version);
    } catch (error) {
      if (isUniqueViolation(error, 'pk_policies')) throw new AppError('POLICY_VERSION_EXISTS', `version ${dto.version} is already published; publish a new version number`);
      throw error;
    }
  }

  /**
   * A person accepts the current version for their organization, quoting the hash they read.
   * An operator at the CLI may record a named person's acceptance (e.g. signed on paper).
   */
  async accept(who: Principal, version: string, dto: AcceptPolicyDto): Promise<PolicyAcceptanceResponse> {
    if ((who.via !== 'session' && who.via !== 'cli') || !who.userId) {
      throw new AppError('FORBIDDEN', 'a policy is accepted by a signed-in person, not an API key');
    }
    const userId = who.userId;
    return this.dataSource.transaction(async (em) => {
      const policy = await this.find(version, em);
      const current = await this.current(em);
      if (policy.version !== current.version) {
        throw new AppError('POLICY_NOT_CURRENT', `version ${version} is not current; accept version ${current.version}`);
      }
      if (dto.contentHash !== policy.contentHash) {
        throw new AppError('POLICY_HASH_MISMATCH', `the content hash does not match version ${version}; reload the policy and read it again`);
      }
      const repo = em.getRepository(PolicyAcceptance);
      const existing = await repo.findOneBy({ organizationId: who.orgId, policyVersion: version });
      if (existing) return PolicyAcceptanceResponse.from(existing);
      const saved = await repo.save(repo.create({ organizationId: who.orgId, userId, policyVersion: version, contentHash: policy.contentHash }));
      await this.audit.record(em, who, 'policy.accepted', { type: 'policy', id: version }, { organizationId: who.orgId, contentHash: policy.contentHash });
      return PolicyAcceptanceResponse.from(saved);
    });
  }

  async acceptanceStatus(who: Principal): Promise<AcceptanceStatusResponse> {
    const current = await this.current();
    const acceptance = await this.dataSource.getRepository(PolicyAcceptance).findOneBy({ organizationId: who.orgId, policyVersion: current.version });
    return {
      currentVersion: current.version,
      currentContentHash: current.contentHash,
      accepted: acceptance !== null,
      acceptance: acceptance ? PolicyAcceptanceResponse.from(acceptance) : null,
    };
  }

  async acceptances(_who: Principal, version: string): Promise<PolicyAcceptanceResponse[]> {
    await this.find(version);
    const rows = await this.dataSource.getRepository(PolicyAcceptance).find({ where: { policyVersion: version }, order: { acceptedAt: 'ASC' } });
    return rows.map(PolicyAcceptanceResponse.from);
  }

  /** The current version, if the organization has accepted it; otherwise a 403 naming it. */
  async assertAccepted(em: EntityManager, orgId: string): Promise<AcceptedPolicy> {
    const current = await this.current(em);
    const acceptance = await em.getRepository(PolicyAcceptance).findOneBy({ organizationId: orgId, policyVersion: current.version });
    if (!acceptance) {
      throw new AppError(
        'POLICY_NOT_ACCEPTED',
        `your organization must accept policy version ${current.version} (POST /api/v1/policies/${current.version}/accept) before submitting`,
      );
    }
    return { version: current.version, contentHash: current.contentHash, rules: current.rules };
  }

  private async find(version: string, em: EntityManager = this.dataSource.manager): Promise<Policy> {
    const policy = await em.getRepository(Policy).findOneBy({ version });
    if (!policy) throw new AppError('POLICY_NOT_FOUND', `no policy version ${version}`);
    return policy;
  }
}
