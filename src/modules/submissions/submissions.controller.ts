import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiCookieAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Principal } from '../../common/auth/principal';
import { CurrentPrincipal } from '../../common/auth/principal.decorator';
import { Roles } from '../../common/auth/roles.decorator';
import { AppError } from '../../common/problem/app-error';
import {
  CreateSubmissionDto,
  ResubmitDto,
  SubmissionAcceptedResponse,
  SubmissionDetailResponse,
  SubmissionListQuery,
  SubmissionPageResponse,
  WithdrawDto,
} from './dto/submission.dto';
import { SubmissionsService } from './submissions.service';

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

@ApiBearerAuth()
@ApiCookieAuth('ss_session')
@ApiTags('submissions')
@Controller('api/v1/submissions')
export class SubmissionsController {
  constructor(private readonly submissions: SubmissionsService) {}

  @Post()
  @HttpCode(202)
  @Roles('submitter')
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'the same key (per organization) answers with the same submission' })
  @ApiAcceptedResponse({ type: SubmissionAcceptedResponse, description: 'durably stored; processing follows (see statusUrl)' })
  async submit(
    @CurrentPrincipal() who: Principal,
    @Body() body: CreateSubmissionDto,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SubmissionAcceptedResponse> {
    if (idempotencyKey !== undefined && !IDEMPOTENCY_KEY.test(idempotencyKey)) {
      throw new AppError('VALIDATION_FAILED', 'Idempotency-Key must be 1-255 visible ASCII characters', { errors: [{ pointer: '/headers/idempotency-key', message: '1-255 visible ASCII characters' }] });
    }
    const accepted = await this.submissions.submit(who, body, idempotencyKey);
    res.setHeader('Location', accepted.statusUrl);
    if (accepted.replayed) res.setHeader('Idempotent-Replayed', 'true');
    return accepted;
  }

  @Get()
  @Roles('submitter')
  @ApiOkResponse({ type: SubmissionPageResponse, description: "your organization's submissions, newest first" })
  list(@CurrentPrincipal() who: Principal, @Query() query: SubmissionListQuery): Promise<SubmissionPageResponse> {
    return this.submissions.list(who, query);
  }

  @Get(':id')
  @Roles('submitter')
  @ApiOkResponse({ type: SubmissionDetailResponse, description: 'state, errors, the anonymized result and report, history' })
  get(@CurrentPrincipal() who: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<SubmissionDetailResponse> {
    return this.submissions.get(who, id);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @Roles('submitter')
  @ApiOkResponse({ type: SubmissionDetailResponse, description: 'withdrawn; after publication its objects are revoked' })
  withdraw(@CurrentPrincipal() who: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() body: WithdrawDto): Promise<SubmissionDetailResponse> {
    return this.submissions.withdraw(who, id, body);
  }

  @Post(':id/resubmit')
  @HttpCode(202)
  @Roles('submitter')
  @ApiAcceptedResponse({ type: SubmissionAcceptedResponse, description: 'the corrected bundle, as the next revision' })
  resubmit(@CurrentPrincipal() who: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() body: ResubmitDto): Promise<SubmissionAcceptedResponse> {
    return this.submissions.resubmit(who, id, body);
  }
}
