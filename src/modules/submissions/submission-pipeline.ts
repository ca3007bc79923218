import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { hostname } from 'node:os';
import { DataSource } from 'typeorm';
import { AnonymizerError, type AnonymizationResult } from '../../anonymizer';
import { SYSTEM } from '../../common/auth/principal';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/config.schema';
import { secretFromDataDir } from '../../config/secret-file';
import { SubmitterProfiles } from '../asset-registry/submitter-profiles';
import { JobsService } from '../jobs/jobs.service';
import { Organization } from '../orgs/organization.entity';
import { Policy } from '../policies/policy.entity';
import { AnonymizerPool } from './anonymizer-pool';
import { pseudonymKey } from './pseudonym-key';
import { RELEASE_QUEUE, SubmissionPublisher, type ReleaseJob } from './submission-publisher';
import { columns, SubmissionWorkflow } from './submission-workflow';
import { Submission } from './submission.entity';
import { PROCESS_QUEUE, SubmissionsService, type ProcessJob } from './submissions.service';

/** Which instance did the work, for operators reading the audit log of a scaled-out deployment. */
const INSTANCE = `${hostname()}/${process.pid}`;
const SWEEP_QUEUE = 'submission-sweep';
const PURGE_QUEUE = 'submission-purge-raw';
/** A submission still `received` this long after its last change has lost its job (e.g. a crash). */
const STALLED_AFTER_SECONDS = 120;

/**
 * The background half of the pipeline on pg-boss: validate/anonymize (`received` →
 * `pending_review`, or straight to publication under auto-approval), embargo release, and the
 * raw-content retention purge. Every handler is idempotent: a job delivered twice, or sent
 * again after a crash, finds the submission already moved on and does nothing.
 */
