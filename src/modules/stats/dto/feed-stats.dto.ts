import { ApiProperty } from '@nestjs/swagger';
import { DayCounts } from './dashboard-stats.dto';

export class FeedStats {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty() description: string;
  @ApiProperty({ nullable: true, type: String }) alias: string | null;
  @ApiProperty({ description: 'the collection in TAXII 2.1 (Basic auth: API key id as user, the rest of the key as password)' }) taxiiUrl: string;
  @ApiProperty({ description: 'the signed bundle export of the collection (REST)' }) bundleUrl: string;
  @ApiProperty({ description: 'distinct objects in the collection that the caller may see' }) total: number;
  @ApiProperty({ nullable: true, type: String, format: 'date-time', description: 'date_added of the newest record the caller may see' }) newestDateAdded: string | null;
  @ApiProperty({ type: [DayCounts], description: 'objects added per UTC day by STIX type (an object counts once per day, new versions included)' }) perDay: DayCounts[];
}

export class FeedStatsResponse {
  @ApiProperty({ example: '2026-10-26' }) from: string;
  @ApiProperty({ example: '2026-11-24' }) to: string;
  @ApiProperty() days: number;
  @ApiProperty({ description: 'TAXII 2.1 discovery URL' }) discoveryUrl: string;
  @ApiProperty({ description: 'TAXII 2.1 API root URL' }) apiRootUrl: string;
  @ApiProperty({ type: [FeedStats], description: 'the feed collections the caller can read, in creation order' }) collections: FeedStats[];
}
