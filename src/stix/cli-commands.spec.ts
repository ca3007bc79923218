import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runPattern, runValidate, type Output } from '../cli/stix.commands';
import { fixturePath } from './spec-support';

/** Runs a command with its output collected; returns its exit code and the parsed JSON it printed. */
async function capture(run: (out: Output) => Promise<number>): Promise<{ code: number; out: Record<string, unknown> }> {
  let text = '';
  const out: Output = {
    write: ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      text += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      const cb = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
      cb?.();
      return true;
    }) as Output['write'],
  };
  const code = await run(out);
  return { code, out: JSON.parse(text) as Record<string, unknown> };
}

const dir = mkdtempSync(path.join(tmpdir(), 'stix-cli-'));
function file(name: string, content: string): string {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
}

describe('cli validate', () => {
  it('prints the result and exits 0 for a valid bundle', async () => {
    const { code, out } = await capture((o) => runValidate([fixturePath('valid', 'domain-objects.json')], o));
    assert.equal(code, 0);
    assert.equal(out.valid, true);
    assert.deepEqual(out.errors, []);
  });

  it('exits 1 with the errors for an invalid object', async () => {
    const bad = file('bad.json', JSON.stringify({ type: 'indicator', id: 'indicator--x' }));
    const { code, out } = await capture((o) => runValidate([bad], o));
    assert.equal(code, 1);
    assert.equal(out.valid, false);
    assert.ok((out.errors as Array<{ rule: string }>).some((e) => e.rule === 'invalid-identifier'));
  });

  it('exits 2 for a missing file', async () => {
    const { code, out } = await capture((o) => runValidate([path.join(dir, 'nope.json')], o));
    assert.equal(code, 2);
    assert.match(JSON.stringify(out.error), /file not found/);
  });

  it('exits 2 for input that is not JSON', async () => {
    const { code } = await capture((o) => runValidate([file('not.json', '{"type": ')], o));
    assert.equal(code, 2);
  });

  it('exits 2 without an argument', async () => {
    const { code } = await capture((o) => runValidate([], o));
    assert.equal(code, 2);
  });

  it('accepts the command name as the first argument', async () => {
    const { code } = await capture((o) => runValidate(['validate', fixturePath('valid', 'tlp-markings.json')], o));
    assert.equal(code, 0);
  });
});

describe('cli pattern', () => {
  it('prints canonical text, AST and observables and exits 0', async () => {
    const p = file('p.txt', "[file:hashes.'SHA-256' = 'ab' ]  AND [ipv4-addr:value = '10.0.0.1']\n");
    const { code, out } = await capture((o) => runPattern([p], o));
    assert.equal(code, 0);
    assert.equal(out.pattern, "[file:hashes.'SHA-256' = 'ab'] AND [ipv4-addr:value = '10.0.0.1']");
    assert.equal((out.ast as { type: string }).type, 'observation-and');
    assert.deepEqual(
      (out.observables as Array<{ objectType: string; path: string }>).map((o) => `${o.objectType}:${o.path}`),
      ["file:hashes.'SHA-256'", 'ipv4-addr:value'],
    );
  });

  it('exits 1 with the offset for an invalid pattern', async () => {
    const { code, out } = await capture((o) => runPattern([file('bad.txt', "[file:name = 'a'")], o));
    assert.equal(code, 1);
    assert.deepEqual((out.errors as Array<{ rule: string; offset: number }>).map((e) => [e.rule, e.offset]), [['invalid-pattern', 16]]);
  });

  it('exits 2 for a missing file', async () => {
    const { code } = await capture((o) => runPattern([path.join(dir, 'missing.txt')], o));
    assert.equal(code, 2);
  });
});
