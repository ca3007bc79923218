import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { Trim } from '../../../common/validation/trim.decorator';
import { DELIVERY_MODES, type DeliveryMode, type Subscription } from '../subscription.entity';

const START_FROM = ['now', 'beginning'] as const;
const STIX_TYPE = /^[a-z0-9][a-z0-9-]{0,249}$/;

class SubscriptionFields {
  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'TAXII collections (any of); empty or absent: everything the organization may see' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  collectionIds?: string[];

  @ApiPropertyOptional({ type: [String], example: ['indicator', 'malware'], description: 'STIX object types (any of)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @Matches(STIX_TYPE, { each: true, message: 'each type must be a STIX type name like indicator' })
  types?: string[];

  @ApiPropertyOptional({ type: [String], example: ['energy'], description: "the submitting organization's sectors (any of)" })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  sectors?: string[];

  @ApiPropertyOptional({ type: [String], example: ['smart-meter'], description: 'STIX labels (any of)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsString({ each: true })
  @Length(1, 250, { each: true })
  labels?: string[];

  @ApiPropertyOptional({ minimum: 0, maximum: 100, nullable: true, type: Number, description: 'objects with at least this confidence; objects without a confidence are left out' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  minConfidence?: number | null;
}

export class CreateSubscriptionDto extends SubscriptionFields {
  @ApiProperty({ example: 'Smart-meter C2 to our SIEM' })
  @Trim()
  @IsString()
  @Length(1, 120)
  name: string;

  @ApiProperty({ enum: DELIVERY_MODES, description: 'poll: read over TAXII or the bundle export; webhook: signed pushes to webhookUrl' })
  @IsIn(DELIVERY_MODES)
  mode: DeliveryMode;

  @ApiPropertyOptional({ example: 'https://siem.example.org/shieldshare', description: 'required for webhook: https (http only to localhost when the exchange allows it)' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  webhookUrl?: string;

  @ApiPropertyOptional({ description: 'optional HMAC-SHA256 secret for the X-ShieldShare-HMAC header; write-only', minLength: 16, maxLength: 256 })
  @IsOptional()
  @IsString()
  @Length(16, 256)
  webhookSecret?: string;

  @ApiPropertyOptional({ enum: START_FROM, default: 'now', description: 'webhook: deliver objects published from now on, or everything already published too' })
  @IsOptional()
  @IsIn(START_FROM)
  startFrom?: (typeof START_FROM)[number];
}

export class UpdateSubscriptionDto extends SubscriptionFields {
  @ApiPropertyOptional()
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 120)
  name?: string;

  @ApiPropertyOptional({ enum: DELIVERY_MODES })
  @IsOptional()
  @IsIn(DELIVERY_MODES)
  mode?: DeliveryMode;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  webhookUrl?: string;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'a new HMAC secret, or null to stop sending X-ShieldShare-HMAC' })
  @ValidateIf((_, value) => value !== undefined && value !== null)
  @IsString()
  @Length(16, 256)
  webhookSecret?: string | null;
}

export class SubscriptionResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: [String], format: 'uuid' }) collectionIds: string[];
  @ApiProperty({ type: [String] }) types: string[];
  @ApiProperty({ type: [String] }) sectors: string[];
  @ApiProperty({ type: [String] }) labels: string[];
  @ApiProperty({ nullable: true, type: Number }) minConfidence: number | null;
  @ApiProperty({ enum: DELIVERY_MODES }) mode: DeliveryMode;
  @ApiProperty({ nullable: true, type: String }) webhookUrl: string | null;
  @ApiProperty({ description: 'whether deliveries carry X-ShieldShare-HMAC (the secret itself is never returned)' }) hasWebhookSecret: boolean;
  @ApiProperty({ enum: ['active', 'paused'] }) status: 'active' | 'paused';
  @ApiProperty({ nullable: true, type: String, description: 'why deliveries are paused (e.g. repeated failures); resume with POST …/resume' }) pausedReason: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) pausedAt: string | null;
  @ApiProperty({ description: 'failed attempts since the last successful delivery' }) consecutiveFailures: number;
  @ApiProperty({ nullable: true, type: String }) lastError: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) lastDeliveredAt: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String, description: 'next retry, while backing off' }) nextAttemptAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;

  static from(s: Subscription): SubscriptionResponse {
    return {
      id: s.id,
      organizationId: s.organizationId,
      name: s.name,
      collectionIds: s.collectionIds,
      types: s.types,
      sectors: s.sectors,
      labels: s.labels,
      minConfidence: s.minConfidence,
      mode: s.mode,
      webhookUrl: s.webhookUrl,
      hasWebhookSecret: s.webhookSecretEncrypted !== null,
      status: s.status,
      pausedReason: s.pausedReason,
      pausedAt: s.pausedAt?.toISOString() ?? null,
      consecutiveFailures: s.consecutiveFailures,
      lastError: s.lastError,
      lastDeliveredAt: s.lastDeliveredAt?.toISOString() ?? null,
      nextAttemptAt: s.nextAttemptAt?.toISOString() ?? null,
      createdAt: s.createdAt.toISOString(),
      updatedAt: s.updatedAt.toISOString(),
    };
  }
}
