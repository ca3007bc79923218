import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/config.schema';
import { ApiKeysModule } from '../api-keys/api-keys.module';
import { Organization } from '../orgs/organization.entity';
import { User } from '../users/user.entity';
import { ApiKeyStrategy } from './api-key.strategy';
import { AuthController } from './auth.controller';
import { AuthService, SESSION_SECRET } from './auth.service';
import { AuthenticationGuard } from './authentication.guard';
import { LoginThrottle } from './login-throttle';
import { RequestAuthenticator } from './request-authenticator';
import { RolesGuard } from './roles.guard';
import { Session } from './session.entity';
import { loadSessionSecret } from './session-secret';
import { SessionJwtStrategy } from './session-jwt.strategy';
import { TaxiiBasicStrategy } from './taxii-basic.strategy';

@Module({
  imports: [TypeOrmModule.forFeature([User, Session, Organization]), ApiKeysModule],
  controllers: [AuthController],
  providers: [
    AuthService,
    LoginThrottle,
    SessionJwtStrategy,
    ApiKeyStrategy,
    TaxiiBasicStrategy,
    RequestAuthenticator,
    { provide: SESSION_SECRET, inject: [APP_CONFIG], useFactory: (config: AppConfig) => loadSessionSecret(config) },
    { provide: APP_GUARD, useClass: AuthenticationGuard },
    { provide: APP_GUARD, useClass: RolesGuard },
  ],
  exports: [RequestAuthenticator],
})
export class AuthModule {}
