import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { SubmitterProfile } from '../../anonymizer';
import { AppError } from '../../common/problem/app-error';
import { Organization } from '../orgs/organization.entity';
import { AssetRegistryService } from './asset-registry.service';

/**
 * What the exchange knows of a submitter, as the anonymizer takes it (ANONYMIZER.md, "profile"):
 * its name, country and sectors, its stored asset registry, the member registry for
 * k-anonymity, and the consent recorded for the submission at hand. One builder for the
 * pipeline, the preview and the CLI, so all three anonymize alike.
 */
@Injectable()
export class SubmitterProfiles {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registries: AssetRegistryService,
  ) {}

  async of(orgId: string, consent: { attribution: boolean } = { attribution: false }): Promise<SubmitterProfile> {
    const org = await this.dataSource.getRepository(Organization).findOneBy({ id: orgId });
    if (!org) throw new AppError('ORGANIZATION_NOT_FOUND', 'no organization with this id');
    const [registry, memberRegistry] = await Promise.all([this.registries.documentOf(orgId), this.memberRegistry()]);
    return { names: [org.name], country: org.country ?? undefined, sectors: org.sectors, ...registry, memberRegistry, consent };
  }

  /** Member counts per sector × country. */
  private async memberRegistry(): Promise<Record<string, Record<string, number>>> {
    const rows: { sector: string; country: string; members: string }[] = await this.dataSource.query(
      `SELECT unnest(sectors) AS sector, country, count(*) AS members FROM organizations WHERE country IS NOT NULL GROUP BY 1, 2`,
    );
    const registry: Record<string, Record<string, number>> = {};
    for (const r of rows) (registry[r.sector] ??= {})[r.country] = Number(r.members);
    return registry;
  }
}
