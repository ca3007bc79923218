import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '../../common/auth/principal';
import { CurrentPrincipal } from '../../common/auth/principal.decorator';
import { Authenticated, Roles } from '../../common/auth/roles.decorator';
import { CreateSharingGroupDto, SharingGroupResponse, UpdateSharingGroupDto } from './dto/sharing-group.dto';
import { SharingGroupsService } from './sharing-groups.service';

@ApiBearerAuth()
@ApiCookieAuth('ss_session')
@ApiTags('sharing groups')
@Controller('api/v1/sharing-groups')
export class SharingGroupsController {
  constructor(private readonly groups: SharingGroupsService) {}

  @Get()
  @Authenticated()
  @ApiOkResponse({ type: [SharingGroupResponse], description: 'coordinators: every group; others: the groups their organization belongs to' })
  list(@CurrentPrincipal() who: Principal): Promise<SharingGroupResponse[]> {
    return this.groups.list(who);
  }

  @Post()
  @Roles('coordinator', 'admin')
  @ApiCreatedResponse({ type: SharingGroupResponse })
  create(@CurrentPrincipal() who: Principal, @Body() body: CreateSharingGroupDto): Promise<SharingGroupResponse> {
    return this.groups.create(who, body);
  }

  @Get(':id')
  @Authenticated()
  @ApiOkResponse({ type: SharingGroupResponse })
  get(@CurrentPrincipal() who: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<SharingGroupResponse> {
    return this.groups.get(who, id);
  }

  @Patch(':id')
  @Roles('coordinator', 'admin')
  @ApiOkResponse({ type: SharingGroupResponse })
  update(@CurrentPrincipal() who: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateSharingGroupDto): Promise<SharingGroupResponse> {
    return this.groups.update(who, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles('coordinator', 'admin')
  @ApiNoContentResponse()
  remove(@CurrentPrincipal() who: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.groups.remove(who, id);
  }
}
