import { Body, Controller, Get, Headers, Put, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Principal } from '../../common/auth/principal';
import { CurrentPrincipal } from '../../common/auth/principal.decorator';
import { Roles } from '../../common/auth/roles.decorator';
import { AssetRegistryService } from './asset-registry.service';
import { AssetRegistryResponse, PutAssetRegistryDto } from './dto/asset-registry.dto';

/**
 * The caller's own registry only: it lists what identifies the submitter, so coordinators and
 * admins get no route to it (the anonymization report tells them what was removed and why).
 */
@ApiBearerAuth()
@ApiCookieAuth('ss_session')
@ApiTags('asset-registry')
@Controller('api/v1/organizations/me/asset-registry')
export class AssetRegistryController {
  constructor(private readonly registries: AssetRegistryService) {}

  @Get()
  @Roles('submitter')
  @ApiOkResponse({ type: AssetRegistryResponse, description: 'your organization\'s registry (empty, version 0, before the first save); ETag: its version' })
  async get(@CurrentPrincipal() who: Principal, @Res({ passthrough: true }) res: Response): Promise<AssetRegistryResponse> {
    const registry = await this.registries.get(who);
    res.setHeader('ETag', `"${registry.version}"`);
    return registry;
  }

  @Put()
  @Roles('submitter')
  @ApiHeader({ name: 'If-Match', required: true, description: 'the ETag of the registry you read ("0" before the first save); 412 when it changed since' })
  @ApiOkResponse({ type: AssetRegistryResponse, description: 'the stored registry, normalised; ETag: its new version' })
  async replace(
    @CurrentPrincipal() who: Principal,
    @Body() body: PutAssetRegistryDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AssetRegistryResponse> {
    const registry = await this.registries.replace(who, body, ifMatch);
    res.setHeader('ETag', `"${registry.version}"`);
    return registry;
  }
}
