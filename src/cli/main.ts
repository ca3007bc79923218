import { ConfigError } from '../config/config.schema';
import { DataDirInUseError } from '../database/data-dir-lock';

// Library commands load only their library: no Nest, no database, quick to start.
const LIBRARY_COMMANDS: Record<string, { usage: string; run: (argv: string[]) => Promise<number> }> = {
  validate: { usage: 'validate <file|->', run: async (argv) => (await import('./stix.commands.js')).runValidate(argv) },
  pattern: { usage: 'pattern <file|->', run: async (argv) => (await import('./stix.commands.js')).runPattern(argv) },
  anonymize: {
    usage: 'anonymize <bundle.json|-> [--policy <file>] [--profile <file> | --org <organization id>] [--report <file>] [--key <hex>]',
    run: async (argv) => (await import('./anonymize.command.js')).runAnonymize(argv),
  },
};

const OPERATOR_COMMAND_NAMES = ['migrate', 'create-org', 'create-user', 'create-api-key', 'rotate-signing-key', 'seed-demo'];

async function usage(): Promise<string> {
  const { OPERATOR_COMMANDS } = await import('./operator-commands.js');
  const lines = [
    'usage: npm run cli -- <command> [options]',
    '  migrate',
    ...Object.values(OPERATOR_COMMANDS).map((c) => `  ${c.usage}`),
    ...Object.values(LIBRARY_COMMANDS).map((c) => `  ${c.usage}`),
  ];
  return lines.join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === 'help') {
    process.stderr.write(`${await usage()}\n`);
    return name ? 0 : 2;
  }
  const library = LIBRARY_COMMANDS[name];
  if (library) return library.run(rest);
  if (!OPERATOR_COMMAND_NAMES.includes(name)) {
    process.stderr.write(`unknown command "${name}"\n${await usage()}\n`);
    return 2;
  }
  return (await import('./operator-main.js')).runOperatorCommand(name, rest);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ConfigError) process.stderr.write(`configuration error: ${error.problems.join('; ')}\n`);
    else if (error instanceof DataDirInUseError) process.stderr.write(`${error.message}\n`);
    else process.stderr.write(`failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(error instanceof ConfigError || error instanceof DataDirInUseError ? 3 : 1);
  },
);
