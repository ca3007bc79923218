import { INestApplicationContext } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { ROLES, Role } from '../common/auth/role';
import { AppError } from '../common/problem/app-error';
import { API_KEY_SCOPES, ApiKeyScope } from '../modules/api-keys/api-key.entity';
import { ApiKeysService } from '../modules/api-keys/api-keys.service';
import { ORGANIZATION_KINDS, OrganizationKind } from '../modules/orgs/organization.entity';
import { OrgsService } from '../modules/orgs/orgs.service';
import { SigningService } from '../modules/signing/signing.service';
import { UsersService } from '../modules/users/users.service';
import { OPERATOR } from './operator';
import { describeDemo, seedDemo } from './seed-demo';

export class UsageError extends Error {}

export interface CommandOutput {
  json: unknown;
  text: string;
}

type Command = (app: INestApplicationContext, argv: string[]) => Promise<CommandOutput>;

/** Commands that need the database and the services; each returns what it created. */
export const OPERATOR_COMMANDS: Record<string, { usage: string; run: Command }> = {
  'create-org': {
    usage: 'create-org --name <name> --kind <' + ORGANIZATION_KINDS.join('|') + '> [--sectors a,b] [--country DE] [--json]',
    async run(app, argv) {
      const { values } = parse(argv, { name: { type: 'string' }, kind: { type: 'string' }, sectors: { type: 'string' }, country: { type: 'string' } });
      const kind = oneOf(values.kind, ORGANIZATION_KINDS, '--kind') as OrganizationKind;
      const org = await app.get(OrgsService).create(OPERATOR, {
        name: required(values.name, '--name'),
        kind,
        sectors: list(values.sectors),
        country: values.country,
      });
      return { json: org, text: `created organization ${org.name} (${org.kind}) id ${org.id}` };
    },
  },
  'create-user': {
    usage: 'create-user --org <organization id> --email <email> --name <display name> --roles <' + ROLES.join(',') + '> [--password <p>] [--json]',
    async run(app, argv) {
      const { values } = parse(argv, { org: { type: 'string' }, email: { type: 'string' }, name: { type: 'string' }, roles: { type: 'string' }, password: { type: 'string' } });
      const roles = list(values.roles).map((r) => oneOf(r, ROLES, '--roles')) as Role[];
      if (roles.length === 0) throw new UsageError('--roles needs at least one role');
      const password = values.password ?? randomBytes(12).toString('base64url');
      const user = await app.get(UsersService).create(OPERATOR, required(values.org, '--org'), {
        email: required(values.email, '--email'),
        displayName: required(values.name, '--name'),
        roles,
        password,
      });
      const shown = values.password ? undefined : password;
      return {
        json: { ...user, ...(shown ? { password: shown } : {}) },
        text: `created user ${user.email} (${roles.join(', ')}) id ${user.id}${shown ? `\npassword (shown once): ${shown}` : ''}`,
      };
    },
  },
  'create-api-key': {
    usage: 'create-api-key --org <organization id> --name <name> --scopes <' + API_KEY_SCOPES.join(',') + '> [--expires <ISO timestamp>] [--json]',
    async run(app, argv) {
      const { values } = parse(argv, { org: { type: 'string' }, name: { type: 'string' }, scopes: { type: 'string' }, expires: { type: 'string' } });
      const scopes = list(values.scopes).map((s) => oneOf(s, API_KEY_SCOPES, '--scopes')) as ApiKeyScope[];
      if (scopes.length === 0) throw new UsageError('--scopes needs at least one scope');
      const key = await app.get(ApiKeysService).create(OPERATOR, required(values.org, '--org'), {
        name: required(values.name, '--name'),
        scopes,
        expiresAt: values.expires,
      });
      return { json: key, text: `created API key ${key.keyId} (${scopes.join(', ')})\nkey (shown once): ${key.key}` };
    },
  },
  'rotate-signing-key': {
    usage: 'rotate-signing-key [--grace-seconds <seconds the previous key stays in the JWKS>] [--json]',
    async run(app, argv) {
      const { values } = parse(argv, { 'grace-seconds': { type: 'string' } });
      const raw = values['grace-seconds'];
      const grace = raw === undefined ? undefined : Number(raw);
      if (grace !== undefined && (!Number.isInteger(grace) || grace < 0 || grace > 365 * 86_400)) throw new UsageError('--grace-seconds must be an integer from 0 to 31536000');
      const rotation = await app.get(SigningService).rotate(OPERATOR, grace);
      const previous = rotation.previous ? `\nprevious key ${rotation.previous.kid} stays in the JWKS until ${rotation.previous.verifyUntil}` : '';
      return { json: rotation, text: `new signing key ${rotation.active.kid} (${rotation.active.algorithm}) is active${previous}` };
    },
  },
  'seed-demo': {
    usage: 'seed-demo [--json]',
    async run(app, argv) {
      parse(argv, {});
      const demo = await seedDemo(app);
      return { json: demo, text: `seeded the demo exchange:\n${describeDemo(demo)}` };
    },
  },
};

function parse<T extends Record<string, { type: 'string' }>>(argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, options: { ...options, json: { type: 'boolean' } }, strict: true, allowPositionals: false });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function required(value: string | undefined, flag: string): string {
  if (!value) throw new UsageError(`${flag} is required`);
  return value;
}

function list(value: string | undefined): string[] {
  return (value ?? '').split(',').map((v) => v.trim()).filter(Boolean);
}

function oneOf(value: string | undefined, allowed: readonly string[], flag: string): string {
  if (!value || !allowed.includes(value)) throw new UsageError(`${flag} must be one of ${allowed.join(', ')}`);
  return value;
}

/** Service errors carry a code and a sentence; the operator gets both. */
export function describeCommandError(error: unknown): string | undefined {
  if (error instanceof AppError) return `${error.code}: ${error.detail}`;
  return undefined;
}
