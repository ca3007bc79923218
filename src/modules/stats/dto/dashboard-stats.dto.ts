import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export class DashboardQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 365, default: 30, description: 'days back from today (UTC), today included' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(365)
  days?: number;
}

export class DayCounts {
  @ApiProperty({ example: '2026-11-20', description: 'UTC day' }) day: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, example: { pending_review: 3, published: 5 } }) counts: Record<string, number>;
}

export class DayMedian {
  @ApiProperty({ example: '2026-11-20' }) day: string;
  @ApiProperty({ nullable: true, type: Number, description: 'median hours from receipt to publication of what was published that day' }) medianHours: number | null;
  @ApiProperty() count: number;
}

export class TimeToPublication {
  @ApiProperty({ nullable: true, type: Number }) medianHours: number | null;
  @ApiProperty({ nullable: true, type: Number }) p90Hours: number | null;
  @ApiProperty({ description: 'submissions published in the period' }) count: number;
  @ApiProperty({ type: [DayMedian] }) perDay: DayMedian[];
}

export class SectorCount {
  @ApiProperty() sector: string;
  @ApiProperty() submissions: number;
}

export class DashboardStatsResponse {
  @ApiProperty({ example: '2026-10-22' }) from: string;
  @ApiProperty({ example: '2026-11-20' }) to: string;
  @ApiProperty() days: number;
  @ApiProperty({ type: [DayCounts], description: 'submissions received per day, by their current state' }) submissionsPerDay: DayCounts[];
  @ApiProperty({ type: TimeToPublication }) timeToPublication: TimeToPublication;
  @ApiProperty({ type: [DayCounts], description: 'indicators published per day, by the first observable type of their pattern' }) indicatorsPerDay: DayCounts[];
  @ApiProperty({ type: [SectorCount], description: 'submitter sectors in the period, most submissions first (at most 8)' }) topSectors: SectorCount[];
  @ApiProperty({ description: 'submissions waiting for review now' }) pendingReview: number;
}
