import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBasicAuth, ApiBearerAuth, ApiCookieAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../../common/auth/principal.decorator';
import type { Principal } from '../../common/auth/principal';
import { Authenticated, Roles } from '../../common/auth/roles.decorator';
import { CreateOrganizationDto, OrganizationResponse, UpdateOrganizationDto } from './dto/organization.dto';
import { OrgsService } from './orgs.service';

@ApiBearerAuth()
@ApiBasicAuth()
@ApiCookieAuth('ss_session')
@ApiTags('organizations')
@Controller('api/v1/organizations')
export class OrgsController {
  constructor(private readonly orgs: OrgsService) {}

  @Post()
  @Roles('admin')
  @ApiCreatedResponse({ type: OrganizationResponse })
  create(@CurrentPrincipal() who: Principal, @Body() body: CreateOrganizationDto): Promise<OrganizationResponse> {
    return this.orgs.create(who, body);
  }

  @Get()
  @Authenticated()
  @ApiOkResponse({ type: [OrganizationResponse] })
  list(@CurrentPrincipal() who: Principal): Promise<OrganizationResponse[]> {
    return this.orgs.list(who);
  }

  @Get(':id')
  @Authenticated()
  @ApiOkResponse({ type: OrganizationResponse })
  get(@CurrentPrincipal() who: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<OrganizationResponse> {
    return this.orgs.get(who, id);
  }

  @Patch(':id')
  @Roles('admin')
  @ApiOkResponse({ type: OrganizationResponse })
  update(
    @CurrentPrincipal() who: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateOrganizationDto,
  ): Promise<OrganizationResponse> {
    return this.orgs.update(who, id, body);
  }
}
