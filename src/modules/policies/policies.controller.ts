import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBasicAuth, ApiBearerAuth, ApiCookieAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '../../common/auth/principal';
import { CurrentPrincipal } from '../../common/auth/principal.decorator';
import { Public } from '../../common/auth/public.decorator';
import { Authenticated, Roles } from '../../common/auth/roles.decorator';
import {
  AcceptanceStatusResponse,
  AcceptPolicyDto,
  PolicyAcceptanceResponse,
  PolicyResponse,
  PolicySummaryResponse,
  PublishPolicyDto,
} from './dto/policy.dto';
import { PoliciesService } from './policies.service';

/** The legal-shield policy is a published document: reading it needs no account. */
@ApiBearerAuth()
@ApiBasicAuth()
@ApiCookieAuth('ss_session')
@ApiTags('policies')
@Controller('api/v1/policies')
export class PoliciesController {
  constructor(private readonly policies: PoliciesService) {}

  @Get()
  @Public()
  @ApiOkResponse({ type: [PolicySummaryResponse] })
  list(): Promise<PolicySummaryResponse[]> {
    return this.policies.list();
  }

  @Get('current')
  @Public()
  @ApiOkResponse({ type: PolicyResponse })
  current(): Promise<PolicyResponse> {
    return this.policies.getCurrent();
  }

  @Get('current/acceptance')
  @Authenticated()
  @ApiOkResponse({ type: AcceptanceStatusResponse })
  acceptanceStatus(@CurrentPrincipal() who: Principal): Promise<AcceptanceStatusResponse> {
    return this.policies.acceptanceStatus(who);
  }

  @Get(':version')
  @Public()
  @ApiOkResponse({ type: PolicyResponse })
  get(@Param('version') version: string): Promise<PolicyResponse> {
    return this.policies.get(version);
  }

  @Post()
  @Roles('admin')
  @ApiCreatedResponse({ type: PolicyResponse })
  publish(@CurrentPrincipal() who: Principal, @Body() body: PublishPolicyDto): Promise<PolicyResponse> {
    return this.policies.publish(who, body);
  }

  @Post(':version/accept')
  @Roles('submitter')
  @HttpCode(200)
  @ApiOkResponse({ type: PolicyAcceptanceResponse })
  accept(@CurrentPrincipal() who: Principal, @Param('version') version: string, @Body() body: AcceptPolicyDto): Promise<PolicyAcceptanceResponse> {
    return this.policies.accept(who, version, body);
  }

  @Get(':version/acceptances')
  @Roles('coordinator', 'admin')
  @ApiOkResponse({ type: [PolicyAcceptanceResponse] })
  acceptances(@CurrentPrincipal() who: Principal, @Param('version') version: string): Promise<PolicyAcceptanceResponse[]> {
    return this.policies.acceptances(who, version);
  }
}
