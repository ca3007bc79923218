import { Module } from '@nestjs/common';
import { SharingGroupsModule } from '../sharing-groups/sharing-groups.module';
import { SubmissionsModule } from '../submissions/submissions.module';
import { ModerationController } from './moderation.controller';
import { ModerationService } from './moderation.service';

@Module({ imports: [SubmissionsModule, SharingGroupsModule], controllers: [ModerationController], providers: [ModerationService] })
export class ModerationModule {}
