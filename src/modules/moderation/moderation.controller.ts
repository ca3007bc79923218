import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '../../common/auth/principal';
import { CurrentPrincipal } from '../../common/auth/principal.decorator';
import { Roles } from '../../common/auth/roles.decorator';
import {
  ApproveDto,
  AutoApprovalDto,
  ChangeSharingGroupDto,
  ModerationDetailResponse,
  QueuePageResponse,
  QueueQuery,
  RedactionsDto,
  RejectDto,
  RequestChangesDto,
} from './dto/moderation.dto';
import { ModerationService } from './moderation.service';

class AutoApprovalResponse {
  organizationId: string;
  autoApprove: boolean;
}

@ApiBearerAuth()
@ApiCookieAuth('ss_session')
@ApiTags('moderation')
@Controller('api/v1/moderation')
export class ModerationController {
  constructor(private readonly moderation: ModerationService) {}

  @Get('submissions')
  @Roles('coordinator')
  @ApiOkResponse({ type: QueuePageResponse })
  queue(@CurrentPrincipal() who: Principal, @Query() query: QueueQuery): Promise<QueuePageResponse> {
    return this.moderation.queue(who, query);
  }

  @Get('submissions/:id')
  @Roles('coordinator')
  @ApiOkResponse({ type: ModerationDetailResponse })
  detail(@CurrentPrincipal() who: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<ModerationDetailResponse> {
    return this.moderation.detail(who, id);
  }

  @Post('submissions/:id/approve')
  @HttpCode(200)
  @Roles('coordinator')
  @ApiOkResponse({ type: ModerationDetailResponse, description: 'published, scheduled (approved with publishAt), or waiting for a second approval (TLP:CLEAR)' })
  approve(@CurrentPrincipal() who: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() body: ApproveDto): Promise<ModerationDetailResponse> {
    return this.moderation.approve(who, id, body);
  }

  @Post('submissions/:id/reject')
  @HttpCode(200)
  @Roles('coordinator')
  @ApiOkResponse({ type: ModerationDetailResponse })
  reject(@CurrentPrincipal() who: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() body: RejectDto): Promise<ModerationDetailResponse> {
    return this.moderation.reject(who, id, body);
  }

  @Post('submissions/:id/request-changes')
  @HttpCode(200)
  @Roles('coordinator')
  @ApiOkResponse({ type: ModerationDetailResponse })
  requestChanges(@CurrentPrincipal() who: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() body: RequestChangesDto): Promise<ModerationDetailResponse> {
    return this.moderation.requestChanges(who, id, body);
  }

  @Post('submissions/:id/redactions')
  @HttpCode(200)
  @Roles('coordinator')
  @ApiOkResponse({ type: ModerationDetailResponse })
  redactions(@CurrentPrincipal() who: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() body: RedactionsDto): Promise<ModerationDetailResponse> {
    return this.moderation.editRedactions(who, id, body);
  }

  @Post('submissions/:id/sharing-group')
  @HttpCode(200)
  @Roles('coordinator')
  @ApiOkResponse({ type: ModerationDetailResponse })
  sharingGroup(@CurrentPrincipal() who: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() body: ChangeSharingGroupDto): Promise<ModerationDetailResponse> {
    return this.moderation.changeSharingGroup(who, id, body);
  }

  @Put('organizations/:id/auto-approval')
  @Roles('coordinator')
  @ApiOkResponse({ type: AutoApprovalResponse, description: 'low-risk submissions of this organization publish without review (never TLP:CLEAR)' })
  autoApproval(@CurrentPrincipal() who: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() body: AutoApprovalDto): Promise<AutoApprovalResponse> {
    return this.moderation.setAutoApproval(who, id, body);
  }
}
