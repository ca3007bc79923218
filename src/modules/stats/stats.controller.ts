import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '../../common/auth/principal';
import { CurrentPrincipal } from '../../common/auth/principal.decorator';
import { Roles } from '../../common/auth/roles.decorator';
import { DashboardQuery, DashboardStatsResponse } from './dto/dashboard-stats.dto';
import { StatsService } from './stats.service';

@ApiBearerAuth()
@ApiCookieAuth('ss_session')
@ApiTags('stats')
@Controller('api/v1/stats')
export class StatsController {
  constructor(private readonly stats: StatsService) {}

  @Get('dashboard')
  @Roles('coordinator', 'admin')
  @ApiOkResponse({ type: DashboardStatsResponse, description: 'submissions, publication times, published indicators and sectors over the last `days` days' })
  dashboard(@CurrentPrincipal() who: Principal, @Query() query: DashboardQuery): Promise<DashboardStatsResponse> {
    return this.stats.dashboard(who, query);
  }
}
