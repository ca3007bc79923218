import { Body, Controller, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBasicAuth, ApiBearerAuth, ApiBody, ApiCookieAuth, ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
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

export class AnonymizePreviewQuery {
  @ApiPropertyOptional({ enum: ['true', 'false'], default: 'false', description: 'preview a submission made with attributionConsent: true' })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'attributionConsent must be true or false' })
  attributionConsent?: 'true' | 'false';
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
  preview(@CurrentPrincipal() who: Principal, @Body() body: unknown, @Query() query: AnonymizePreviewQuery): Promise<AnonymizePreview> {
    return this.anonymizer.preview(who, body, query.attributionConsent === 'true');
  }
}
