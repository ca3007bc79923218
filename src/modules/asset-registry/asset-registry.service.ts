import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { AppError } from '../../common/problem/app-error';
import { isUniqueViolation } from '../../database/postgres-errors';
import { AuditService } from '../audit/audit.service';
import { AtRestEncryption } from '../signing/at-rest-encryption';
import { checkRegistry, countsOf, emptyRegistry, type AssetRegistryDocument } from './asset-registry-document';
import { AssetRegistry } from './asset-registry.entity';
import { AssetRegistryResponse, PutAssetRegistryDto } from './dto/asset-registry.dto';

/**
 * An organization's own asset registry. Only its submitters (people and submit-scoped keys)
 * read and replace it; the values are never logged or audited, only counts per kind.
 */
@Injectable()
export class AssetRegistryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly encryption: AtRestEncryption,
    private readonly audit: AuditService,
  ) {}

  async get(who: Principal): Promise<AssetRegistryResponse> {
    const row = await this.dataSource.getRepository(AssetRegistry).findOneBy({ organizationId: who.orgId });
    return toResponse(row, row ? this.open(row) : emptyRegistry());
  }

  /** Replaces the whole document when `ifMatch` names the stored version (optimistic concurrency). */
  async replace(who: Principal, dto: PutAssetRegistryDto, ifMatch: string | undefined): Promise<AssetRegistryResponse> {
    if (ifMatch === undefined) {
      throw new AppError('PRECONDITION_REQUIRED', 'send If-Match with the ETag of the registry you read ("0" before the first save), so that a concurrent change is not overwritten');
    }
    const checked = checkRegistry(dto);
    if ('issues' in checked) {
      const [first] = checked.issues;
      throw new AppError('INVALID_ASSET_REGISTRY', `${checked.issues.length} invalid entr${checked.issues.length === 1 ? 'y' : 'ies'}; the first, ${first.pointer}: ${first.message}`, { errors: checked.issues });
    }
    const document = checked.document;
    try {
      return await this.dataSource.transaction(async (em) => {
        const repo = em.getRepository(AssetRegistry);
        const current = await repo.findOne({ where: { organizationId: who.orgId }, lock: { mode: 'pessimistic_write' } });
        const version = current?.version ?? 0;
        if (!etagMatches(ifMatch, version, current !== null)) throw changedMeanwhile(version);
        const row: AssetRegistry = {
          organizationId: who.orgId,
          version: version + 1,
          documentSealed: this.encryption.seal('asset-registry', JSON.stringify(document), aad(who.orgId, version + 1)),
          updatedAt: new Date(),
          updatedByUserId: who.userId ?? null,
          updatedByApiKeyId: who.apiKeyId ?? null,
        };
        if (current) await repo.update({ organizationId: who.orgId }, row);
        else await repo.insert(row);
        await this.audit.record(em, who, 'asset-registry.replaced', { type: 'asset-registry', id: who.orgId }, { version: row.version, counts: countsOf(document) });
        return toResponse(row, document);
      });
    } catch (error) {
      // Two first saves at once: the loser's If-Match "0" no longer holds.
      if (isUniqueViolation(error, 'pk_asset_registries')) throw changedMeanwhile(1);
      throw error;
    }
  }

  /**
   * The stored registry for the anonymizer; empty when none is stored. A stored registry that
   * does not open throws, so nothing is anonymized without it (fail closed).
   */
  async documentOf(orgId: string, em: EntityManager = this.dataSource.manager): Promise<AssetRegistryDocument> {
    const row = await em.getRepository(AssetRegistry).findOneBy({ organizationId: orgId });
    return row ? this.open(row) : emptyRegistry();
  }

  private open(row: AssetRegistry): AssetRegistryDocument {
    return { ...emptyRegistry(), ...(JSON.parse(this.encryption.open('asset-registry', row.documentSealed, aad(row.organizationId, row.version)).toString('utf8')) as Partial<AssetRegistryDocument>) };
  }
}

function aad(orgId: string, version: number): string {
  return `asset-registry:${orgId}:${version}`;
}

/** RFC 9110 §13.1.1: strong comparison; `*` matches any stored registry. */
function etagMatches(ifMatch: string, version: number, exists: boolean): boolean {
  return ifMatch.split(',').some((tag) => {
    const t = tag.trim();
    return (t === '*' && exists) || t === `"${version}"`;
  });
}

function changedMeanwhile(version: number): AppError {
  return new AppError('PRECONDITION_FAILED', `the registry is at version ${version}, not the one your If-Match names; read it again, reapply your change and send its ETag`);
}

function toResponse(row: AssetRegistry | null, document: AssetRegistryDocument): AssetRegistryResponse {
  return { version: row?.version ?? 0, updatedAt: row ? row.updatedAt.toISOString() : null, ...document, counts: countsOf(document) };
}
