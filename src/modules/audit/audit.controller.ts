import { Controller, Get, Query } from '@nestjs/common';
import { ApiBasicAuth, ApiBearerAuth, ApiCookieAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '../../common/auth/principal';
import { CurrentPrincipal } from '../../common/auth/principal.decorator';
import { Roles } from '../../common/auth/roles.decorator';
import { AuditService } from './audit.service';
import { AuditPageResponse, AuditQueryDto, AuditVerifyResponse } from './dto/audit.dto';

@ApiBearerAuth()
@ApiBasicAuth()
@ApiCookieAuth('ss_session')
@ApiTags('audit')
@Controller('api/v1/audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Roles('coordinator', 'admin')
  @ApiOkResponse({ type: AuditPageResponse })
  list(@CurrentPrincipal() who: Principal, @Query() query: AuditQueryDto): Promise<AuditPageResponse> {
    return this.audit.list(who, query);
  }

  @Get('verify')
  @Roles('coordinator', 'admin')
  @ApiOkResponse({ type: AuditVerifyResponse })
  verify(@CurrentPrincipal() who: Principal): Promise<AuditVerifyResponse> {
    return this.audit.verify(who);
  }
}
