import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { isStaff, type Principal } from '../../common/auth/principal';
import { AppError } from '../../common/problem/app-error';
import { isForeignKeyViolation, isUniqueViolation } from '../../database/postgres-errors';
import { AuditService } from '../audit/audit.service';
import { Organization } from '../orgs/organization.entity';
import { Submission } from '../submissions/submission.entity';
import { CreateSharingGroupDto, SharingGroupResponse, UpdateSharingGroupDto } from './dto/sharing-group.dto';
import { SharingGroup, SharingGroupMember } from './sharing-group.entity';

/** Coordinators manage groups; organizations see the groups they belong to, to pick one for AMBER. */
@Injectable()
export class SharingGroupsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(who: Principal): Promise<SharingGroupResponse[]> {
    const qb = this.dataSource.getRepository(SharingGroup).createQueryBuilder('g').leftJoinAndSelect('g.members', 'm').orderBy('g.name', 'ASC');
    if (!isStaff(who)) qb.where('g.id IN (SELECT sharing_group_id FROM sharing_group_members WHERE organization_id = :orgId)', { orgId: who.orgId });
    return (await qb.getMany()).map((g) => toResponse(g, who));
  }

  async get(who: Principal, id: string): Promise<SharingGroupResponse> {
    const group = await this.findVisible(this.dataSource.manager, who, id);
    return toResponse(group, who);
  }

  async create(who: Principal, dto: CreateSharingGroupDto): Promise<SharingGroupResponse> {
    return this.write(async (em) => {
      await assertOrganizationsExist(em, dto.memberOrgIds);
      const group = await em.getRepository(SharingGroup).save(em.getRepository(SharingGroup).create({ name: dto.name, description: dto.description ?? '' }));
      await em.getRepository(SharingGroupMember).insert(dto.memberOrgIds.map((organizationId) => ({ sharingGroupId: group.id, organizationId })));
      await this.audit.record(em, who, 'sharing_group.created', { type: 'sharing_group', id: group.id }, { name: group.name, memberOrgIds: dto.memberOrgIds });
      return toResponse(await this.findVisible(em, who, group.id), who);
    });
  }

  /**
   * Adding members to a group that submissions already use widens who receives their AMBER
   * content, so it needs a recorded justification; removing members (narrowing) does not.
   */
  async update(who: Principal, id: string, dto: UpdateSharingGroupDto): Promise<SharingGroupResponse> {
    return this.write(async (em) => {
      const group = await this.findVisible(em, who, id);
      const before = (group.members ?? []).map((m) => m.organizationId);
      let added: string[] = [];
      let removed: string[] = [];
      if (dto.memberOrgIds) {
        added = dto.memberOrgIds.filter((o) => !before.includes(o));
        removed = before.filter((o) => !dto.memberOrgIds!.includes(o));
        await assertOrganizationsExist(em, added);
        if (added.length > 0 && !dto.justification && (await em.getRepository(Submission).existsBy({ sharingGroupId: id }))) {
          throw new AppError('JUSTIFICATION_REQUIRED', 'this group is used by submissions; adding members widens who receives them, so give a justification');
        }
        if (removed.length > 0) await em.getRepository(SharingGroupMember).delete({ sharingGroupId: id, organizationId: In(removed) });
        if (added.length > 0) await em.getRepository(SharingGroupMember).insert(added.map((organizationId) => ({ sharingGroupId: id, organizationId })));
      }
      if (dto.name !== undefined) group.name = dto.name;
      if (dto.description !== undefined) group.description = dto.description;
      group.updatedAt = new Date();
      await em.getRepository(SharingGroup).save({ id: group.id, name: group.name, description: group.description, updatedAt: group.updatedAt });
      await this.audit.record(em, who, 'sharing_group.updated', { type: 'sharing_group', id }, {
        added,
        removed,
        renamed: dto.name !== undefined,
        ...(dto.justification ? { justification: dto.justification } : {}),
      });
      return toResponse(await this.findVisible(em, who, id), who);
    });
  }

  async remove(who: Principal, id: string): Promise<void> {
    await this.write(async (em) => {
      await this.findVisible(em, who, id);
      await em.getRepository(SharingGroup).delete({ id });
      await this.audit.record(em, who, 'sharing_group.deleted', { type: 'sharing_group', id });
    });
  }

  /** The group a request body names; 422 rather than 404, since the URL itself was found. */
  async referenced(em: EntityManager, id: string): Promise<SharingGroup> {
    const group = await em.getRepository(SharingGroup).findOne({ where: { id }, relations: { members: true } });
    if (!group) throw new AppError('UNKNOWN_SHARING_GROUP', `no sharing group ${id}`);
    return group;
  }

  private async findVisible(em: EntityManager, who: Principal, id: string): Promise<SharingGroup> {
    const group = await em.getRepository(SharingGroup).findOne({ where: { id }, relations: { members: true } });
    const visible = group && (isStaff(who) || (group.members ?? []).some((m) => m.organizationId === who.orgId));
    if (!visible) throw new AppError('SHARING_GROUP_NOT_FOUND', `no sharing group ${id}`);
    return group;
  }

  private async write<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      if (isUniqueViolation(error, 'uq_sharing_groups_name')) throw new AppError('SHARING_GROUP_NAME_TAKEN', 'a sharing group with this name already exists');
      if (isForeignKeyViolation(error)) throw new AppError('SHARING_GROUP_IN_USE', 'submissions or published objects use this group; narrow its members instead of deleting it');
      throw error;
    }
  }
}

async function assertOrganizationsExist(em: EntityManager, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const found = await em.getRepository(Organization).find({ where: { id: In(ids) }, select: { id: true } });
  const missing = ids.filter((id) => !found.some((o) => o.id === id));
  if (missing.length > 0) throw new AppError('UNKNOWN_ORGANIZATION', `no organization ${missing.join(', ')}`);
}

/** Members never learn who else is in a group; coordinators do. */
function toResponse(group: SharingGroup, who: Principal): SharingGroupResponse {
  return {
    id: group.id,
    name: group.name,
    description: group.description,
    memberOrgIds: isStaff(who) ? (group.members ?? []).map((m) => m.organizationId).sort() : [],
    createdAt: group.createdAt.toISOString(),
    updatedAt: group.updatedAt.toISOString(),
  };
}
