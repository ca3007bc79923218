import { Module } from '@nestjs/common';
import { FeedStatsService } from './feed-stats.service';
import { StatsController } from './stats.controller';
import { StatsService } from './stats.service';

@Module({ controllers: [StatsController], providers: [StatsService, FeedStatsService] })
export class StatsModule {}
