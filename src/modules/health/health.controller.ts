import { Controller, Get, Header, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../../common/auth/public.decorator';
import { MetricsService } from './metrics.service';

export class HealthResponse {
  @ApiProperty({ enum: ['ok', 'unavailable'] }) status: 'ok' | 'unavailable';
  @ApiProperty({ enum: ['up', 'down'] }) database: 'up' | 'down';
  @ApiProperty() uptimeSeconds: number;
}

const DATABASE_CHECK_TIMEOUT_MS = 2_000;

@ApiTags('health')
@Controller()
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly metrics: MetricsService,
  ) {}

  /** 200 when the database answers, 503 otherwise: load balancers read the status. */
  @Get('health')
  @Public()
  @ApiOkResponse({ type: HealthResponse })
  async health(@Res({ passthrough: true }) res: Response): Promise<HealthResponse> {
    const up = await this.databaseAnswers();
    if (!up) res.status(503);
    return { status: up ? 'ok' : 'unavailable', database: up ? 'up' : 'down', uptimeSeconds: Math.round(process.uptime()) };
  }

  /** Prometheus exposition; carries no personal data, only counts and durations. */
  @Get('metrics')
  @Public()
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  @ApiOkResponse({ description: "Prometheus text exposition" })
  metricsText(): Promise<string> {
    return this.metrics.render();
  }

  private async databaseAnswers(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), DATABASE_CHECK_TIMEOUT_MS)));
    try {
      const check = this.dataSource.query('SELECT 1').then(() => true, () => false);
      return await Promise.race([check, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
