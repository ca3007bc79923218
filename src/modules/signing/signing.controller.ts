import { Body, Controller, Get, Header, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '../../common/auth/principal';
import { CurrentPrincipal } from '../../common/auth/principal.decorator';
import { Public } from '../../common/auth/public.decorator';
import { Roles } from '../../common/auth/roles.decorator';
import { JwksResponse, RotateSigningKeyDto, RotationResponse, SigningKeyResponse } from './dto/signing-key.dto';
import { SigningService, type Jwks } from './signing.service';

@ApiTags('signing')
@Controller()
export class SigningController {
  constructor(private readonly signing: SigningService) {}

  /** Keys that verify webhook deliveries and exported bundles: the active one and those in their grace period. */
  @Get('.well-known/jwks.json')
  @Public()
  @Header('Cache-Control', 'public, max-age=300')
  @ApiOkResponse({ type: JwksResponse })
  jwks(): Promise<Jwks> {
    return this.signing.jwks();
  }

  @Get('api/v1/signing-keys')
  @Roles('admin')
  @ApiBearerAuth()
  @ApiCookieAuth('ss_session')
  @ApiOkResponse({ type: [SigningKeyResponse] })
  list(): Promise<SigningKeyResponse[]> {
    return this.signing.list();
  }

  @Post('api/v1/signing-keys/rotate')
  @HttpCode(200)
  @Roles('admin')
  @ApiBearerAuth()
  @ApiCookieAuth('ss_session')
  @ApiOkResponse({ type: RotationResponse })
  rotate(@CurrentPrincipal() who: Principal, @Body() body: RotateSigningKeyDto): Promise<RotationResponse> {
    return this.signing.rotate(who, body.graceSeconds);
  }
}
