import { Controller, Get, Headers, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiHeader, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Principal } from '../../common/auth/principal';
import { CurrentPrincipal } from '../../common/auth/principal.decorator';
import { Roles } from '../../common/auth/roles.decorator';
import { BundleExportService } from './bundle-export.service';
import { BundleExportQuery } from './dto/delivery.dto';

@ApiBearerAuth()
@ApiCookieAuth('ss_session')
@ApiTags('feeds')
@Controller('api/v1/feeds')
export class FeedsController {
  constructor(private readonly exports: BundleExportService) {}

  /**
   * A signed STIX bundle of the collection's objects the caller may see, oldest first.
   * `application/jose+json` (default): a flattened JWS JSON serialization whose payload is the
   * bundle. `Accept: application/stix+json`: the bundle itself, with the same signature as a
   * detached compact JWS in `X-ShieldShare-JWS` (verify over the body bytes).
   */
  @Get(':collection/bundle')
  @Roles('member', 'coordinator')
  @ApiProduces('application/jose+json', 'application/stix+json')
  @ApiHeader({ name: 'Accept', required: false, description: 'application/jose+json (default) or application/stix+json (detached signature header)' })
  @ApiOkResponse({
    description:
      'JWS (ES256, kid in the protected header; keys at /.well-known/jwks.json). Headers: X-ShieldShare-Key-Id, X-ShieldShare-Date-Added-First/-Last, X-ShieldShare-More (more objects past this page: pass Date-Added-Last as added_after), X-ShieldShare-JWS (stix+json only)',
  })
  async bundle(
    @CurrentPrincipal() who: Principal,
    @Param('collection', ParseUUIDPipe) collection: string,
    @Query() query: BundleExportQuery,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const out = await this.exports.export(who, collection, query);
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-ShieldShare-Key-Id', out.signed.kid);
    res.setHeader('X-ShieldShare-More', String(out.more));
    if (out.dateAddedFirst) res.setHeader('X-ShieldShare-Date-Added-First', out.dateAddedFirst);
    if (out.dateAddedLast) res.setHeader('X-ShieldShare-Date-Added-Last', out.dateAddedLast);
    if (prefersBareBundle(accept)) {
      res.setHeader('Content-Type', 'application/stix+json;version=2.1');
      res.setHeader('X-ShieldShare-JWS', out.signed.detached);
      return out.bundle.toString('utf8');
    }
    res.setHeader('Content-Type', 'application/jose+json');
    return JSON.stringify(out.signed.jws);
  }
}

function prefersBareBundle(accept: string | undefined): boolean {
  return !!accept && accept.includes('application/stix+json') && !accept.includes('application/jose+json');
}
