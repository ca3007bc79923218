import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '../../common/auth/principal';
import { CurrentPrincipal } from '../../common/auth/principal.decorator';
import { Roles } from '../../common/auth/roles.decorator';
import { CollectionsService } from './collections.service';
import { CollectionResponse, CreateCollectionDto, UpdateCollectionDto } from './dto/collection.dto';

/** Coordinators define the TAXII collections; members read them over TAXII. */
@ApiBearerAuth()
@ApiCookieAuth('ss_session')
@ApiTags('collections')
@Controller('api/v1/collections')
export class CollectionsController {
  constructor(private readonly collections: CollectionsService) {}

  @Get()
  @Roles('coordinator', 'admin')
  @ApiOkResponse({ type: [CollectionResponse] })
  list(@CurrentPrincipal() who: Principal): Promise<CollectionResponse[]> {
    return this.collections.list(who);
  }

  @Post()
  @Roles('coordinator', 'admin')
  @ApiCreatedResponse({ type: CollectionResponse })
  create(@CurrentPrincipal() who: Principal, @Body() body: CreateCollectionDto): Promise<CollectionResponse> {
    return this.collections.create(who, body);
  }

  @Get(':id')
  @Roles('coordinator', 'admin')
  @ApiOkResponse({ type: CollectionResponse })
  get(@CurrentPrincipal() who: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<CollectionResponse> {
    return this.collections.get(who, id);
  }

  @Patch(':id')
  @Roles('coordinator', 'admin')
  @ApiOkResponse({ type: CollectionResponse })
  update(@CurrentPrincipal() who: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateCollectionDto): Promise<CollectionResponse> {
    return this.collections.update(who, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles('coordinator', 'admin')
  @ApiNoContentResponse()
  remove(@CurrentPrincipal() who: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.collections.remove(who, id);
  }
}
