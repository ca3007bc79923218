import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { AnonymizerPolicy, SubmitterProfile } from '../anonymizer';
import { AppModule } from '../app.module';
import { openDatabase } from '../bootstrap';
import { loadConfig } from '../config/config.schema';
import { SubmitterProfiles } from '../modules/asset-registry/submitter-profiles';
import { PoliciesService } from '../modules/policies/policies.service';

/**
 * What the service would anonymize an organization's bundle with: its stored profile (asset
 * registry included) and the current policy's rules. Opens the database like the operator
 * commands do (no background workers).
 */
export async function storedInputs(orgId: string): Promise<{ profile: SubmitterProfile; policy: AnonymizerPolicy }> {
  const config = { ...loadConfig(process.env), workers: false };
  const database = await openDatabase(config);
  try {
    const app = await NestFactory.createApplicationContext(AppModule.forRoot(config, database.url), { logger: ['error'] });
    try {
      const [profile, policy] = await Promise.all([app.get(SubmitterProfiles).of(orgId), app.get(PoliciesService).current()]);
      return { profile, policy: policy.rules.anonymizer };
    } finally {
      await app.close();
    }
  } finally {
    await database.stop();
  }
}
