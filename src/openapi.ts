import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { stringify } from 'yaml';

/** The OpenAPI document, built from the controllers and DTOs. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('ShieldShare API')
    .setDescription(
      'Security-event sharing and disclosure exchange. Errors are application/problem+json. ' +
        'Authenticate with an API key (Bearer ssk_…), a session token from /api/v1/auth/login, or HTTP Basic (key id + secret).',
    )
    .setVersion('1')
    .addBearerAuth()
    .addBasicAuth()
    .addCookieAuth('ss_session')
    .build();
  return SwaggerModule.createDocument(app, config);
}

/** YAML with keys sorted at every level, so the committed file diffs cleanly. */
export function renderOpenApiYaml(document: OpenAPIObject): string {
  return stringify(sortKeys(document), { lineWidth: 0 });
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}
