import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { createDocumentApp } from '../src/openapi-app';
import { buildOpenApiDocument, renderOpenApiYaml } from '../src/openapi';

it('openapi.yaml matches the code (regenerate with `npm run openapi`)', async () => {
  const app = await createDocumentApp();
  try {
    const fresh = renderOpenApiYaml(buildOpenApiDocument(app));
    const committed = readFileSync(join(__dirname, '..', '..', 'openapi.yaml'), 'utf8');
    assert.equal(committed, fresh);
  } finally {
    await app.close();
  }
});
