import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import type { SigningKey } from '../signing-key.entity';

export class RotateSigningKeyDto {
  @ApiPropertyOptional({ description: 'how long the previous key stays in the JWKS for verification (default SIGNING_KEY_GRACE_SECONDS)', minimum: 0, maximum: 31_536_000 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(365 * 86_400)
  graceSeconds?: number;
}

/** A signing key's public metadata; the private key is never returned. */
export class SigningKeyResponse {
  @ApiProperty({ description: 'key id: the RFC 7638 thumbprint of the public key, as in the JWKS and the JWS header' }) kid: string;
  @ApiProperty({ enum: ['ES256'] }) algorithm: string;
  @ApiProperty({ enum: ['active', 'verifying', 'expired'], description: 'active: signs; verifying: rotated out, still in the JWKS; expired: no longer published' })
  status: 'active' | 'verifying' | 'expired';
  @ApiProperty({ type: Object, description: 'public JWK' }) publicJwk: Record<string, string>;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) retiredAt: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) verifyUntil: string | null;

  static from(key: Pick<SigningKey, 'kid' | 'algorithm' | 'publicJwk' | 'active' | 'createdAt' | 'retiredAt' | 'verifyUntil'>, now = new Date()): SigningKeyResponse {
    return {
      kid: key.kid,
      algorithm: key.algorithm,
      status: key.active ? 'active' : key.verifyUntil && key.verifyUntil > now ? 'verifying' : 'expired',
      publicJwk: key.publicJwk,
      createdAt: key.createdAt.toISOString(),
      retiredAt: key.retiredAt?.toISOString() ?? null,
      verifyUntil: key.verifyUntil?.toISOString() ?? null,
    };
  }
}

export class RotationResponse {
  @ApiProperty({ type: SigningKeyResponse }) active: SigningKeyResponse;
  @ApiProperty({ type: SigningKeyResponse, nullable: true }) previous: SigningKeyResponse | null;
}

/** RFC 7517 JWK Set. */
export class JwksResponse {
  @ApiProperty({ type: [Object], description: 'public keys (kty EC, crv P-256, alg ES256, use sig, kid)' }) keys: Record<string, string>[];
}
