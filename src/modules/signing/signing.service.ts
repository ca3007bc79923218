import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { calculateJwkThumbprint, exportJWK, exportPKCS8, FlattenedSign, generateKeyPair, importPKCS8, type CryptoKey, type FlattenedJWS, type JWK } from 'jose';
import { DataSource, EntityManager } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/config.schema';
import { AuditService } from '../audit/audit.service';
import { AtRestEncryption } from './at-rest-encryption';
import { SigningKeyResponse, type RotationResponse } from './dto/signing-key.dto';
import { SigningKey } from './signing-key.entity';

export const SIGNING_ALGORITHM = 'ES256';
/** Content type of what we sign: a STIX 2.1 bundle. */
export const SIGNED_CONTENT_TYPE = 'application/stix+json;version=2.1';

// Serializes key creation and rotation across instances.
const SIGNING_KEY_LOCK = 7_350_006;
/** How long an instance trusts its cached idea of the active key (a CLI rotation reaches it within this). */
const ACTIVE_KEY_TTL_MS = 5_000;

export interface Jwks {
  keys: (JWK & { kid: string; alg: string; use: 'sig' })[];
}

/** A signature made with the active key. */
export interface Signed {
  kid: string;
  /** Flattened JWS JSON serialization (RFC 7515 §7.2.2): `{ protected, payload, signature }`. */
  jws: FlattenedJWS;
  /** The same signature with detached payload (RFC 7515 Appendix F): `<protected>..<signature>`. */
  detached: string;
}

/**
 * The exchange's signing keys: ES256, created on first use, rotated by an admin or the CLI.
 * A rotated-out key stays in the JWKS for a grace period so that signatures made just before
 * the rotation still verify.
 */
@Injectable()
export class SigningService implements OnApplicationBootstrap {
  private active: { kid: string; key: CryptoKey; checkedAt: number } | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly encryption: AtRestEncryption,
    private readonly audit: AuditService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.workers) await this.ensureActiveKey();
  }

  /**
   * Signs `payload` with the active key. `header` adds signed header parameters (e.g. `jti`,
   * `sub`); `alg`, `kid`, `typ`, `cty`, `iss` and `iat` are always set.
   */
  async sign(payload: Uint8Array, header: Record<string, string | number> = {}): Promise<Signed> {
    const { kid, key } = await this.activeKey();
    const jws = await new FlattenedSign(payload)
      .setProtectedHeader({
        ...header,
        alg: SIGNING_ALGORITHM,
        kid,
        typ: 'JOSE+JSON',
        cty: SIGNED_CONTENT_TYPE,
        iss: this.config.publicUrl,
        iat: Math.floor(Date.now() / 1000),
      })
      .sign(key);
    return { kid, jws, detached: `${jws.protected}..${jws.signature}` };
  }

  /** The active key and every rotated-out key still within its grace period. */
  async jwks(): Promise<Jwks> {
    await this.ensureActiveKey();
    const keys = await this.dataSource
      .getRepository(SigningKey)
      .createQueryBuilder('k')
      .where('k.active OR k.verify_until > now()')
      .orderBy('k.active', 'DESC')
      .addOrderBy('k.created_at', 'DESC')
      .getMany();
    return { keys: keys.map((k) => ({ ...k.publicJwk, kid: k.kid, alg: k.algorithm, use: 'sig' as const })) };
  }

  async list(): Promise<SigningKeyResponse[]> {
    await this.ensureActiveKey();
    const keys = await this.dataSource.getRepository(SigningKey).find({ order: { createdAt: 'DESC' } });
    return keys.map((k) => SigningKeyResponse.from(k));
  }

  /** A new active key; the previous one verifies for `graceSeconds` (default SIGNING_KEY_GRACE_SECONDS) more. */
  async rotate(who: Principal, graceSeconds = this.config.signingKeyGraceSeconds): Promise<RotationResponse> {
    const result = await this.dataSource.transaction(async (em) => {
      await em.query('SELECT pg_advisory_xact_lock($1)', [SIGNING_KEY_LOCK]);
      const repo = em.getRepository(SigningKey);
      const previous = await repo.findOneBy({ active: true });
      const now = new Date();
      const verifyUntil = new Date(now.getTime() + graceSeconds * 1000);
      if (previous) await repo.update({ id: previous.id }, { active: false, retiredAt: now, verifyUntil });
      const created = await this.createKey(em);
      await this.audit.record(em, who, 'signing_key.rotated', { type: 'signing_key', id: created.id }, {
        kid: created.kid,
        previousKid: previous?.kid ?? null,
        previousVerifyUntil: previous ? verifyUntil.toISOString() : null,
      });
      return {
        active: SigningKeyResponse.from(created),
        previous: previous ? SigningKeyResponse.from({ ...previous, active: false, retiredAt: now, verifyUntil }) : null,
      };
    });
    this.active = null;
    return result;
  }

  private async activeKey(): Promise<{ kid: string; key: CryptoKey }> {
    if (this.active && Date.now() - this.active.checkedAt < ACTIVE_KEY_TTL_MS) return this.active;
    const row = await this.ensureActiveKey();
    if (this.active?.kid === row.kid) {
      this.active.checkedAt = Date.now();
      return this.active;
    }
    const pem = this.encryption.open('signing-key', row.privateKeyEncrypted, row.kid).toString('utf8');
    this.active = { kid: row.kid, key: await importPKCS8(pem, SIGNING_ALGORITHM), checkedAt: Date.now() };
    return this.active;
  }

  /** The active key's row, created (once, across instances) when there is none. */
  private async ensureActiveKey(): Promise<SigningKey> {
    const existing = await this.dataSource.getRepository(SigningKey).findOneBy({ active: true });
    if (existing) return existing;
    return this.dataSource.transaction(async (em) => {
      await em.query('SELECT pg_advisory_xact_lock($1)', [SIGNING_KEY_LOCK]);
      return (await em.getRepository(SigningKey).findOneBy({ active: true })) ?? this.createKey(em);
    });
  }

  private async createKey(em: EntityManager): Promise<SigningKey> {
    const { publicKey, privateKey } = await generateKeyPair(SIGNING_ALGORITHM, { extractable: true });
    const { kty, crv, x, y } = await exportJWK(publicKey);
    const publicJwk = { kty: kty!, crv: crv!, x: x!, y: y! };
    const kid = await calculateJwkThumbprint(publicJwk, 'sha256');
    const privateKeyEncrypted = this.encryption.seal('signing-key', await exportPKCS8(privateKey), kid);
    const repo = em.getRepository(SigningKey);
    return repo.save(repo.create({ kid, algorithm: SIGNING_ALGORITHM, publicJwk, privateKeyEncrypted, active: true, retiredAt: null, verifyUntil: null }));
  }
}
