import { Module } from '@nestjs/common';
import { StixController } from './stix.controller';

@Module({ controllers: [StixController] })
export class StixModule {}
