// `validate` and `pattern` CLI commands: plain functions over the STIX library, with no
// Nest, TypeORM or database imports, so they start fast. Each prints one JSON document
// to stdout and returns the exit code: 0 valid, 1 invalid, 2 unreadable input.
import { readFile } from 'node:fs/promises';
import { parsePattern, printPattern, StixPatternError, validate } from '../stix';

const EXIT_VALID = 0;
const EXIT_INVALID = 1;
const EXIT_UNREADABLE = 2;

/** Where a command prints; stdout unless a caller (a test) passes its own. */
export type Output = Pick<NodeJS.WritableStream, 'write'>;

function writeJson(out: Output, value: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    out.write(`${JSON.stringify(value, null, 2)}\n`, (err?: Error | null) => (err ? reject(err) : resolve()));
  });
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** Reads the file named by the first argument, or stdin for `-`. */
async function readInput(argv: string[], command: string): Promise<{ text: string } | { error: string }> {
  const args = argv[0] === command ? argv.slice(1) : argv;
  const source = args[0];
  if (!source) return { error: `usage: ${command} <file|->` };
  try {
    return { text: source === '-' ? await readStdin() : await readFile(source, 'utf8') };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { error: code === 'ENOENT' ? `file not found: ${source}` : `cannot read ${source}: ${code ?? (e as Error).message}` };
  }
}

/** `validate <file|->`: validates a STIX bundle or object and prints { valid, errors, warnings }. */
export async function runValidate(argv: string[], out: Output = process.stdout): Promise<number> {
  const input = await readInput(argv, 'validate');
  if ('error' in input) {
    await writeJson(out, { valid: false, error: { code: 'UNREADABLE_INPUT', message: input.error } });
    return EXIT_UNREADABLE;
  }
  let doc: unknown;
  try {
    doc = JSON.parse(input.text);
  } catch (e) {
    await writeJson(out, { valid: false, error: { code: 'UNREADABLE_INPUT', message: `not JSON: ${(e as Error).message}` } });
    return EXIT_UNREADABLE;
  }
  const result = validate(doc);
  await writeJson(out, result);
  return result.valid ? EXIT_VALID : EXIT_INVALID;
}

/** `pattern <file|->`: parses a bare STIX pattern and prints its canonical text, AST and observables. */
export async function runPattern(argv: string[], out: Output = process.stdout): Promise<number> {
  const input = await readInput(argv, 'pattern');
  if ('error' in input) {
    await writeJson(out, { valid: false, error: { code: 'UNREADABLE_INPUT', message: input.error } });
    return EXIT_UNREADABLE;
  }
  // A trailing newline from the file or shell is not part of the pattern.
  const text = input.text.replace(/\r?\n$/, '');
  try {
    const parsed = parsePattern(text);
    await writeJson(out, { valid: true, pattern: printPattern(parsed.ast), ast: parsed.ast, observables: parsed.observables });
    return EXIT_VALID;
  } catch (e) {
    if (!(e instanceof StixPatternError)) throw e;
    await writeJson(out, { valid: false, errors: [{ rule: 'invalid-pattern', offset: e.offset, message: e.message }] });
    return EXIT_INVALID;
  }
}
