import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { validate } from './index';
import { jsonFiles, readJson, repoRoot } from './spec-support';

// shared/stix-corpus/valid: the OASIS example documents; every one must validate (warnings allowed).
const CORPUS = path.resolve(repoRoot(), '../shared/stix-corpus/valid');

describe('validate: the shared OASIS corpus', () => {
  it('finds the corpus', () => {
    assert.ok(existsSync(CORPUS), `corpus not found at ${CORPUS}`);
    assert.ok(jsonFiles(CORPUS).length >= 8);
  });

  for (const file of existsSync(CORPUS) ? jsonFiles(CORPUS) : []) {
    it(`accepts ${path.relative(CORPUS, file)}`, () => {
      const r = validate(readJson(file));
      assert.deepEqual(r.errors, [], `${path.basename(file)}: ${JSON.stringify(r.errors.slice(0, 5))}`);
      assert.equal(r.valid, true);
    });
  }
});
