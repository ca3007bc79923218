import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/config.schema';
import { visibleTo } from '../publication/visibility';
import { collectionDefinition } from '../taxii/collection-definition';
import { Collection } from '../taxii/collection.entity';
import { apiRootUrl, collectionUrl, discoveryUrl } from '../taxii/taxii-media';
import { permissionsOf } from '../taxii/taxii.service';
import type { FeedStats, FeedStatsResponse } from './dto/feed-stats.dto';
import { dayList, perDay } from './per-day';

const DAYS = 30;

/** Positional parameters for one raw statement. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown, type?: string): string {
    this.values.push(value);
    return type ? `$${this.values.length}::${type}` : `$${this.values.length}`;
  }
}

/**
 * What each feed holds for the caller: the TLP rule (visibleTo) and the collection's definition
 * (collectionDefinition) are the same SQL conditions TAXII reads use, so a member's counts and
 * newest date never include a record TAXII would not serve them.
 */
@Injectable()
export class FeedStatsService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async feeds(who: Principal, now: Date = new Date()): Promise<FeedStatsResponse> {
    const days = dayList(now, DAYS);
    const collections = (await this.dataSource.getRepository(Collection).find({ order: { createdAt: 'ASC', id: 'ASC' } })).filter(
      (c) => c.kind === 'feed' && permissionsOf(who, c).canRead,
    );
    const stats: FeedStats[] = [];
    // One collection at a time: the embedded database has a single connection anyway.
    for (const c of collections) stats.push(await this.feed(who, c, days));
    return {
      from: days[0],
      to: days[days.length - 1],
      days: DAYS,
      discoveryUrl: discoveryUrl(this.config.publicUrl),
      apiRootUrl: apiRootUrl(this.config.publicUrl),
      collections: stats,
    };
  }

  private async feed(who: Principal, c: Collection, days: string[]): Promise<FeedStats> {
    const totals = new Params();
    const [total] = (await this.dataSource.query(
      `SELECT count(DISTINCT p.stix_id)::int AS n, to_char(max(p.date_added) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS newest
         FROM published_objects p WHERE ${this.served(who, c, totals)}`,
      totals.values,
    )) as { n: number; newest: string | null }[];
    const daily = new Params();
    const where = this.served(who, c, daily);
    const rows = (await this.dataSource.query(
      `SELECT to_char(p.date_added AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, p.stix_type AS type, count(DISTINCT p.stix_id)::int AS n
         FROM published_objects p WHERE ${where} AND p.date_added >= ${daily.add(`${days[0]}T00:00:00Z`, 'timestamptz')}
        GROUP BY 1, 2`,
      daily.values,
    )) as { day: string; type: string; n: number }[];
    return {
      id: c.id,
      title: c.title,
      description: c.description,
      alias: c.alias,
      taxiiUrl: collectionUrl(this.config.publicUrl, c.id),
      bundleUrl: `${this.config.publicUrl}/api/v1/feeds/${c.id}/bundle`,
      total: total.n,
      newestDateAdded: total.newest,
      perDay: perDay(days, rows, (r) => r.type),
    };
  }

  /** As TAXII serves: visible to `who`, in the collection, and not a withdrawn submission's hidden row. */
  private served(who: Principal, c: Collection, params: Params): string {
    const vis = visibleTo(who, 'p');
    const tlp = vis.sql.replace(/:visibleToOrgId\b/g, () => params.add(vis.params.visibleToOrgId));
    const definition = collectionDefinition(c, 'p', (value, type) => params.add(value, type));
    return [tlp, `(NOT p.revoked OR p.object->'revoked' = 'true'::jsonb)`, ...definition].join(' AND ');
  }
}
