import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDateString,
  IsDefined,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import type { StixBundle } from '../../../anonymizer';
import { ORGANIZATION_KINDS, type OrganizationKind } from '../../orgs/organization.entity';
import { TLP_LEVELS, type TlpLevel } from '../../policies/policy-rules';
import { OrganizationRef, SubmissionDetailResponse, SubmissionSummaryResponse } from '../../submissions/dto/submission.dto';
import { SUBMISSION_STATES, type SubmissionState } from '../../submissions/submission.entity';

export const QUEUE_SORTS = ['oldest', 'newest', 'risk'] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];

export class QueueQuery {
  @ApiPropertyOptional({ enum: SUBMISSION_STATES, description: 'default: every state' })
  @IsOptional()
  @IsIn(SUBMISSION_STATES)
  state?: SubmissionState;

  @ApiPropertyOptional({ enum: TLP_LEVELS })
  @IsOptional()
  @IsIn(TLP_LEVELS)
  tlp?: TlpLevel;

  @ApiPropertyOptional({ enum: ORGANIZATION_KINDS })
  @IsOptional()
  @IsIn(ORGANIZATION_KINDS)
  orgKind?: OrganizationKind;

  @ApiPropertyOptional({ example: 'energy' })
  @IsOptional()
  @Matches(/^[a-z0-9-]{2,64}$/)
  sector?: string;

  @ApiPropertyOptional({ description: 'received at least this many hours ago' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(87_600)
  minAgeHours?: number;

  @ApiPropertyOptional({ description: 'received at most this many hours ago' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(87_600)
  maxAgeHours?: number;

  @ApiPropertyOptional({ enum: QUEUE_SORTS, default: 'oldest' })
  @IsOptional()
  @IsIn(QUEUE_SORTS)
  sort?: QueueSort;

  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 300)
  cursor?: string;
}

export class QueuePageResponse {
  @ApiProperty({ type: [SubmissionSummaryResponse] }) items: SubmissionSummaryResponse[];
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, description: 'submissions per state under the same filters (state aside)' })
  counts: Record<string, number>;
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}

export class DiffEntryResponse {
  @ApiProperty({ enum: ['changed', 'removed', 'added'] }) kind: string;
  @ApiProperty({ nullable: true, type: String }) rawObjectId: string | null;
  @ApiProperty({ nullable: true, type: String }) objectId: string | null;
  @ApiProperty({ description: "JSON pointer inside the object; '' for the whole object" }) path: string;
  @ApiPropertyOptional() before?: unknown;
  @ApiPropertyOptional() after?: unknown;
}

export class ModerationDetailResponse extends SubmissionDetailResponse {
  @ApiProperty({ type: OrganizationRef }) declare organization: OrganizationRef;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true, description: 'the raw submission; null once purged' }) rawBundle: StixBundle | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) rawPurgedAt: string | null;
  @ApiProperty({ type: [DiffEntryResponse], description: 'raw → anonymized, object by object (empty once the raw content is purged)' }) diff: DiffEntryResponse[];
}

export class ApproveDto {
  @ApiPropertyOptional({ format: 'date-time', description: 'embargo: publish at this time (default: the submitter’s embargoUntil, else now)' })
  @IsOptional()
  @IsDateString({ strict: true })
  publishAt?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'AMBER: narrow the sharing group at approval' })
  @IsOptional()
  @IsUUID()
  sharingGroupId?: string;

  @ApiPropertyOptional({ description: 'required to approve a blocked verdict, to publish before the requested embargo, or to widen the sharing group' })
  @IsOptional()
  @IsString()
  @Length(10, 2000)
  justification?: string;
}

export class RejectDto {
  @ApiProperty({ description: 'shown to the submitter' })
  @IsString()
  @Length(3, 4000)
  reason: string;
}

export class RequestChangesDto {
  @ApiProperty({ description: 'what to change; shown to the submitter' })
  @IsString()
  @Length(3, 4000)
  message: string;
}

export class RedactionOperationDto {
  @ApiProperty({ enum: ['redact', 'replace'], description: 'redact removes more; replace puts a value in and needs a justification' })
  @IsIn(['redact', 'replace'])
  op: 'redact' | 'replace';

  @ApiProperty({ example: 'indicator--…' })
  @IsString()
  @Length(3, 300)
  objectId: string;

  @ApiProperty({ example: '/description', description: "JSON pointer inside the object; '' removes the whole object" })
  @IsString()
  @MaxLength(500)
  path: string;

  @ApiPropertyOptional({ description: 'redact only this text within a string value' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  match?: string;

  @ApiPropertyOptional({ description: 'replace: the new value' })
  @IsOptional()
  value?: unknown;
}

export class RedactionsDto {
  @ApiProperty({ type: [RedactionOperationDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => RedactionOperationDto)
  operations: RedactionOperationDto[];

  @ApiPropertyOptional({ description: 'required when any operation is a replace' })
  @IsOptional()
  @IsString()
  @Length(10, 2000)
  justification?: string;
}

export class ChangeSharingGroupDto {
  @ApiProperty({ format: 'uuid' })
  @IsDefined()
  @IsUUID()
  sharingGroupId: string;

  @ApiPropertyOptional({ description: 'required when the new group has organizations the current one lacks (widening)' })
  @IsOptional()
  @IsString()
  @Length(10, 2000)
  justification?: string;
}

export class AutoApprovalDto {
  @ApiProperty()
  @IsIn([true, false])
  enabled: boolean;
}
