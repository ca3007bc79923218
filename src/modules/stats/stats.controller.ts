import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '../../common/auth/principal';
import { CurrentPrincipal } from '../../common/auth/principal.decorator';
import { Roles } from '../../common/auth/roles.decorator';
import { DashboardQuery, DashboardStatsResponse } from './dto/dashboard-stats.dto';
import { FeedStatsResponse } from './dto/feed-stats.dto';
import { FeedStatsService } from './feed-stats.service';
import { StatsService } from './stats.service';

@ApiBearerAuth()
@ApiCookieAuth('ss_session')
@ApiTags('stats')
@Controller('api/v1/stats')
export class StatsController {
  constructor(
    private readonly stats: StatsService,
    private readonly feedStats: FeedStatsService,
  ) {}

  @Get('dashboard')
  @Roles('coordinator', 'admin')
  @ApiOkResponse({ type: DashboardStatsResponse, description: 'submissions, publication times, published indicators and sectors over the last `days` days' })
  dashboard(@CurrentPrincipal() who: Principal, @Query() query: DashboardQuery): Promise<DashboardStatsResponse> {
    return this.stats.dashboard(who, query);
  }

  @Get('feeds')
  @Roles('member', 'coordinator', 'admin')
  @ApiOkResponse({ type: FeedStatsResponse, description: 'per feed collection the caller can read: objects added per day by type (last 30 days), total and newest date_added, counted under the TLP rules' })
  feeds(@CurrentPrincipal() who: Principal): Promise<FeedStatsResponse> {
    return this.feedStats.feeds(who);
  }
}
