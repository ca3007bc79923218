import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDateString, IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import type { AuditEvent } from '../audit-event.entity';

export class AuditQueryDto {
  @ApiPropertyOptional({ example: 'organization.created', description: 'exact action, or a prefix ending in * (`submission.*`)' })
  @IsOptional()
  @Matches(/^[a-z0-9_.-]+\*?$/, { message: 'action must be an action name such as organization.created, or a prefix ending in *' })
  action?: string;

  @ApiPropertyOptional({ example: 'organization' })
  @IsOptional()
  @Matches(/^[a-z0-9_-]+$/, { message: 'targetType must be a lower-case name such as organization' })
  targetType?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(/^[A-Za-z0-9_.:-]{1,200}$/, { message: 'targetId must be an id' })
  targetId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  actorOrgId?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @IsDateString({ strict: true })
  since?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @IsDateString({ strict: true })
  until?: string;

  @ApiPropertyOptional({ description: 'return events older than this sequence number (the previous page\'s nextBefore)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  before?: number;

  @ApiPropertyOptional({ default: 100, maximum: 1000 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit?: number;
}

export class AuditEventResponse {
  @ApiProperty() seq: number;
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date-time' }) occurredAt: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) actorOrgId: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) actorUserId: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) actorApiKeyId: string | null;
  @ApiProperty() actorVia: string;
  @ApiProperty() action: string;
  @ApiProperty() targetType: string;
  @ApiProperty({ nullable: true, type: String }) targetId: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) details: Record<string, unknown>;
  @ApiProperty({ description: 'hex SHA-256 of the previous link' }) prevHash: string;
  @ApiProperty({ description: 'hex SHA-256 of this link' }) hash: string;

  static from(event: AuditEvent): AuditEventResponse {
    return {
      seq: Number(event.seq),
      id: event.id,
      occurredAt: event.occurredAt.toISOString(),
      actorOrgId: event.actorOrgId,
      actorUserId: event.actorUserId,
      actorApiKeyId: event.actorApiKeyId,
      actorVia: event.actorVia,
      action: event.action,
      targetType: event.targetType,
      targetId: event.targetId,
      details: event.details,
      prevHash: event.prevHash.toString('hex'),
      hash: event.hash.toString('hex'),
    };
  }
}

export class AuditPageResponse {
  @ApiProperty({ type: [AuditEventResponse] }) events: AuditEventResponse[];
  @ApiProperty({ nullable: true, type: Number, description: 'pass as `before` for the next (older) page' }) nextBefore: number | null;
}

export class AuditBrokenLink {
  @ApiProperty() seq: number;
  @ApiProperty({ enum: ['hash-mismatch', 'prev-hash-mismatch', 'gap'] }) reason: 'hash-mismatch' | 'prev-hash-mismatch' | 'gap';
}

export class AuditVerifyResponse {
  @ApiProperty() valid: boolean;
  @ApiProperty({ description: 'links checked' }) checked: number;
  @ApiProperty({ type: AuditBrokenLink, nullable: true }) firstBroken: AuditBrokenLink | null;
}
