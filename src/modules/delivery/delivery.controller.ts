import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '../../common/auth/principal';
import { CurrentPrincipal } from '../../common/auth/principal.decorator';
import { Roles } from '../../common/auth/roles.decorator';
import { DeliveryLogService } from './delivery-log.service';
import { DeliveryLogQuery, WebhookDeliveryResponse } from './dto/delivery.dto';

@ApiBearerAuth()
@ApiCookieAuth('ss_session')
@ApiTags('subscriptions')
@Controller('api/v1/subscriptions')
export class DeliveryController {
  constructor(private readonly log: DeliveryLogService) {}

  @Get(':id/deliveries')
  @Roles('member', 'coordinator')
  @ApiOkResponse({ type: [WebhookDeliveryResponse], description: 'webhook delivery attempts, newest first' })
  list(@CurrentPrincipal() who: Principal, @Param('id', ParseUUIDPipe) id: string, @Query() query: DeliveryLogQuery): Promise<WebhookDeliveryResponse[]> {
    return this.log.list(who, id, query);
  }
}
