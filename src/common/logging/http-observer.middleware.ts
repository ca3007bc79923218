import type { NextFunction, Request, Response } from 'express';
import type { Logger as Pino } from 'pino';
import type { MetricsService } from '../../modules/health/metrics.service';
import type { Principal } from '../auth/principal';
import { requestIdOf } from './request-id.middleware';

/**
 * One access-log line and one metrics sample per request. Routes are logged by their
 * pattern (`/api/v1/organizations/:id`), never with query strings, which may hold tokens.
 */
export function httpObserver(logger: Pino, metrics: MetricsService) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const route = req.route?.path ? `${req.baseUrl}${req.route.path}` : 'unmatched';
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
