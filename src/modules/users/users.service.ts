import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { isStaff, Principal } from '../../common/auth/principal';
import type { Role } from '../../common/auth/role';
import { AppError } from '../../common/problem/app-error';
import { isUniqueViolation } from '../../database/postgres-errors';
import { AuditService } from '../audit/audit.service';
import { Organization } from '../orgs/organization.entity';
import { OrgsService } from '../orgs/orgs.service';
import { CreateUserDto, UpdateUserDto, UserResponse } from './dto/user.dto';
import { hashPassword } from './password';
import { User } from './user.entity';

const STAFF_ROLES: Role[] = ['coordinator', 'admin'];

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly orgs: OrgsService,
    private readonly audit: AuditService,
  ) {}

  async create(principal: Principal, orgId: string, dto: CreateUserDto): Promise<UserResponse> {
    const org = await this.orgs.findVisible(principal, orgId);
    assertRolesFit(org, dto.roles);
    const user = this.users.create({
      organizationId: org.id,
      email: dto.email.trim().toLowerCase(),
      displayName: dto.displayName.trim(),
      passwordHash: await hashPassword(dto.password),
      roles: dto.roles,
    });
    return UserResponse.from(await this.saveAudited(principal, user, 'user.created', { roles: user.roles }));
  }

  async list(principal: Principal, orgId: string): Promise<UserResponse[]> {
    const org = await this.orgs.findVisible(principal, orgId);
    const users = await this.users.find({ where: { organizationId: org.id }, order: { email: 'ASC' } });
    return users.map(UserResponse.from);
  }

  async update(principal: Principal, id: string, dto: UpdateUserDto): Promise<UserResponse> {
    const user = await this.users.findOne({ where: { id }, relations: { organization: true } });
    if (!user || (!isStaff(principal) && user.organizationId !== principal.orgId)) {
      throw new AppError('USER_NOT_FOUND', 'no user with this id is visible to you');
    }
    if (dto.roles !== undefined) {
      assertRolesFit(user.organization!, dto.roles);
      user.roles = dto.roles;
    }
    if (dto.displayName !== undefined) user.displayName = dto.displayName.trim();
    if (dto.status !== undefined) user.status = dto.status;
    if (dto.password !== undefined) user.passwordHash = await hashPassword(dto.password);
    delete user.organization;
    const changed = Object.keys(dto).filter((key) => dto[key as keyof UpdateUserDto] !== undefined);
    return UserResponse.from(await this.saveAudited(principal, user, 'user.updated', { changed, roles: user.roles, status: user.status }));
  }

  /** Emails are personal data: the audit event names the user by id only. */
  private async saveAudited(principal: Principal, user: User, action: string, details: Record<string, unknown>): Promise<User> {
    try {
      return await this.audit.saveAndRecord(principal, user, action, 'user', (saved) => ({ organizationId: saved.organizationId, ...details }));
    } catch (error) {
      if (isUniqueViolation(error, 'uq_users_email')) throw new AppError('EMAIL_TAKEN', 'a user with this email already exists');
      throw error;
    }
  }
}

/** Exchange staff roles belong to the exchange's own (coordinator) organization only. */
function assertRolesFit(org: Organization, roles: Role[]): void {
  const staffRole = roles.find((role) => STAFF_ROLES.includes(role));
  if (staffRole && org.kind !== 'coordinator') {
    throw new AppError('ROLE_NOT_ALLOWED', `the ${staffRole} role is only for users of the exchange's coordinator organization`);
  }
}
