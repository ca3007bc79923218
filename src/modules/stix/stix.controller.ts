import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBasicAuth, ApiBearerAuth, ApiBody, ApiCookieAuth, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { validate } from '../../stix';
import { Authenticated } from '../../common/auth/roles.decorator';

class StixIssueResponse {
  @ApiProperty({ required: false, description: 'id of the object the issue is about' }) objectId?: string;
  @ApiProperty({ description: 'JSON pointer into the submitted document' }) path: string;
  @ApiProperty({ description: 'stable rule name' }) rule: string;
  @ApiProperty() message: string;
}

export class StixValidationResponse {
  @ApiProperty() valid: boolean;
  @ApiProperty({ type: [StixIssueResponse] }) errors: StixIssueResponse[];
  @ApiProperty({ type: [StixIssueResponse] }) warnings: StixIssueResponse[];
}

@ApiBearerAuth()
@ApiBasicAuth()
@ApiCookieAuth('ss_session')
@ApiTags('stix')
@Controller('api/v1/stix')
export class StixController {
  /** A dry run of the exchange's STIX 2.1 checks: nothing is stored. */
  @Post('validate')
  @Authenticated()
  @HttpCode(200)
  @ApiBody({ description: 'a STIX 2.1 bundle or a single STIX object', schema: { type: 'object' } })
  @ApiOkResponse({ type: StixValidationResponse })
  validate(@Body() body: unknown): StixValidationResponse {
    return validate(body);
  }
}
