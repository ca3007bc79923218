// Runs the anonymizer off the service's main thread (see AnonymizerPool).
import { parentPort } from 'node:worker_threads';
import { AnonymizerError, anonymize, createKeyring } from '../../anonymizer';
import type { AnonymizeTask, AnonymizeReply } from './anonymizer-pool';

parentPort!.on('message', (task: AnonymizeTask) => {
  let reply: AnonymizeReply;
  try {
    reply = { seq: task.seq, result: anonymize(task.bundle, task.rules, createKeyring(task.key), task.profile, task.options) };
  } catch (error) {
    reply =
      error instanceof AnonymizerError
        ? { seq: task.seq, error: { message: error.message, refused: { code: error.code, issues: error.issues } } }
        : { seq: task.seq, error: { message: error instanceof Error ? error.message : String(error) } };
  }
  parentPort!.postMessage(reply);
});
