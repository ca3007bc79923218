import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

const MAIN = join(__dirname, '..', '..', 'src', 'main.js');

/** A free TCP port on 127.0.0.1 (closed again, so the service can take it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface ServiceProcess {
  url: string;
  child: ChildProcess;
  /** Everything the process printed on stdout so far. */
  output(): string;
  kill(signal: NodeJS.Signals): Promise<void>;
}

/** Starts `node dist/src/main.js` as an operator would, and waits until it answers /health. */
export async function startService(env: Record<string, string>, timeoutMs = 60_000): Promise<ServiceProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [MAIN], {
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', PORT: String(port), HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  // Ready once the banner (written in one piece after migrations and the demo seed) is out.
  while (!(stdout.includes('ShieldShare is up') && stdout.endsWith('\n\n'))) {
    if (child.exitCode !== null) throw new Error(`service exited with ${child.exitCode}: ${stderr}`);
    if (Date.now() > deadline) {
      // A child left running would keep the test runner alive after the failure.
      child.kill('SIGKILL');
      throw new Error(`service did not start in ${timeoutMs} ms: ${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    child,
    output: () => stdout,
    kill: (signal) =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill(signal);
      }),
  };
}

/** A secret the demo seed printed on first start: the password of `email`, or the first API key after the line naming `org`. */
export function demoPassword(output: string, email: string): string {
  const match = output.split('\n').find((l) => l.includes(email))?.match(/password: (\S+)/);
  if (!match) throw new Error(`no password for ${email} in the demo output`);
  return match[1];
}

export function demoApiKey(output: string, org: string): string {
  const lines = output.split('\n');
  const match = lines.slice(lines.findIndex((l) => l.includes(org))).find((l) => l.trim().startsWith('key'))?.match(/(ssk_\S+)/);
  if (!match) throw new Error(`no API key for ${org} in the demo output`);
  return match[1];
}
