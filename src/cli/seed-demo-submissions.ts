import { INestApplicationContext } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { StixBundle } from '../anonymizer';
import type { Principal } from '../common/auth/principal';
import { ModerationService } from '../modules/moderation/moderation.service';
import type { TlpLevel } from '../modules/policies/policy-rules';
import { SharingGroupsService } from '../modules/sharing-groups/sharing-groups.service';
import { SubmissionPipeline } from '../modules/submissions/submission-pipeline';
import { SubmissionsService } from '../modules/submissions/submissions.service';
import { User } from '../modules/users/user.entity';
import { OPERATOR } from './operator';

type Obj = Record<string, unknown>;
const id = (type: string) => `${type}--${randomUUID()}`;

/** A small incident in the submitter's own words: its identity, malware, C2 indicators, a victim device. */
function incident(org: string, malware: string, description: string, c2: string[], created: string): { type: 'bundle'; id: string; objects: Obj[] } {
  const identity = { type: 'identity', spec_version: '2.1', id: id('identity'), created, modified: created, name: org, identity_class: 'organization' };
  const family = { type: 'malware', spec_version: '2.1', id: id('malware'), created, modified: created, created_by_ref: identity.id, name: malware, is_family: true, description };
  const objects: Obj[] = [identity, family];
  for (const value of c2) {
    const kind = /^\d/.test(value) ? 'ipv4-addr' : 'domain-name';
    const indicator = {
      type: 'indicator',
      spec_version: '2.1',
      id: id('indicator'),
      created,
      modified: created,
      created_by_ref: identity.id,
      name: `${malware} C2 ${value}`,
      indicator_types: ['malicious-activity'],
      pattern: `[${kind}:value = '${value}']`,
      pattern_type: 'stix',
      valid_from: created,
      confidence: 75,
    };
    objects.push(indicator, {
      type: 'relationship',
      spec_version: '2.1',
      id: id('relationship'),
      created,
      modified: created,
      created_by_ref: identity.id,
      relationship_type: 'indicates',
      source_ref: indicator.id,
      target_ref: family.id,
    });
  }
  return { type: 'bundle', id: id('bundle'), objects };
}

interface DemoSubmission {
  from: 'Acme Metering' | 'NordTel Mobile';
  tlp: TlpLevel;
  group?: string;
  bundle: ReturnType<typeof incident>;
  /** What a coordinator does with it, in order. */
  then: ('approve' | 'approve2' | 'reject' | 'request-changes' | 'embargo' | 'withdraw' | 'invalid')[];
}

/**
 * Sharing groups and submissions in every state, made through the same services as the API,
 * so a fresh start has a queue to moderate and feeds to read.
 */
