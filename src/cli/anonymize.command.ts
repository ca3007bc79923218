// `anonymize <bundle.json|-> [--policy <file>] [--profile <file> | --org <id>] [--report <file>] [--key <hex>]`:
// the anonymizer library on one bundle. No Nest and no database, unless `--org` asks for an
// organization's stored profile (asset registry included) and the current policy.
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { anonymize, AnonymizerError, type AnonymizerPolicy, createKeyring, DEFAULT_POLICY, type SubmitterProfile } from '../anonymizer/index';
import { AppError } from '../common/problem/app-error';
import { validate } from '../stix/index';

const USAGE = 'usage: anonymize <bundle.json|-> [--policy <file>] [--profile <file> | --org <organization id>] [--report <file>] [--key <hex>]';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

class UsageProblem extends Error {}

function parseArgs(argv: string[]): { input: string; policy?: string; profile?: string; org?: string; report?: string; key?: string } {
  const flags: Record<string, string> = {};
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--policy' || a === '--profile' || a === '--org' || a === '--report' || a === '--key') {
      const v = argv[++i];
      if (v === undefined) throw new UsageProblem(`${a} needs a value`);
      flags[a.slice(2)] = v;
    } else if (a.startsWith('--') && a !== '-') throw new UsageProblem(`unknown option ${a}`);
    else positional.push(a);
  }
  if (positional.length !== 1) throw new UsageProblem('exactly one input bundle (a file or -) is required');
  if (flags.profile !== undefined && flags.org !== undefined) throw new UsageProblem('--profile and --org exclude each other: a profile comes from a file or from the store');
  if (flags.org !== undefined && !UUID.test(flags.org)) throw new UsageProblem('--org must be an organization id (a UUID)');
  return { input: positional[0], ...flags };
}

function readText(file: string): string {
  return file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
}

function readJsonFile<T>(file: string, what: string): T {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch (e) {
    throw new UsageProblem(`cannot read ${what} ${file}: ${(e as Error).message}`);
  }
}

/** Runs the anonymize command; returns the exit code (0 ok, 1 invalid bundle, 2 unreadable input, usage or unknown organization). */
export async function runAnonymize(argv: string[]): Promise<number> {
  let args: ReturnType<typeof parseArgs>;
  let text: string;
  let policy: AnonymizerPolicy = DEFAULT_POLICY;
  let profile: SubmitterProfile = {};
  let keyHex: string;
  try {
    args = parseArgs(argv);
    try {
      text = readText(args.input);
    } catch (e) {
      throw new UsageProblem(`cannot read ${args.input}: ${(e as Error).message}`);
    }
    if (args.org) {
      const stored = await (await import('./stored-profile.js')).storedInputs(args.org).catch((e: unknown) => {
        throw e instanceof AppError && e.code === 'ORGANIZATION_NOT_FOUND' ? new UsageProblem(`no organization ${args.org}`) : e;
      });
      ({ profile, policy } = stored);
    }
    if (args.policy) policy = { ...DEFAULT_POLICY, ...readJsonFile<Partial<AnonymizerPolicy>>(args.policy, 'policy') };
    if (args.profile) profile = readJsonFile<SubmitterProfile>(args.profile, 'profile');
    keyHex = args.key ?? process.env.ANONYMIZER_KEY ?? randomBytes(32).toString('hex');
    if (!/^(?:[0-9a-fA-F]{2}){16,}$/.test(keyHex)) throw new UsageProblem('the key must be at least 16 bytes of hex');
  } catch (e) {
    if (!(e instanceof UsageProblem)) throw e;
    process.stderr.write(`${e.message}\n${USAGE}\n`);
    return 2;
  }
  let bundle: unknown;
  try {
    bundle = JSON.parse(text);
  } catch (e) {
    process.stderr.write(`invalid bundle: not JSON (${(e as Error).message})\n`);
    return 1;
  }
  const v = validate(bundle);
  if (!v.valid) {
    for (const err of v.errors.slice(0, 50)) process.stderr.write(`invalid bundle: ${err.path} ${err.rule}: ${err.message}\n`);
    return 1;
  }
  try {
    // The CLI is the edge where the wall clock is read; the library takes it as input.
    const result = anonymize(bundle, policy, createKeyring(keyHex), profile, { now: new Date() });
    process.stdout.write(`${JSON.stringify(result.bundle, null, 2)}\n`);
    if (args.report) writeFileSync(args.report, `${JSON.stringify(result.report, null, 2)}\n`);
    return 0;
  } catch (e) {
    if (e instanceof AnonymizerError) {
      for (const i of e.issues) process.stderr.write(`invalid ${e.code === 'INVALID_BUNDLE' ? 'bundle' : 'input'}: ${i.pointer || '/'} ${i.message}\n`);
      return e.code === 'INVALID_BUNDLE' ? 1 : 2;
    }
    throw e;
  }
}
