import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { ROLES, type Role } from '../../../common/auth/role';
import type { Principal } from '../../../common/auth/principal';

export class LoginDto {
  @ApiProperty({ example: 'coordinator@shieldshare.example' })
  @IsString()
  @MinLength(3)
  @MaxLength(320)
  email: string;

  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  password: string;
}

export class MeResponse {
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty() organizationName: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) userId: string | null;
  @ApiProperty({ nullable: true, type: String }) email: string | null;
  @ApiProperty({ nullable: true, type: String }) displayName: string | null;
  @ApiProperty({ enum: ROLES, isArray: true }) roles: Role[];
  @ApiProperty({ enum: ['session', 'api-key', 'basic', 'cli', 'system'] }) via: Principal['via'];
}

export class SessionResponse {
  @ApiProperty({ description: 'session JWT; also set as the httpOnly ss_session cookie' }) token: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
  @ApiProperty({ type: MeResponse }) me: MeResponse;
}
