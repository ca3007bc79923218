import { Module } from '@nestjs/common';
import { AssetRegistryModule } from '../asset-registry/asset-registry.module';
import { PoliciesModule } from '../policies/policies.module';
import { PublicationModule } from '../publication/publication.module';
import { SharingGroupsModule } from '../sharing-groups/sharing-groups.module';
import { AnonymizerPool } from './anonymizer-pool';
import { SubmissionPipeline } from './submission-pipeline';
import { SubmissionPublisher } from './submission-publisher';
import { SubmissionWorkflow } from './submission-workflow';
import { SubmissionsController } from './submissions.controller';
import { SubmissionsService } from './submissions.service';

@Module({
  imports: [PoliciesModule, SharingGroupsModule, PublicationModule, AssetRegistryModule],
  controllers: [SubmissionsController],
  providers: [AnonymizerPool, SubmissionsService, SubmissionWorkflow, SubmissionPublisher, SubmissionPipeline],
  exports: [SubmissionsService, SubmissionWorkflow, SubmissionPublisher, SubmissionPipeline],
})
export class SubmissionsModule {}
