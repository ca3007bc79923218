import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBasicAuth, ApiBearerAuth, ApiBody, ApiCookieAuth, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { Principal } from '../../common/auth/principal';
import { CurrentPrincipal } from '../../common/auth/principal.decorator';
import { Roles } from '../../common/auth/roles.decorator';
import { AnonymizeService, type AnonymizePreview } from './anonymize.service';

export class AnonymizePreviewResponse {
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'the anonymized STIX bundle' }) bundle: unknown;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'residual-risk report: paths, detectors, actions, verdict; never raw values' })
  report: unknown;
  @ApiProperty() policyVersion: string;
}

@ApiBearerAuth()
@ApiBasicAuth()
@ApiCookieAuth('ss_session')
@ApiTags('anonymize')
@Controller('api/v1/anonymize')
export class AnonymizeController {
  constructor(private readonly anonymizer: AnonymizeService) {}

  @Post('preview')
  @Roles('submitter', 'coordinator')
  @HttpCode(200)
  @ApiBody({ description: 'a STIX 2.1 bundle', schema: { type: 'object' } })
  @ApiOkResponse({ type: AnonymizePreviewResponse })
  preview(@CurrentPrincipal() who: Principal, @Body() body: unknown): Promise<AnonymizePreview> {
    return this.anonymizer.preview(who, body);
  }
}