@Injectable()
export class SubmissionPipeline implements OnModuleInit {
  private readonly logger = new Logger(SubmissionPipeline.name);
  private readonly masterKey: Uint8Array;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly jobs: JobsService,
    private readonly workflow: SubmissionWorkflow,
    private readonly publisher: SubmissionPublisher,
    private readonly submissions: SubmissionsService,
    private readonly anonymizer: AnonymizerPool,
    private readonly profiles: SubmitterProfiles,
  ) {
    this.masterKey = config.anonymizerKey ? Buffer.from(config.anonymizerKey, 'utf8') : secretFromDataDir(config.dataDir, 'anonymizer.key');
  }

  onModuleInit(): void {
    this.jobs.define<ProcessJob>({
      name: PROCESS_QUEUE,
      concurrency: 2,
      expireInSeconds: 120,
      handle: (job) => this.process(job.submissionId, job.revision),
      onStart: () => this.resendStalled(0).then(() => undefined),
    });
    this.jobs.define<ReleaseJob>({ name: RELEASE_QUEUE, concurrency: 1, handle: () => this.releaseDue(new Date()).then(() => undefined) });
    this.jobs.define({ name: SWEEP_QUEUE, concurrency: 1, cron: '* * * * *', handle: () => this.sweep() });
    this.jobs.define({ name: PURGE_QUEUE, concurrency: 1, cron: '17 * * * *', handle: () => this.purgeExpired(new Date()).then(() => undefined) });
  }

  /** Validates and anonymizes one revision; the heavy work runs outside the transaction. */
  async process(submissionId: string, revision: number): Promise<void> {
    const repo = this.dataSource.getRepository(Submission);
    const submission = await repo.findOne({
      where: { id: submissionId },
      select: columns(['id', 'organizationId', 'state', 'revision', 'policyVersion', 'attributionConsent', 'receivedAt', 'rawBundle']),
    });
    if (!submission || submission.state !== 'received' || submission.revision !== revision || !submission.rawBundle) return;
    const policy = await this.dataSource.getRepository(Policy).findOneByOrFail({ version: submission.policyVersion });
    const org = await this.dataSource.getRepository(Organization).findOneByOrFail({ id: submission.organizationId });
    const rules = policy.rules.anonymizer;
    // Attribution needs both: a policy that allows it and this submission's recorded consent.
    const attribution = policy.rules.attribution === 'with-consent' && submission.attributionConsent ? 'with-consent' : 'never';
    const profile = await this.profiles.of(org.id, { attribution: attribution === 'with-consent' });
    let result: AnonymizationResult | null = null;
    let failure: string | null = null;
    try {
      const key = pseudonymKey(this.masterKey, rules.keyScope, submission);
      result = await this.anonymizer.run(submission.rawBundle, rules, key, profile, { now: submission.receivedAt, attribution });
    } catch (error) {
      if (!(error instanceof AnonymizerError)) throw error;
      failure = error.message;
    }
    await this.dataSource.transaction(async (em) => {
      const locked = await this.workflow.lock(em, submissionId);
      if (!locked || locked.state !== 'received' || locked.revision !== revision) return;
      if (!result) {
        await this.workflow.record(em, locked, 'anonymize', 'invalid', { who: SYSTEM, actor: 'system', message: failure }, {
          errors: [{ path: '', rule: 'anonymizer-refused', message: failure ?? 'the anonymizer refused the bundle' }],
        });
        return;
      }
      const { report } = result;
      await this.workflow.record(
        em,
        locked,
        'anonymize',
        'pending_review',
        {
          who: SYSTEM,
          actor: 'system',
          details: { verdict: report.verdict, score: report.score, transformations: report.transformations.length, attributed: report.attribution === 'submitter-with-consent', processedBy: INSTANCE },
        },
        {
          anonymizedBundle: result.bundle,
          report,
          idMap: result.idMap,
          verdict: report.verdict,
          riskScore: report.score,
        },
      );
      if (org.autoApprove && report.verdict === 'auto-publish' && locked.tlp !== 'clear') {
        await this.publisher.approve(em, locked, { who: SYSTEM, actor: 'system', publishAt: locked.embargoUntil, approvals: [], details: { auto: true } });
      }
    });
  }

  /** Publishes every approved submission whose embargo has passed. */
  async releaseDue(now: Date): Promise<number> {
    const due = await this.dataSource
      .getRepository(Submission)
      .createQueryBuilder('s')
      .select('s.id')
      .where("s.state = 'approved' AND s.publish_at <= :now", { now })
      .getMany();
    for (const { id } of due) {
      await this.dataSource.transaction(async (em) => {
        const locked = await this.workflow.lock(em, id, ['anonymizedBundle']);
        if (!locked || locked.state !== 'approved' || !locked.publishAt || locked.publishAt > now) return;
        await this.publisher.publish(em, locked, 'release', { who: SYSTEM, actor: 'system', publishAt: locked.publishAt, approvals: locked.approvals });
      });
    }
    return due.length;
  }

  /** Raw content past the policy's retention is deleted; the anonymized version and the audit trail remain. */
  async purgeExpired(now: Date): Promise<number> {
    const expired = await this.dataSource
      .getRepository(Submission)
      .createQueryBuilder('s')
      .select('s.id')
      .where("s.raw_purge_after <= :now AND s.raw_purged_at IS NULL AND s.state <> 'received'", { now })
      .getMany();
    for (const { id } of expired) {
      await this.dataSource.transaction(async (em) => {
        const locked = await this.workflow.lock(em, id);
        if (!locked || locked.rawPurgedAt || locked.state === 'received') return;
        await em.getRepository(Submission).update({ id }, { rawBundle: null, idMap: null, rawPurgedAt: now });
        await this.workflow.audited(em, SYSTEM, locked, 'raw-purged', { rawSha256: locked.rawSha256, rawBytes: locked.rawBytes, purgeAfter: locked.rawPurgeAfter.toISOString() });
      });
    }
    if (expired.length > 0) this.logger.log({ msg: 'raw content purged', submissions: expired.length });
    return expired.length;
  }

  private async sweep(): Promise<void> {
    await this.resendStalled(STALLED_AFTER_SECONDS);
    await this.releaseDue(new Date());
  }

  /**
   * Sends the processing job again for submissions still `received` with no job waiting: the
   * job of a worker that crashed mid-way is otherwise retried only when it expires.
   */
  async resendStalled(olderThanSeconds: number): Promise<number> {
    const stalled: { id: string; revision: number }[] = await this.dataSource.query(
      `SELECT s.id, s.revision FROM submissions s
       WHERE s.state = 'received' AND s.updated_at <= now() - make_interval(secs => $1)
         AND NOT EXISTS (SELECT 1 FROM pgboss.job j WHERE j.name = $2 AND j.state IN ('created', 'retry') AND j.data->>'submissionId' = s.id::text)`,
      [olderThanSeconds, PROCESS_QUEUE],
    );
    for (const s of stalled) {
      await this.dataSource.transaction((em) => this.submissions.enqueue(em, s as Submission));
    }
    if (stalled.length > 0) this.logger.log({ msg: 'stalled submissions sent again', submissions: stalled.length });
    return stalled.length;
  }
}
