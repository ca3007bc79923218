import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One of the exchange's signing keys. Exactly one is `active` (signs new deliveries and
 * exports); a rotated-out key stays published in the JWKS until `verifyUntil`. The private
 * key is stored only encrypted (AES-256-GCM, see AtRestEncryption) and never leaves the
 * service.
 */
@Entity({ name: 'signing_keys' })
@Index('uq_signing_keys_kid', ['kid'], { unique: true })
@Index('uq_signing_keys_active', ['active'], { unique: true, where: '"active"' })
@Check('ck_signing_keys_algorithm', `"algorithm" IN ('ES256')`)
export class SigningKey {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_signing_keys' })
  id: string;

  /** RFC 7638 JWK thumbprint of the public key. */
  @Column({ type: 'text' })
  kid: string;

  @Column({ type: 'text' })
  algorithm: 'ES256';

  /** The public JWK (kty, crv, x, y). */
  @Column({ type: 'jsonb' })
  publicJwk: Record<string, string>;

  /** PKCS#8 private key sealed with the at-rest key: `v1.<iv>.<tag>.<ciphertext>` (base64url). */
  @Column({ type: 'text' })
  privateKeyEncrypted: string;

  @Column({ type: 'boolean' })
  active: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** When it stopped signing (rotation); null while active. */
  @Column({ type: 'timestamptz', nullable: true })
  retiredAt: Date | null;

  /** Published in the JWKS until then; null while active. */
  @Column({ type: 'timestamptz', nullable: true })
  verifyUntil: Date | null;
}
