import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '../../common/auth/principal';
import { CurrentPrincipal } from '../../common/auth/principal.decorator';
import { Roles } from '../../common/auth/roles.decorator';
import { CreateSubscriptionDto, SubscriptionResponse, UpdateSubscriptionDto } from './dto/subscription.dto';
import { SubscriptionsService } from './subscriptions.service';

@ApiBearerAuth()
@ApiCookieAuth('ss_session')
@ApiTags('subscriptions')
@Controller('api/v1/subscriptions')
export class SubscriptionsController {
  constructor(private readonly subscriptions: SubscriptionsService) {}

  @Get()
  @Roles('member', 'coordinator')
  @ApiOkResponse({ type: [SubscriptionResponse], description: "members: their organization's; coordinators: all" })
  list(@CurrentPrincipal() who: Principal): Promise<SubscriptionResponse[]> {
    return this.subscriptions.list(who);
  }

  @Post()
  @Roles('member')
  @ApiCreatedResponse({ type: SubscriptionResponse })
  create(@CurrentPrincipal() who: Principal, @Body() body: CreateSubscriptionDto): Promise<SubscriptionResponse> {
    return this.subscriptions.create(who, body);
  }

  @Get(':id')
  @Roles('member', 'coordinator')
  @ApiOkResponse({ type: SubscriptionResponse })
  get(@CurrentPrincipal() who: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<SubscriptionResponse> {
    return this.subscriptions.get(who, id);
  }

  @Patch(':id')
  @Roles('member')
  @ApiOkResponse({ type: SubscriptionResponse })
  update(@CurrentPrincipal() who: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateSubscriptionDto): Promise<SubscriptionResponse> {
    return this.subscriptions.update(who, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles('member')
  @ApiNoContentResponse()
  remove(@CurrentPrincipal() who: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.subscriptions.remove(who, id);
  }

  @Post(':id/pause')
  @HttpCode(200)
  @Roles('member')
  @ApiOkResponse({ type: SubscriptionResponse })
  pause(@CurrentPrincipal() who: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<SubscriptionResponse> {
    return this.subscriptions.pause(who, id);
  }

  @Post(':id/resume')
  @HttpCode(200)
  @Roles('member')
  @ApiOkResponse({ type: SubscriptionResponse, description: 'clears the pause (and its failure count); deliveries continue from where they stopped' })
  resume(@CurrentPrincipal() who: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<SubscriptionResponse> {
    return this.subscriptions.resume(who, id);
  }
}
