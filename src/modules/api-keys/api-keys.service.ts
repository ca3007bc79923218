import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { isStaff, Principal } from '../../common/auth/principal';
import type { Role } from '../../common/auth/role';
import { AppError } from '../../common/problem/app-error';
import { AuditService } from '../audit/audit.service';
import { InvalidationBus } from '../invalidation/invalidation-bus';
import { OrgsService } from '../orgs/orgs.service';
import { ApiKey, ApiKeyScope } from './api-key.entity';
import { apiKeyMatches, apiKeyPrefix, generateApiKey, hashApiKey } from './api-key-secret';
import { VerifiedKeyCache, type VerifiedKey } from './verified-key-cache';
import { ApiKeyResponse, CreateApiKeyDto, CreatedApiKeyResponse } from './dto/api-key.dto';

/** What each scope lets a key do, as a role. */
export const SCOPE_ROLES: Record<ApiKeyScope, Role> = { submit: 'submitter', read: 'member' };

/**
 * How long a verified key is trusted without looking at the database again. Revocations and
 * suspended organizations reach every process through the invalidation bus at once; this bounds
 * what a process misses while its listener is down.
 */
export const VERIFIED_KEY_TTL_MS = 5_000;
const VERIFIED_KEYS_MAX = 10_000;

@Injectable()
export class ApiKeysService {
  private readonly verified = new VerifiedKeyCache(VERIFIED_KEY_TTL_MS, VERIFIED_KEYS_MAX);

  constructor(
    @InjectRepository(ApiKey) private readonly keys: Repository<ApiKey>,
    private readonly orgs: OrgsService,
    private readonly audit: AuditService,
    private readonly bus: InvalidationBus,
  ) {
    bus.on('api-key', (id) => (id ? this.verified.forget(id) : this.verified.clear()));
    bus.on('organization', (id) => (id ? this.verified.forgetOrganization(id) : this.verified.clear()));
  }

  /**
   * Admins issue keys for any organization; a signed-in person for their own, with scopes
   * their roles cover. Keys never mint keys.
   */
  async create(principal: Principal, orgId: string, dto: CreateApiKeyDto): Promise<CreatedApiKeyResponse> {
    if (principal.via !== 'session' && principal.via !== 'cli') throw new AppError('FORBIDDEN', 'API keys can only be created by a signed-in person');
    const org = await this.orgs.findVisible(principal, orgId);
    if (!principal.roles.includes('admin')) {
      if (org.id !== principal.orgId) throw new AppError('FORBIDDEN', 'you can only create keys for your own organization');
      const missing = dto.scopes.find((scope) => !principal.roles.includes(SCOPE_ROLES[scope]));
      if (missing) throw new AppError('FORBIDDEN', `the ${missing} scope needs the ${SCOPE_ROLES[missing]} role, which you do not have`);
    }
    const expiresAt = dto.expiresAt ? new Date(dto.expiresAt) : null;
    if (expiresAt && expiresAt.getTime() <= Date.now()) {
      throw new AppError('VALIDATION_FAILED', 'expiresAt must be in the future', {
        errors: [{ pointer: '/expiresAt', message: 'must be in the future' }],
      });
    }
    const generated = generateApiKey();
    const key = this.keys.create({
      organizationId: org.id,
      name: dto.name.trim(),
      prefix: generated.prefix,
      secretHash: generated.hash,
      scopes: dto.scopes,
      expiresAt,
      createdByUserId: principal.userId ?? null,
    });
    const saved = await this.saveAudited(principal, 'api-key.created', key);
    return { ...ApiKeyResponse.from(saved), key: generated.key };
  }

  async list(principal: Principal, orgId: string): Promise<ApiKeyResponse[]> {
    const org = await this.orgs.findVisible(principal, orgId);
    const keys = await this.keys.find({ where: { organizationId: org.id }, order: { createdAt: 'DESC' } });
    return keys.map(ApiKeyResponse.from);
  }

  async revoke(principal: Principal, id: string): Promise<ApiKeyResponse> {
    const key = await this.keys.findOneBy({ id });
    if (!key || (!isStaff(principal) && key.organizationId !== principal.orgId)) {
      throw new AppError('API_KEY_NOT_FOUND', 'no API key with this id is visible to you');
    }
    const ownSession = key.organizationId === principal.orgId && principal.via === 'session';
    if (!principal.roles.includes('admin') && !ownSession) {
      throw new AppError('FORBIDDEN', "only admins, or signed-in people of the key's organization, revoke keys");
    }
    if (key.revokedAt) return ApiKeyResponse.from(key);
    key.revokedAt = new Date();
    const saved = await this.saveAudited(principal, 'api-key.revoked', key);
    await this.bus.publish('api-key', key.id);
    return ApiKeyResponse.from(saved);
  }

  private saveAudited(principal: Principal, action: string, key: ApiKey): Promise<ApiKey> {
    return this.audit.saveAndRecord(principal, key, action, 'api-key', (saved) => ({ organizationId: saved.organizationId, scopes: saved.scopes }));
  }

  /**
   * Resolves a presented key to a principal, or explains why it is refused. A key verified in the
   * last VERIFIED_KEY_TTL_MS is taken from memory, by the SHA-256 of the whole key.
   */
  async authenticate(presented: string, via: 'api-key' | 'basic'): Promise<Principal> {
    const hash = hashApiKey(presented).toString('base64');
    const cached = this.verified.get(hash);
    if (cached) return principalOf(cached, via);
    const prefix = apiKeyPrefix(presented);
    const key = prefix ? await this.keys.findOne({ where: { prefix }, relations: { organization: true } }) : null;
    if (!key || !apiKeyMatches(presented, key.secretHash)) {
      throw new AppError('INVALID_CREDENTIALS', 'the API key is not valid');
    }
    // Past this point the caller holds the real secret, so the specific reason is safe to give.
    if (key.revokedAt) throw new AppError('INVALID_CREDENTIALS', 'the API key has been revoked');
    if (key.expiresAt && key.expiresAt.getTime() <= Date.now()) {
      throw new AppError('INVALID_CREDENTIALS', `the API key expired at ${key.expiresAt.toISOString()}`);
    }
    if (key.organization?.status !== 'active') throw new AppError('INVALID_CREDENTIALS', 'the organization of this API key is suspended');
    await this.touch(key.id);
    const verified: VerifiedKey = { apiKeyId: key.id, orgId: key.organizationId, roles: key.scopes.map((s) => SCOPE_ROLES[s]), expiresAt: key.expiresAt?.getTime() ?? null };
    this.verified.set(hash, verified);
    return principalOf(verified, via);
  }

  /** Records use at most once a minute per key, so a busy poller does not write on every request. */
  private async touch(id: string): Promise<void> {
    await this.keys
      .createQueryBuilder()
      .update()
      .set({ lastUsedAt: () => 'now()' })
      .where('id = :id', { id })
      .andWhere("(last_used_at IS NULL OR last_used_at < now() - interval '60 seconds')")
      .execute();
  }
}

function principalOf(key: VerifiedKey, via: 'api-key' | 'basic'): Principal {
  return { orgId: key.orgId, apiKeyId: key.apiKeyId, roles: [...key.roles], via };
}
