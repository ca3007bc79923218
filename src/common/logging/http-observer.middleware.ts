import type { NextFunction, Request, Response } from 'express';
import type { Logger as Pino } from 'pino';
import type { MetricsService } from '../../modules/health/metrics.service';
import type { Principal } from '../auth/principal';
import { requestIdOf } from './request-id.middleware';

const ROUTE_PATTERN = Symbol('routePattern');

/** For a handler that answers ahead of the router: the route pattern its requests are logged and counted under. */
export function setRoutePattern(req: Request, pattern: string): void {
  (req as unknown as Record<symbol, string>)[ROUTE_PATTERN] = pattern;
}

function routePatternOf(req: Request): string {
  const set = (req as unknown as Record<symbol, string | undefined>)[ROUTE_PATTERN];
  return set ?? (req.route?.path ? `${req.baseUrl}${req.route.path}` : 'unmatched');
}

/**
 * One access-log line and one metrics sample per request. Routes are logged by their
 * pattern (`/api/v1/organizations/:id`), never with query strings, which may hold tokens.
 */
export function httpObserver(logger: Pino, metrics: MetricsService) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const route = routePatternOf(req);
      metrics.observeRequest(req.method, route, res.statusCode, seconds);
      const principal = (req as { user?: Principal }).user;
      logger.info({
        msg: 'request',
        requestId: requestIdOf(req),
        method: req.method,
        route,
        status: res.statusCode,
        durationMs: Math.round(seconds * 1000 * 10) / 10,
        orgId: principal?.orgId,
        via: principal?.via,
      });
    });
    next();
  };
}
