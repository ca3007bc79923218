import { INestApplication, ValidationError, ValidationPipe } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import express, { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';
import type { AppConfig } from './config/config.schema';
import { compressReads } from './common/http/compress-reads.middleware';
import { AppLogger } from './common/logging/app-logger';
import { httpObserver } from './common/logging/http-observer.middleware';
import { requestIdMiddleware, requestIdOf } from './common/logging/request-id.middleware';
import { AppError, ProblemIssue } from './common/problem/app-error';
import { sendProblem } from './common/problem/problem';
import { bodyParserError, ProblemFilter } from './common/problem/problem.filter';
import { adminUi } from './modules/admin-ui/admin-ui.middleware';
import { findPrototypeKey } from './common/validation/prototype-keys';
import { taxiiEdge } from './modules/taxii/taxii-edge.middleware';
import { TAXII_PREFIX } from './modules/taxii/taxii-media';
import { taxiiPageReads } from './modules/taxii/taxii-page-reads';
import { TaxiiService } from './modules/taxii/taxii.service';
import { RequestAuthenticator } from './modules/auth/request-authenticator';
import { MetricsService } from './modules/health/metrics.service';
import { buildOpenApiDocument } from './openapi';
import { SwaggerModule } from '@nestjs/swagger';

const JSON_TYPES = ['application/json', 'application/*+json'];

/** Pipes, filters, middleware and limits: the one place production and tests share. */
export function configureApp(app: NestExpressApplication, config: AppConfig, logger: AppLogger): INestApplication {
  app.useLogger(logger);
  app.disable('x-powered-by');
  app.use(requestIdMiddleware);
  app.use(httpObserver(logger.pino, app.get(MetricsService)));
  // Over plain http (a local start), HSTS and upgrade-insecure-requests would break the UI.
  const https = config.publicUrl.startsWith('https:');
  app.use(helmet({ hsts: https, contentSecurityPolicy: { directives: { upgradeInsecureRequests: https ? [] : null } } }));
  if (config.compressResponses) app.use(compressReads());
  app.enableCors(config.corsOrigins.length > 0 ? { origin: config.corsOrigins, credentials: true } : { origin: false });
  // TAXII clients authenticate with Basic or Bearer only: a browser's session cookie is not read
  // there, so another site cannot ride a signed-in coordinator's session into a TAXII POST or DELETE.
  app.use(unlessTaxii(cookieParser()));
  // The admin app's static files: same origin as the API, so helmet's CSP ('self') covers it.
  app.use('/admin', adminUi());
  // TAXII routes answer with TAXII errors and take application/taxii+json up to the API root's max_content_length.
  app.use(`/${TAXII_PREFIX}`, taxiiEdge(config.bodyLimitBytes));
  app.use(`/${TAXII_PREFIX}`, taxiiPageReads(app.get(RequestAuthenticator), app.get(TaxiiService)));
  app.use(requireJsonBody);
  app.use(express.json({ limit: config.bodyLimitBytes, type: JSON_TYPES }));
  app.use(bodyErrors);
  app.use(refusePrototypeKeys);
  app.useGlobalPipes(
    new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true, exceptionFactory: validationProblem }),
  );
  app.useGlobalFilters(new ProblemFilter());
  SwaggerModule.setup('api/docs', app, () => buildOpenApiDocument(app), { jsonDocumentUrl: 'api/docs/openapi.json' });
  const server = app.getHttpServer();
  server.requestTimeout = config.requestTimeoutMs;
  server.headersTimeout = Math.min(config.requestTimeoutMs, 60_000);
  return app;
}

function unlessTaxii(handler: RequestHandler): RequestHandler {
  const prefix = `/${TAXII_PREFIX}`;
  return (req, res, next) => (req.path === prefix || req.path.startsWith(`${prefix}/`) ? next() : handler(req, res, next));
}

/** A request that carries a body must say it is JSON; anything else is a 415, not a parse guess. */
function requireJsonBody(req: Request, res: Response, next: NextFunction): void {
  const hasBody = req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
  if (hasBody && !req.is(JSON_TYPES)) {
    const type = req.headers['content-type'] ?? 'none';
    return sendProblem(res, new AppError('UNSUPPORTED_MEDIA_TYPE', `send the body as application/json (got ${type})`), req.path, requestIdOf(req));
  }
  next();
}

/**
 * `__proto__` and `constructor: {...}` keys never mean anything here; refusing them keeps
 * prototype-pollution payloads away from every handler and library.
 */
function refusePrototypeKeys(req: Request, res: Response, next: NextFunction): void {
  const pointer = findPrototypeKey(req.body, '', 0);
  if (pointer === undefined) return next();
  const problem = new AppError('VALIDATION_FAILED', `the property ${pointer} is not allowed`, {
    errors: [{ pointer, message: 'prototype keys are not allowed' }],
  });
  sendProblem(res, problem, req.path, requestIdOf(req));
}

function bodyErrors(err: unknown, req: Request, res: Response, next: NextFunction): void {
  const problem = bodyParserError(err);
  if (!problem) return next(err);
  sendProblem(res, problem, req.path, requestIdOf(req));
}

function validationProblem(errors: ValidationError[]): AppError {
  const issues = flatten(errors, '');
  const detail = issues.map((i) => `${i.pointer || '/'}: ${i.message}`).join('; ');
  return new AppError('VALIDATION_FAILED', detail, { errors: issues });
}

function flatten(errors: ValidationError[], parent: string): ProblemIssue[] {
  return errors.flatMap((error) => {
    const pointer = `${parent}/${error.property}`;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ pointer, message }));
    return [...own, ...flatten(error.children ?? [], pointer)];
  });
}
