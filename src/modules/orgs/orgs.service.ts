import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { isStaff, Principal } from '../../common/auth/principal';
import { AppError } from '../../common/problem/app-error';
import { isUniqueViolation } from '../../database/postgres-errors';
import { AuditService } from '../audit/audit.service';
import { InvalidationBus } from '../invalidation/invalidation-bus';
import { CreateOrganizationDto, OrganizationResponse, UpdateOrganizationDto } from './dto/organization.dto';
import { Organization } from './organization.entity';

@Injectable()
export class OrgsService {
  constructor(
    @InjectRepository(Organization) private readonly orgs: Repository<Organization>,
    private readonly audit: AuditService,
    private readonly bus: InvalidationBus,
  ) {}

  async create(principal: Principal, dto: CreateOrganizationDto): Promise<OrganizationResponse> {
    const org = this.orgs.create({ name: dto.name.trim(), kind: dto.kind, sectors: dto.sectors ?? [], country: dto.country ?? null });
    return OrganizationResponse.from(await this.saveAudited(principal, org, 'organization.created', { kind: org.kind }));
  }

  /** Staff see every organization; everyone else sees only their own. */
  async list(principal: Principal): Promise<OrganizationResponse[]> {
    const orgs = isStaff(principal)
      ? await this.orgs.find({ order: { name: 'ASC' } })
      : await this.orgs.find({ where: { id: principal.orgId } });
    return orgs.map(OrganizationResponse.from);
  }

  async get(principal: Principal, id: string): Promise<OrganizationResponse> {
    return OrganizationResponse.from(await this.findVisible(principal, id));
  }

  async update(principal: Principal, id: string, dto: UpdateOrganizationDto): Promise<OrganizationResponse> {
    const org = await this.findVisible(principal, id);
    if (dto.name !== undefined) org.name = dto.name.trim();
    if (dto.sectors !== undefined) org.sectors = dto.sectors;
    if (dto.country !== undefined) org.country = dto.country;
    if (dto.status !== undefined) org.status = dto.status;
    const changed = Object.keys(dto).filter((key) => dto[key as keyof UpdateOrganizationDto] !== undefined);
    const saved = await this.saveAudited(principal, org, 'organization.updated', { changed, status: org.status });
    // Its API keys are cached as verified by every process: a suspension must reach them all.
    if (dto.status !== undefined) await this.bus.publish('organization', org.id);
    return OrganizationResponse.from(saved);
  }

  /** Another organization's row answers 404 like a missing one, so existence does not leak. */
  async findVisible(principal: Principal, id: string): Promise<Organization> {
    if (!isStaff(principal) && principal.orgId !== id) throw notFound();
    const org = await this.orgs.findOneBy({ id });
    if (!org) throw notFound();
    return org;
  }

  private async saveAudited(principal: Principal, org: Organization, action: string, details: Record<string, unknown>): Promise<Organization> {
    try {
      return await this.audit.saveAndRecord(principal, org, action, 'organization', () => details);
    } catch (error) {
      if (isUniqueViolation(error, 'uq_organizations_name')) {
        throw new AppError('ORGANIZATION_NAME_TAKEN', 'an organization with this name already exists');
      }
      throw error;
    }
  }
}

function notFound(): AppError {
  return new AppError('ORGANIZATION_NOT_FOUND', 'no organization with this id is visible to you');
}
