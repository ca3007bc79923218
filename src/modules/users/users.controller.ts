import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBasicAuth, ApiBearerAuth, ApiCookieAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '../../common/auth/principal';
import { CurrentPrincipal } from '../../common/auth/principal.decorator';
import { Authenticated, Roles } from '../../common/auth/roles.decorator';
import { CreateUserDto, UpdateUserDto, UserResponse } from './dto/user.dto';
import { UsersService } from './users.service';

@ApiBearerAuth()
@ApiBasicAuth()
@ApiCookieAuth('ss_session')
@ApiTags('users')
@Controller('api/v1')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Post('organizations/:orgId/users')
  @Roles('admin')
  @ApiCreatedResponse({ type: UserResponse })
  create(
    @CurrentPrincipal() who: Principal,
    @Param('orgId', ParseUUIDPipe) orgId: string,
    @Body() body: CreateUserDto,
  ): Promise<UserResponse> {
    return this.users.create(who, orgId, body);
  }

  @Get('organizations/:orgId/users')
  @Authenticated()
  @ApiOkResponse({ type: [UserResponse] })
  list(@CurrentPrincipal() who: Principal, @Param('orgId', ParseUUIDPipe) orgId: string): Promise<UserResponse[]> {
    return this.users.list(who, orgId);
  }

  @Patch('users/:id')
  @Roles('admin')
  @ApiOkResponse({ type: UserResponse })
  update(
    @CurrentPrincipal() who: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateUserDto,
  ): Promise<UserResponse> {
    return this.users.update(who, id, body);
  }
}
