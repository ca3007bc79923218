import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { IsArray, IsOptional } from 'class-validator';
import { ASSET_LIMITS, type AssetKind, type AssetRegistryDocument } from '../asset-registry-document';

const strings = (description: string, example: string[], kind: AssetKind): ApiPropertyOptions => ({ type: [String], maxItems: ASSET_LIMITS[kind], description, example });

/**
 * The whole registry, replaced at once. Entries are checked by `checkRegistry` (422 naming each
 * bad entry); a missing kind is empty.
 */
export class PutAssetRegistryDto {
  @ApiPropertyOptional(strings('domains you own; their subdomains are included', ['acme-metering.example'], 'domains'))
  @IsOptional()
  @IsArray()
  domains?: unknown[];

  @ApiPropertyOptional(strings('IPv4 and IPv6 CIDR blocks (a bare address is a /32 or /128); at most /8 and /16 wide', ['198.51.100.0/24', '2001:db8:acme::/48'], 'netblocks'))
  @IsOptional()
  @IsArray()
  netblocks?: unknown[];

  @ApiPropertyOptional({ type: [Number], maxItems: ASSET_LIMITS.asns, description: 'AS numbers (1-4294967294; "AS64500" is accepted too)', example: [64500] })
  @IsOptional()
  @IsArray()
  asns?: unknown[];

  @ApiPropertyOptional(strings('Active Directory domains, DNS-style or single-label', ['corp.acme.local', 'ACME'], 'adDomains'))
  @IsOptional()
  @IsArray()
  adDomains?: unknown[];

  @ApiPropertyOptional(strings('brand names (at least 3 characters)', ['SmartGrid One'], 'brands'))
  @IsOptional()
  @IsArray()
  brands?: unknown[];

  @ApiPropertyOptional(strings('product names and models', ['AM-550'], 'products'))
  @IsOptional()
  @IsArray()
  products?: unknown[];

  @ApiPropertyOptional(strings('names of staff who may appear in reports', ['Jana Novak'], 'staff'))
  @IsOptional()
  @IsArray()
  staff?: unknown[];

  @ApiPropertyOptional(strings('customer names', ['Stadtwerke Musterstadt'], 'customers'))
  @IsOptional()
  @IsArray()
  customers?: unknown[];

  @ApiPropertyOptional(strings('free redaction terms, case- and diacritic-insensitive; * is a wildcard within a word', ['PRJ-*-internal'], 'redact'))
  @IsOptional()
  @IsArray()
  redact?: unknown[];

  @ApiPropertyOptional(strings('BCP 47 tags of the languages your reports are written in', ['de', 'en'], 'languages'))
  @IsOptional()
  @IsArray()
  languages?: unknown[];
}

export class AssetRegistryCounts implements Record<AssetKind, number> {
  @ApiProperty() domains: number;
  @ApiProperty() netblocks: number;
  @ApiProperty() asns: number;
  @ApiProperty() adDomains: number;
  @ApiProperty() brands: number;
  @ApiProperty() products: number;
  @ApiProperty() staff: number;
  @ApiProperty() customers: number;
  @ApiProperty() redact: number;
  @ApiProperty() languages: number;
}

export class AssetRegistryResponse implements AssetRegistryDocument {
  @ApiProperty({ description: 'increases with every replacement; 0 before the first. The ETag is this number in quotes' }) version: number;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) updatedAt: string | null;
  @ApiProperty({ type: [String] }) domains: string[];
  @ApiProperty({ type: [String], description: 'canonical CIDR form' }) netblocks: string[];
  @ApiProperty({ type: [Number] }) asns: number[];
  @ApiProperty({ type: [String] }) adDomains: string[];
  @ApiProperty({ type: [String] }) brands: string[];
  @ApiProperty({ type: [String] }) products: string[];
  @ApiProperty({ type: [String] }) staff: string[];
  @ApiProperty({ type: [String] }) customers: string[];
  @ApiProperty({ type: [String] }) redact: string[];
  @ApiProperty({ type: [String] }) languages: string[];
  @ApiProperty({ type: AssetRegistryCounts }) counts: AssetRegistryCounts;
}
