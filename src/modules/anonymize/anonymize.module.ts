import { Module } from '@nestjs/common';
import { PoliciesModule } from '../policies/policies.module';
import { AnonymizeController } from './anonymize.controller';
import { AnonymizeService } from './anonymize.service';

@Module({ imports: [PoliciesModule], controllers: [AnonymizeController], providers: [AnonymizeService] })
export class AnonymizeModule {}
