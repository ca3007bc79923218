import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiBasicAuth, ApiBearerAuth, ApiCookieAuth, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { Principal } from '../../common/auth/principal';
import { CurrentPrincipal } from '../../common/auth/principal.decorator';
import { Public } from '../../common/auth/public.decorator';
import { Authenticated } from '../../common/auth/roles.decorator';
import { AuthService } from './auth.service';
import { LoginDto, MeResponse, SessionResponse } from './dto/auth.dto';
import { SESSION_COOKIE } from './session-jwt.strategy';

@ApiBearerAuth()
@ApiBasicAuth()
@ApiCookieAuth('ss_session')
@ApiTags('auth')
@Controller('api/v1/auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiOkResponse({ type: SessionResponse })
  async login(@Body() body: LoginDto, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<SessionResponse> {
    const session = await this.auth.login(body, req.socket.remoteAddress ?? 'unknown');
    res.cookie(SESSION_COOKIE, session.token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: req.secure,
      path: '/',
      expires: new Date(session.expiresAt),
    });
    return session;
  }

  @Post('logout')
  @Authenticated()
  @HttpCode(204)
  @ApiNoContentResponse()
  async logout(@CurrentPrincipal() who: Principal, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.auth.logout(who);
    res.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  @Get('me')
  @Authenticated()
  @ApiOkResponse({ type: MeResponse })
  me(@CurrentPrincipal() who: Principal): Promise<MeResponse> {
    return this.auth.me(who);
  }
}
