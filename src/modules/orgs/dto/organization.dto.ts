import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { ORGANIZATION_KINDS, ORGANIZATION_STATUSES, Organization, OrganizationKind, OrganizationStatus } from '../organization.entity';
import { Trim } from '../../../common/validation/trim.decorator';

const SECTOR = /^[a-z0-9-]{2,64}$/;

export class CreateOrganizationDto {
  @ApiProperty({ example: 'Acme Metering GmbH' })
  @Trim()
  @IsString()
  @Length(2, 200)
  name: string;

  @ApiProperty({ enum: ORGANIZATION_KINDS })
  @IsIn(ORGANIZATION_KINDS)
  kind: OrganizationKind;

  @ApiPropertyOptional({ type: [String], example: ['energy', 'utilities'], description: 'lower-case sector names (STIX industry-sector-ov where possible)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(SECTOR, { each: true, message: 'each sector must be 2-64 lower-case letters, digits or hyphens' })
  sectors?: string[];

  @ApiPropertyOptional({ example: 'DE', description: 'ISO 3166-1 alpha-2 country code' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'country must be an ISO 3166-1 alpha-2 code such as DE' })
  country?: string;
}

export class UpdateOrganizationDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Trim()
  @IsString()
  @Length(2, 200)
  name?: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(SECTOR, { each: true, message: 'each sector must be 2-64 lower-case letters, digits or hyphens' })
  sectors?: string[];

  @ApiPropertyOptional({ example: 'FR' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'country must be an ISO 3166-1 alpha-2 code such as DE' })
  country?: string;

  @ApiPropertyOptional({ enum: ORGANIZATION_STATUSES })
  @IsOptional()
  @IsIn(ORGANIZATION_STATUSES)
  status?: OrganizationStatus;
}

export class OrganizationResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ORGANIZATION_KINDS }) kind: OrganizationKind;
  @ApiProperty({ type: [String] }) sectors: string[];
  @ApiProperty({ nullable: true, type: String }) country: string | null;
  @ApiProperty({ enum: ORGANIZATION_STATUSES }) status: OrganizationStatus;
  @ApiProperty({ description: 'low-risk submissions publish without review (set by coordinators; never TLP:CLEAR)' }) autoApprove: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;

  static from(org: Organization): OrganizationResponse {
    return {
      id: org.id,
      name: org.name,
      kind: org.kind,
      sectors: org.sectors,
      country: org.country,
      status: org.status,
      autoApprove: org.autoApprove,
      createdAt: org.createdAt.toISOString(),
    };
  }
}
