import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Principal } from '../../common/auth/principal';
import { AppError } from '../../common/problem/app-error';
import { SigningService, type Signed } from '../signing/signing.service';
import { COLLECTION_SCOPE, type CollectionScope } from '../subscriptions/collection-scope';
import { DeliveryRepository } from './delivery.repository';
import type { BundleExportQuery } from './dto/delivery.dto';

export interface SignedExport {
  /** The bundle exactly as signed (the JWS payload). */
  bundle: Buffer;
  signed: Signed;
  objectCount: number;
  dateAddedFirst: string | null;
  dateAddedLast: string | null;
  more: boolean;
}

/** A collection's objects visible to the caller, as one signed STIX bundle: for members who do not speak TAXII. */
@Injectable()
export class BundleExportService {
  constructor(
    private readonly repository: DeliveryRepository,
    private readonly signing: SigningService,
    @Inject(COLLECTION_SCOPE) private readonly collections: CollectionScope,
  ) {}

  async export(who: Principal, collectionId: string, query: BundleExportQuery): Promise<SignedExport> {
    const [readable] = await this.collections.readable(who, [collectionId]);
    if (readable !== collectionId) throw new AppError('COLLECTION_NOT_FOUND', `no collection ${collectionId}`);
    const limit = query.limit ?? 1000;
    const rows = await this.repository.forExport(who, collectionId, query.added_after, limit + 1);
    const more = rows.length > limit;
    const page = more ? rows.slice(0, limit) : rows;
    const bundle = Buffer.from(`{"type":"bundle","id":"bundle--${randomUUID()}","objects":[${page.map((r) => r.objectJson).join(',')}]}`, 'utf8');
    const signed = await this.signing.sign(bundle, { sub: collectionId });
    return {
      bundle,
      signed,
      objectCount: page.length,
      dateAddedFirst: page[0]?.dateAdded ?? null,
      dateAddedLast: page[page.length - 1]?.dateAdded ?? null,
      more,
    };
  }
}
