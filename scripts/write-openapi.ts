import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDocumentApp } from '../src/openapi-app';
import { buildOpenApiDocument, renderOpenApiYaml } from '../src/openapi';

/** Writes openapi.yaml from the code; `test/openapi-drift.spec.ts` fails when it is stale. */
async function main(): Promise<void> {
  const app = await createDocumentApp();
  const path = join(__dirname, '..', '..', 'openapi.yaml');
  writeFileSync(path, renderOpenApiYaml(buildOpenApiDocument(app)));
  await app.close();
  process.stdout.write(`wrote ${path}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
