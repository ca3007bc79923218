import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsDateString, IsIn, IsInt, IsObject, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import type { ResidualRiskReport, StixBundle } from '../../../anonymizer';
import { TLP_LEVELS, type TlpLevel } from '../../policies/policy-rules';
import { SUBMISSION_STATES, VERDICTS, type Approval, type SubmissionState, type Verdict } from '../submission.entity';

export class CreateSubmissionDto {
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'a STIX 2.1 bundle with at least one object' })
  @IsObject({ message: 'bundle must be a STIX bundle (a JSON object)' })
  bundle: StixBundle;

  @ApiProperty({ enum: TLP_LEVELS, description: 'TLP 2.0 level of everything in the bundle' })
  @IsIn(TLP_LEVELS, { message: `tlp must be one of ${TLP_LEVELS.join(', ')}` })
  tlp: TlpLevel;

  @ApiPropertyOptional({ format: 'uuid', description: 'required for amber and amber+strict: who may receive it' })
  @IsOptional()
  @IsUUID('all', { message: 'sharingGroupId must be a UUID' })
  sharingGroupId?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'publish no earlier than this' })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'embargoUntil must be an ISO 8601 date-time' })
  embargoUntil?: string;

  @ApiPropertyOptional({
    default: false,
    description: "true: you consent to being named as the creator of this submission's published objects (your own organization identity only). Refused (422) under a policy that never attributes",
  })
  @IsOptional()
  @IsBoolean({ message: 'attributionConsent must be true or false' })
  attributionConsent?: boolean;
}

export class ResubmitDto extends CreateSubmissionDto {}

export class WithdrawDto {
  @ApiPropertyOptional({ description: 'why; shown to coordinators' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}

export class SubmissionListQuery {
  @ApiPropertyOptional({ enum: SUBMISSION_STATES })
  @IsOptional()
  @IsIn(SUBMISSION_STATES)
  state?: SubmissionState;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  cursor?: string;
}

export class SubmissionAcceptedResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: SUBMISSION_STATES }) state: SubmissionState;
  @ApiProperty({ example: '/api/v1/submissions/4f1c…' }) statusUrl: string;
  @ApiProperty({ description: 'true when an earlier request with the same Idempotency-Key is answered again' }) replayed: boolean;
}

export class SharingGroupRef {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

export class ApprovalResponse implements Approval {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty({ format: 'date-time' }) at: string;
}

export class OrganizationRef {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() kind: string;
  @ApiProperty({ type: [String] }) sectors: string[];
  @ApiProperty({ nullable: true, type: String }) country: string | null;
}

export class SubmissionSummaryResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: SUBMISSION_STATES }) state: SubmissionState;
  @ApiProperty({ enum: TLP_LEVELS }) tlp: TlpLevel;
  @ApiProperty({ type: SharingGroupRef, nullable: true }) sharingGroup: SharingGroupRef | null;
  @ApiProperty() revision: number;
  @ApiProperty() objectCount: number;
  @ApiProperty({ enum: VERDICTS, nullable: true }) verdict: Verdict | null;
  @ApiProperty({ nullable: true, type: Number }) riskScore: number | null;
  @ApiProperty() policyVersion: string;
  @ApiProperty() policyHash: string;
  @ApiProperty({ description: 'the submitter consented to being named as creator of the published objects' }) attributionConsent: boolean;
  @ApiProperty({ format: 'date-time' }) receivedAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) embargoUntil: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) publishAt: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) publishedAt: string | null;
  @ApiProperty({ type: [ApprovalResponse], description: 'coordinator approvals so far (TLP:CLEAR needs two)' }) approvals: ApprovalResponse[];
  @ApiProperty({ nullable: true, type: String, description: 'the last coordinator message' }) message: string | null;
  @ApiPropertyOptional({ type: OrganizationRef, description: 'the submitter (moderation views only)' }) organization?: OrganizationRef;
}

export class SubmissionPageResponse {
  @ApiProperty({ type: [SubmissionSummaryResponse] }) items: SubmissionSummaryResponse[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}

export class HistoryEntryResponse {
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty() revision: number;
  @ApiProperty({ nullable: true, type: String }) fromState: string | null;
  @ApiProperty() toState: string;
  @ApiProperty() action: string;
  @ApiProperty({ enum: ['submitter', 'coordinator', 'system'] }) actor: string;
  @ApiProperty({ nullable: true, type: String }) message: string | null;
}

export class StixIssueResponse {
  @ApiPropertyOptional() objectId?: string;
  @ApiProperty({ description: 'JSON pointer into the submitted bundle' }) path: string;
  @ApiProperty() rule: string;
  @ApiProperty() message: string;
}

export class SubmissionDetailResponse extends SubmissionSummaryResponse {
  @ApiProperty({ type: [StixIssueResponse], nullable: true, description: 'why the bundle is invalid' }) errors: StixIssueResponse[] | null;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true, description: 'what members would receive' }) anonymizedBundle: StixBundle | null;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true, description: 'the anonymization report: what was removed and why' })
  report: ResidualRiskReport | null;
  @ApiProperty({ type: [HistoryEntryResponse] }) history: HistoryEntryResponse[];
}
