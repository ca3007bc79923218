import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { Trim } from '../../../common/validation/trim.decorator';
import { TLP_LEVELS, type TlpLevel } from '../../policies/policy-rules';
import { COLLECTION_KINDS, type CollectionKind } from '../collection.entity';

const STIX_TYPE = /^[a-z0-9][a-z0-9-]{1,248}[a-z0-9]$/;
const ALIAS = /^[a-z0-9][a-z0-9._-]{0,62}$/;

class CollectionDefinitionFields {
  @ApiPropertyOptional({ type: [String], example: ['indicator'], description: 'feed: STIX types included (empty or absent: every type)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @Matches(STIX_TYPE, { each: true, message: 'objectTypes must be STIX type names such as indicator' })
  objectTypes?: string[];

  @ApiPropertyOptional({ type: [String], example: ['energy'], description: 'feed: submitter sectors included (empty: every sector)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  sectors?: string[];

  @ApiPropertyOptional({ type: [String], description: 'feed: objects carrying at least one of these labels (empty: no label filter)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  labels?: string[];

  @ApiPropertyOptional({ minimum: 0, maximum: 100, nullable: true, description: 'feed: objects with at least this confidence' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsInt()
  @Min(0)
  @Max(100)
  minConfidence?: number | null;

  @ApiPropertyOptional({ enum: TLP_LEVELS, nullable: true, description: 'feed: the most restrictive TLP carried (readers still see only what they may)' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsIn(TLP_LEVELS)
  maxTlp?: TlpLevel | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'inbox: the sharing group AMBER envelopes posted here go to; without one, AMBER is refused' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID('all')
  sharingGroupId?: string | null;
}

export class CreateCollectionDto extends CollectionDefinitionFields {
  @ApiProperty({ example: 'All indicators' })
  @Trim()
  @IsString()
  @Length(2, 200)
  title: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string;

  @ApiPropertyOptional({ example: 'indicators', description: 'unique short name (TAXII alias)' })
  @IsOptional()
  @Matches(ALIAS, { message: 'alias must be 1-63 lowercase letters, digits, dot, dash or underscore' })
  alias?: string;

  @ApiProperty({ enum: COLLECTION_KINDS, description: 'feed: read by members; inbox: submitters POST envelopes that become submissions' })
  @IsIn(COLLECTION_KINDS)
  kind: CollectionKind;
}

export class UpdateCollectionDto extends CollectionDefinitionFields {
  @ApiPropertyOptional()
  @IsOptional()
  @Trim()
  @IsString()
  @Length(2, 200)
  title?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @Matches(ALIAS, { message: 'alias must be 1-63 lowercase letters, digits, dot, dash or underscore' })
  alias?: string | null;
}

export class CollectionResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty() description: string;
  @ApiProperty({ nullable: true, type: String }) alias: string | null;
  @ApiProperty({ enum: COLLECTION_KINDS }) kind: CollectionKind;
  @ApiProperty({ type: [String] }) objectTypes: string[];
  @ApiProperty({ type: [String] }) sectors: string[];
  @ApiProperty({ type: [String] }) labels: string[];
  @ApiProperty({ nullable: true, type: Number }) minConfidence: number | null;
  @ApiProperty({ enum: TLP_LEVELS, nullable: true }) maxTlp: TlpLevel | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) sharingGroupId: string | null;
  @ApiProperty({ description: 'the collection in TAXII' }) taxiiUrl: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}
