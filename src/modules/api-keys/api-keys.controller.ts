import { Body, Controller, Delete, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBasicAuth, ApiBearerAuth, ApiCookieAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '../../common/auth/principal';
import { CurrentPrincipal } from '../../common/auth/principal.decorator';
import { Authenticated } from '../../common/auth/roles.decorator';
import { ApiKeysService } from './api-keys.service';
import { ApiKeyResponse, CreateApiKeyDto, CreatedApiKeyResponse } from './dto/api-key.dto';

@ApiBearerAuth()
@ApiBasicAuth()
@ApiCookieAuth('ss_session')
@ApiTags('api-keys')
@Controller('api/v1')
export class ApiKeysController {
  constructor(private readonly keys: ApiKeysService) {}

  @Post('organizations/:orgId/api-keys')
  @Authenticated()
  @ApiCreatedResponse({ type: CreatedApiKeyResponse, description: "the key is in `key`, shown this once" })
  create(
    @CurrentPrincipal() who: Principal,
    @Param('orgId', ParseUUIDPipe) orgId: string,
    @Body() body: CreateApiKeyDto,
  ): Promise<CreatedApiKeyResponse> {
    return this.keys.create(who, orgId, body);
  }

  @Get('organizations/:orgId/api-keys')
  @Authenticated()
  @ApiOkResponse({ type: [ApiKeyResponse] })
  list(@CurrentPrincipal() who: Principal, @Param('orgId', ParseUUIDPipe) orgId: string): Promise<ApiKeyResponse[]> {
    return this.keys.list(who, orgId);
  }

  @Delete('api-keys/:id')
  @Authenticated()
  @ApiOkResponse({ type: ApiKeyResponse })
  revoke(@CurrentPrincipal() who: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<ApiKeyResponse> {
    return this.keys.revoke(who, id);
  }
}
