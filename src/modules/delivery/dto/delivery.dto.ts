import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDateString, IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import type { WebhookDelivery } from '../webhook-delivery.entity';

export class DeliveryLogQuery {
  @ApiPropertyOptional({ format: 'date-time', description: 'attempts before this time (paging: pass the last attemptedAt of the previous page)' })
  @IsOptional()
  @IsDateString({ strict: true })
  before?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'attempts after this one in the log order (paging without gaps: pass the last id of the previous page)' })
  @IsOptional()
  @IsUUID('all', { message: 'beforeId must be a UUID' })
  beforeId?: string;

  @ApiPropertyOptional({ default: 50, maximum: 500 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;
}

export class WebhookDeliveryResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid', description: 'same for every attempt at one batch; also the JWS `jti` and the bundle id' }) batchId: string;
  @ApiProperty({ description: '1 for the first attempt at the batch' }) attempt: number;
  @ApiProperty({ format: 'date-time' }) attemptedAt: string;
  @ApiProperty() durationMs: number;
  @ApiProperty({ enum: ['delivered', 'failed'] }) outcome: 'delivered' | 'failed';
  @ApiProperty({ nullable: true, type: Number, description: 'HTTP status of the receiver; null when no response came' }) statusCode: number | null;
  @ApiProperty({ nullable: true, type: String }) error: string | null;
  @ApiProperty() objectCount: number;
  @ApiProperty({ description: 'kid of the key that signed the batch' }) signingKid: string;
  @ApiProperty({ nullable: true, type: String, description: 'set on the failed attempt that paused the subscription: why it was paused (resume it once the receiver is fixed)' })
  pausedReason: string | null;

  static from(d: WebhookDelivery): WebhookDeliveryResponse {
    return {
      id: d.id,
      batchId: d.batchId,
      attempt: d.attempt,
      attemptedAt: d.attemptedAt.toISOString(),
      durationMs: d.durationMs,
      outcome: d.outcome,
      statusCode: d.statusCode,
      error: d.error,
      objectCount: d.objectCount,
      signingKid: d.signingKid,
      pausedReason: d.pausedReason,
    };
  }
}

/** RFC 3339 timestamp, with any fraction (TAXII's microseconds included). */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

export class BundleExportQuery {
  @ApiPropertyOptional({ name: 'added_after', example: '2026-11-24T10:00:00.000000Z', description: 'only objects added after this time (exclusive); pass the previous X-ShieldShare-Date-Added-Last to continue' })
  @IsOptional()
  @Matches(TIMESTAMP, { message: 'added_after must be an RFC 3339 timestamp such as 2026-11-24T10:00:00.000Z' })
  added_after?: string;

  @ApiPropertyOptional({ default: 1000, maximum: 10000 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000)
  limit?: number;
}
