import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMinSize, ArrayUnique, IsArray, IsIn, IsInt, IsObject, IsString, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import type { AnonymizerPolicy } from '../../../anonymizer';
import type { PolicyAcceptance } from '../policy-acceptance.entity';
import type { Policy } from '../policy.entity';
import { TLP_LEVELS, type PolicyRules, type TlpLevel } from '../policy-rules';

export class PolicyRulesDto implements PolicyRules {
  @ApiProperty({ minimum: 0, maximum: 3650 })
  @IsInt()
  @Min(0)
  @Max(3650)
  retentionDays: number;

  @ApiProperty({ enum: TLP_LEVELS, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(TLP_LEVELS, { each: true })
  allowedTlp: TlpLevel[];

  @ApiProperty({ enum: ['never', 'with-consent'] })
  @IsIn(['never', 'with-consent'])
  attribution: 'never' | 'with-consent';

  @ApiProperty({ type: 'object', additionalProperties: true, description: 'anonymizer rules (see the shipped policy for the shape)' })
  @IsObject()
  anonymizer: AnonymizerPolicy;
}

export class PublishPolicyDto {
  @ApiProperty({ example: '1.1.0' })
  @Matches(/^\d+\.\d+\.\d+$/, { message: 'version must be a semantic version such as 1.1.0' })
  version: string;

  @ApiProperty()
  @IsString()
  @Length(3, 200)
  title: string;

  @ApiProperty({ description: 'the human text, markdown' })
  @IsString()
  @Length(100, 200_000)
  text: string;

  @ApiProperty({ type: PolicyRulesDto })
  @ValidateNested()
  @Type(() => PolicyRulesDto)
  rules: PolicyRulesDto;
}

export class AcceptPolicyDto {
  @ApiProperty({ description: 'the contentHash of the version you read: proves what you accepted' })
  @Matches(/^sha256:[0-9a-f]{64}$/, { message: 'contentHash must be the policy\'s sha256:<hex> content hash' })
  contentHash: string;
}

export class PolicyResponse {
  @ApiProperty() version: string;
  @ApiProperty() title: string;
  @ApiProperty() text: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) rules: PolicyRules;
  @ApiProperty() contentHash: string;
  @ApiProperty({ format: 'date-time' }) publishedAt: string;
  @ApiProperty() current: boolean;

  static from(policy: Policy, currentVersion: string): PolicyResponse {
    return {
      version: policy.version,
      title: policy.title,
      text: policy.text,
      rules: policy.rules,
      contentHash: policy.contentHash,
      publishedAt: policy.publishedAt.toISOString(),
      current: policy.version === currentVersion,
    };
  }
}

export class PolicySummaryResponse {
  @ApiProperty() version: string;
  @ApiProperty() title: string;
  @ApiProperty() contentHash: string;
  @ApiProperty({ format: 'date-time' }) publishedAt: string;
  @ApiProperty() current: boolean;
}

export class PolicyAcceptanceResponse {
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() policyVersion: string;
  @ApiProperty() contentHash: string;
  @ApiProperty({ format: 'date-time' }) acceptedAt: string;

  static from(acceptance: PolicyAcceptance): PolicyAcceptanceResponse {
    return {
      organizationId: acceptance.organizationId,
      userId: acceptance.userId,
      policyVersion: acceptance.policyVersion,
      contentHash: acceptance.contentHash,
      acceptedAt: acceptance.acceptedAt.toISOString(),
    };
  }
}

export class AcceptanceStatusResponse {
  @ApiProperty() currentVersion: string;
  @ApiProperty() currentContentHash: string;
  @ApiProperty() accepted: boolean;
  @ApiPropertyOptional({ type: PolicyAcceptanceResponse, nullable: true }) acceptance: PolicyAcceptanceResponse | null;
}
