import { Module } from '@nestjs/common';
import { SharingGroupsController } from './sharing-groups.controller';
import { SharingGroupsService } from './sharing-groups.service';

@Module({ controllers: [SharingGroupsController], providers: [SharingGroupsService], exports: [SharingGroupsService] })
export class SharingGroupsModule {}