export async function seedDemoSubmissions(app: INestApplicationContext, orgIds: Record<string, string>): Promise<void> {
  const dataSource = app.get(DataSource);
  const people = await dataSource.getRepository(User).find();
  const person = (email: string): Principal => {
    const user = people.find((u) => u.email === email)!;
    return { orgId: user.organizationId, userId: user.id, roles: user.roles, via: 'session' };
  };
  const acme = person('psirt@acme-metering.example');
  const nordtel = person('soc@nordtel.example');
  const coordinator = person('coordinator@shieldshare.example');
  const coordinator2 = person('coordinator2@shieldshare.example');
  const groups = app.get(SharingGroupsService);
  const metering = await groups.create(OPERATOR, { name: 'EU smart-metering', description: 'Meter makers and grid operators in the EU', memberOrgIds: [orgIds['Acme Metering'], orgIds['GridWatch Utilities']] });
  const nordic = await groups.create(OPERATOR, { name: 'Nordic carriers', description: 'Mobile network operators in the Nordics', memberOrgIds: [orgIds['NordTel Mobile'], orgIds['GridWatch Utilities']] });

  const day = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().replace(/\.\d{3}Z$/, '.000Z');
  // Staff, internal addresses, customers and case numbers of the demo organizations' asset registries (seed-demo.ts).
  const acmeText = 'Found by Jana Novak (jana.novak@acme-metering.example) on AM-550 meter 10.44.0.17 of Stadtwerke Musterstadt, case ACME-CASE-2291.';
  const nordText = 'Seen on NordTel modems in 198.51.100.244; ticket NT-TICKET-5150, contact soc@nordtel.example, +46 70 123 45 67.';
  const demo: DemoSubmission[] = [
    { from: 'Acme Metering', tlp: 'green', bundle: incident('Acme Metering', 'MeterMaid', acmeText, ['198.51.100.23', 'update-meter.example.net'], day(1)), then: [] },
    { from: 'Acme Metering', tlp: 'amber', group: metering.id, bundle: incident('Acme Metering', 'GridLock', acmeText, ['203.0.113.50'], day(2)), then: [] },
    { from: 'NordTel Mobile', tlp: 'clear', bundle: incident('NordTel Mobile', 'SmsPhantom', nordText, ['smsc-relay.example.org'], day(1)), then: ['approve'] },
    { from: 'NordTel Mobile', tlp: 'green', bundle: incident('NordTel Mobile', 'ModemHopper', nordText, ['192.0.2.77', '192.0.2.78'], day(3)), then: ['request-changes'] },
    { from: 'Acme Metering', tlp: 'green', bundle: incident('Acme Metering', 'TestOnly', acmeText, ['198.51.100.99'], day(4)), then: ['reject'] },
    { from: 'Acme Metering', tlp: 'green', bundle: incident('Acme Metering', 'OpticPort', acmeText, ['198.51.100.7', 'meter-telemetry.example.com'], day(6)), then: ['approve'] },
    { from: 'NordTel Mobile', tlp: 'amber+strict', group: nordic.id, bundle: incident('NordTel Mobile', 'SimSwapKit', nordText, ['203.0.113.9'], day(5)), then: ['approve'] },
    { from: 'NordTel Mobile', tlp: 'clear', bundle: incident('NordTel Mobile', 'PremiumDialer', nordText, ['premium-dialer.example.net'], day(7)), then: ['approve', 'approve2'] },
    { from: 'Acme Metering', tlp: 'red', bundle: incident('Acme Metering', 'FirmwareSigner', acmeText, ['203.0.113.200'], day(2)), then: ['approve'] },
    { from: 'Acme Metering', tlp: 'green', bundle: incident('Acme Metering', 'EmbargoBug', acmeText, ['198.51.100.150'], day(1)), then: ['embargo'] },
    { from: 'NordTel Mobile', tlp: 'green', bundle: incident('NordTel Mobile', 'Duplicate', nordText, ['192.0.2.10'], day(2)), then: ['withdraw'] },
    { from: 'Acme Metering', tlp: 'green', bundle: incident('Acme Metering', 'FalseAlarm', acmeText, ['198.51.100.201'], day(8)), then: ['approve', 'withdraw'] },
    { from: 'NordTel Mobile', tlp: 'green', bundle: incident('NordTel Mobile', 'Broken', nordText, ['192.0.2.1'], day(0)), then: ['invalid'] },
  ];

  const submissions = app.get(SubmissionsService);
  const pipeline = app.get(SubmissionPipeline);
  const moderation = app.get(ModerationService);
  for (const d of demo) {
    const who = d.from === 'Acme Metering' ? acme : nordtel;
    if (d.then.includes('invalid')) {
      delete (d.bundle.objects[2] as Obj).pattern;
      await submissions.submit(who, { bundle: d.bundle as StixBundle, tlp: d.tlp }, undefined).catch(() => undefined);
      continue;
    }
    const { id: submissionId } = await submissions.submit(who, { bundle: d.bundle as StixBundle, tlp: d.tlp, sharingGroupId: d.group }, undefined);
    // Processed here rather than by the workers, so the seed is complete when it returns.
    await pipeline.process(submissionId, 1);
    for (const step of d.then) {
      if (step === 'approve') await moderation.approve(coordinator, submissionId, {});
      if (step === 'approve2') await moderation.approve(coordinator2, submissionId, {});
      if (step === 'reject') await moderation.reject(coordinator, submissionId, { reason: 'A test submission, not an incident.' });
      if (step === 'request-changes') await moderation.requestChanges(coordinator, submissionId, { message: 'Please remove the customer phone numbers from the description and resubmit.' });
      if (step === 'embargo') await moderation.approve(coordinator, submissionId, { publishAt: new Date(Date.now() + 7 * 86_400_000).toISOString() });
      if (step === 'withdraw') await submissions.withdraw(who, submissionId, { reason: 'Sent twice by our TIP export.' });
    }
  }
}
