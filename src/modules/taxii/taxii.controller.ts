import { All, Body, Controller, createParamDecorator, Delete, ExecutionContext, Get, Headers, HttpCode, Param, Post, Res, UseFilters } from '@nestjs/common';
import { ApiBasicAuth, ApiBearerAuth, ApiExcludeEndpoint, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { Principal } from '../../common/auth/principal';
import { CurrentPrincipal } from '../../common/auth/principal.decorator';
import { Public } from '../../common/auth/public.decorator';
import { Authenticated } from '../../common/auth/roles.decorator';
import { AppError } from '../../common/problem/app-error';
import { TaxiiErrorFilter } from './taxii-error.filter';
import { TaxiiInboxService } from './taxii-inbox.service';
import { sendTaxii, TAXII_MEDIA_TYPE, TAXII_PREFIX } from './taxii-media';
import { deleteQuery, objectQuery, objectsQuery, versionsQuery } from './taxii-query';
import { TaxiiService } from './taxii.service';

type Query = Record<string, unknown>;

/** The raw query string parameters: TAXII's `match[...]` names are parsed by taxii-query, not by DTOs. */
const TaxiiQuery = createParamDecorator((_: unknown, ctx: ExecutionContext): Query => ctx.switchToHttp().getRequest<Request>().query as Query);

/**
 * TAXII 2.1 (OASIS Standard, 10 June 2021). Every caller authenticates (HTTP Basic with an API
 * key id and secret, or Bearer); what each sees is decided per collection and per object.
 * Answers are written by `sendTaxii` (exact media type); errors by the scoped TaxiiErrorFilter.
 */
@ApiTags('taxii')
@ApiBasicAuth()
@ApiBearerAuth()
@ApiProduces(TAXII_MEDIA_TYPE)
@UseFilters(TaxiiErrorFilter)
@Controller(TAXII_PREFIX)
export class TaxiiController {
  constructor(
    private readonly taxii: TaxiiService,
    private readonly inbox: TaxiiInboxService,
  ) {}

  @Get()
  @Authenticated()
  @ApiOkResponse({ description: '§4.1 discovery resource' })
  discovery(@CurrentPrincipal() who: Principal, @Res() res: Response): void {
    sendTaxii(res, this.taxii.discovery(who));
  }

  @Get(':root/')
  @Authenticated()
  @ApiOkResponse({ description: '§4.2 API root resource' })
  apiRoot(@CurrentPrincipal() who: Principal, @Param('root') root: string, @Res() res: Response): void {
    sendTaxii(res, this.taxii.apiRoot(who, root));
  }

  @Get(':root/status/:statusId/')
  @Authenticated()
  @ApiOkResponse({ description: '§4.3 status resource (the posting organization and coordinators)' })
  async status(@CurrentPrincipal() who: Principal, @Param('root') root: string, @Param('statusId') id: string, @Res() res: Response): Promise<void> {
    sendTaxii(res, await this.inbox.status(who, root, id));
  }

  @Get(':root/collections/')
  @Authenticated()
  @ApiOkResponse({ description: '§5.1 collections the caller can read or write' })
  async collections(@CurrentPrincipal() who: Principal, @Param('root') root: string, @Res() res: Response): Promise<void> {
    sendTaxii(res, await this.taxii.collections(who, root));
  }

  @Get(':root/collections/:collectionId/')
  @Authenticated()
  @ApiOkResponse({ description: '§5.2 collection resource' })
  async collection(@CurrentPrincipal() who: Principal, @Param('root') root: string, @Param('collectionId') id: string, @Res() res: Response): Promise<void> {
    sendTaxii(res, await this.taxii.collection(who, root, id));
  }

  @Get(':root/collections/:collectionId/manifest/')
  @Authenticated()
  @ApiOkResponse({ description: '§5.3 manifest: added_after, limit, next, match[id|type|version|spec_version]' })
  async manifest(@CurrentPrincipal() who: Principal, @Param('root') root: string, @Param('collectionId') id: string, @TaxiiQuery() query: Query, @Res() res: Response): Promise<void> {
    sendTaxii(res, await this.taxii.manifest(who, root, id, objectsQuery(query)));
  }

  @Get(':root/collections/:collectionId/objects/')
  @Authenticated()
  @ApiOkResponse({ description: '§5.4 envelope: added_after, limit, next, match[id|type|version|spec_version]' })
  async objects(@CurrentPrincipal() who: Principal, @Param('root') root: string, @Param('collectionId') id: string, @TaxiiQuery() query: Query, @Res() res: Response): Promise<void> {
    sendTaxii(res, await this.taxii.getObjects(who, root, id, objectsQuery(query)));
  }

  @Post(':root/collections/:collectionId/objects/')
  @HttpCode(202)
  @Authenticated()
  @ApiOkResponse({ description: '§5.5 add objects: 202 with a status resource; the envelope becomes a submission' })
  async add(
    @CurrentPrincipal() who: Principal,
    @Param('root') root: string,
    @Param('collectionId') id: string,
    @Body() body: unknown,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    sendTaxii(res, await this.inbox.add(who, root, id, body, idempotencyKey));
  }

  @Get(':root/collections/:collectionId/objects/:objectId/')
  @Authenticated()
  @ApiOkResponse({ description: '§5.6 envelope with one object (latest version unless match[version])' })
  async object(
    @CurrentPrincipal() who: Principal,
    @Param('root') root: string,
    @Param('collectionId') id: string,
    @Param('objectId') objectId: string,
    @TaxiiQuery() query: Query,
    @Res() res: Response,
  ): Promise<void> {
    sendTaxii(res, await this.taxii.getObject(who, root, id, objectQuery(query, objectId)));
  }

  @Delete(':root/collections/:collectionId/objects/:objectId/')
  @Authenticated()
  @ApiOkResponse({ description: '§5.7 coordinators delete an object (all versions unless match[version])' })
  async deleteObject(
    @CurrentPrincipal() who: Principal,
    @Param('root') root: string,
    @Param('collectionId') id: string,
    @Param('objectId') objectId: string,
    @TaxiiQuery() query: Query,
    @Res() res: Response,
  ): Promise<void> {
    sendTaxii(res, await this.taxii.deleteObject(who, root, id, deleteQuery(query, objectId)));
  }

  @Get(':root/collections/:collectionId/objects/:objectId/versions/')
  @Authenticated()
  @ApiOkResponse({ description: '§5.8 versions of one object' })
  async versions(
    @CurrentPrincipal() who: Principal,
    @Param('root') root: string,
    @Param('collectionId') id: string,
    @Param('objectId') objectId: string,
    @TaxiiQuery() query: Query,
    @Res() res: Response,
  ): Promise<void> {
    sendTaxii(res, await this.taxii.versions(who, root, id, versionsQuery(query, objectId)));
  }

  /** Anything else under /taxii2/ is a TAXII 404, not a REST problem. */
  @All('*path')
  @Public()
  @ApiExcludeEndpoint()
  notFound(): never {
    throw new AppError('NOT_FOUND', 'no such TAXII endpoint; discovery is at /taxii2/');
  }
}
