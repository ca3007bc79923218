import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { AnonymizerError, anonymize, createKeyring, type AnonymizationResult, type AnonymizeOptions, type AnonymizerPolicy, type StixBundle, type SubmitterProfile } from '../../anonymizer';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/config.schema';

export interface AnonymizeTask {
  seq: number;
  bundle: StixBundle;
  rules: AnonymizerPolicy;
  key: Uint8Array;
  profile: SubmitterProfile;
  options: AnonymizeOptions & { now: Date };
}

export type AnonymizeReply =
  | { seq: number; result: AnonymizationResult }
  | { seq: number; error: { message: string; refused?: { code: AnonymizerError['code']; issues: AnonymizerError['issues'] } } };

interface Slot {
  worker: Worker;
  busy: boolean;
}

/**
 * Anonymization is the CPU-heavy step of the pipeline: worker threads run it so the main
 * thread keeps answering HTTP and the database while bundles are processed on other cores.
 * With no threads configured it runs inline.
 */
@Injectable()
export class AnonymizerPool implements OnModuleDestroy {
  private readonly logger = new Logger(AnonymizerPool.name);
  private readonly slots: Slot[] = [];
  private readonly waiting: { task: AnonymizeTask; resolve: (r: AnonymizationResult) => void; reject: (e: Error) => void }[] = [];
  private readonly running = new Map<number, { slot: Slot; resolve: (r: AnonymizationResult) => void; reject: (e: Error) => void }>();
  private seq = 0;
  private closed = false;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const threads = config.anonymizerThreads ?? Math.max(1, availableParallelism() - 1);
    if (config.workers) for (let i = 0; i < threads; i++) this.slots.push(this.spawn());
  }

  run(bundle: StixBundle, rules: AnonymizerPolicy, key: Uint8Array, profile: SubmitterProfile, options: AnonymizeTask['options']): Promise<AnonymizationResult> {
    if (this.slots.length === 0) return Promise.resolve(anonymize(bundle, rules, createKeyring(key), profile, options));
    return new Promise((resolve, reject) => {
      this.waiting.push({ task: { seq: ++this.seq, bundle, rules, key, profile, options }, resolve, reject });
      this.dispatch();
    });
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.busy || this.waiting.length === 0) continue;
      const { task, resolve, reject } = this.waiting.shift()!;
      slot.busy = true;
      this.running.set(task.seq, { slot, resolve, reject });
      slot.worker.postMessage(task);
    }
  }

  private spawn(): Slot {
    const worker = new Worker(join(__dirname, 'anonymizer-worker.js'));
    const slot: Slot = { worker, busy: false };
    worker.on('message', (reply: AnonymizeReply) => {
      const job = this.running.get(reply.seq);
      if (!job) return;
      this.running.delete(reply.seq);
      slot.busy = false;
      if ('result' in reply) job.resolve(reply.result);
      else job.reject(reply.error.refused ? new AnonymizerError(reply.error.refused.code, reply.error.refused.issues) : new Error(reply.error.message));
      this.dispatch();
    });
    // A thread that dies fails its task (the job is retried) and is replaced.
    worker.on('error', (error) => this.replace(slot, error));
    worker.on('exit', (code) => {
      if (!this.closed) this.replace(slot, new Error(`anonymizer thread exited with ${code}`));
    });
    worker.unref();
    return slot;
  }

  private replace(slot: Slot, error: Error): void {
    const index = this.slots.indexOf(slot);
    if (index < 0 || this.closed) return;
    this.logger.error({ msg: 'anonymizer thread failed', error: error.message });
    for (const [seq, job] of this.running) {
      if (job.slot !== slot) continue;
      this.running.delete(seq);
      job.reject(error);
    }
    this.slots[index] = this.spawn();
    this.dispatch();
  }

  async onModuleDestroy(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
