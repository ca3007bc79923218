import { Logger } from '@nestjs/common';
import { PATH_METADATA } from '@nestjs/common/constants';
import type { Request, RequestHandler } from 'express';
import type { Principal } from '../../common/auth/principal';
import type { Role } from '../../common/auth/role';
import { ROLES_KEY } from '../../common/auth/roles.decorator';
import { setRoutePattern } from '../../common/logging/http-observer.middleware';
import { requestIdOf } from '../../common/logging/request-id.middleware';
import { toAppError } from '../../common/problem/problem.filter';
import type { RequestAuthenticator } from '../auth/request-authenticator';
import { assertHasRole } from '../auth/roles.guard';
import { sendTaxiiError } from './taxii-error';
import { API_ROOT, sendTaxii, TAXII_PREFIX, type TaxiiReply } from './taxii-media';
import { objectsQuery } from './taxii-query';
import { TaxiiController } from './taxii.controller';
import type { TaxiiService } from './taxii.service';

/** The two reads TAXII clients poll, as they spell them: relative to the /taxii2 mount, lower case, trailing slash. */
const PAGE_READ = /^\/api1\/collections\/([0-9a-f-]{36})\/(objects|manifest)\/$/;

type PageResource = 'objects' | 'manifest';

/** Which of TaxiiController's page reads a request is, by its canonical path; undefined for anything else. */
export function pageReadOf(method: string, path: string): { collectionId: string; resource: PageResource } | undefined {
  const match = method === 'GET' ? PAGE_READ.exec(path) : null;
  return match ? { collectionId: match[1], resource: match[2] as PageResource } : undefined;
}

/**
 * Objects and manifest pages (§5.3, §5.4), answered before Nest's router: the controller's route
 * pattern, roles and service call, the same authentication and TAXII errors, without trying ~80
 * route patterns, running guards, pipes and parameter decorators, and their promises per request.
 * Only the canonical spelling is taken; any other (no trailing slash, upper case, a percent-encoded
 * id, HEAD) goes on to TaxiiController, which answers it as before.
 */
export function taxiiPageReads(authenticator: RequestAuthenticator, taxii: TaxiiService): RequestHandler {
  const logger = new Logger('TaxiiPageReads');
  const routes = { objects: routeOf(TaxiiController.prototype.objects), manifest: routeOf(TaxiiController.prototype.manifest) };
  const read = async (req: Request & { user?: Principal }, collectionId: string, resource: PageResource): Promise<TaxiiReply> => {
    const who = await authenticator.authenticate(req);
    req.user = who;
    assertHasRole(who, routes[resource].roles);
    const query = objectsQuery(req.query as Record<string, unknown>);
    return resource === 'objects' ? taxii.getObjects(who, API_ROOT, collectionId, query) : taxii.manifest(who, API_ROOT, collectionId, query);
  };
  return (req, res, next) => {
    const page = pageReadOf(req.method, req.path);
    if (!page) return next();
    setRoutePattern(req, routes[page.resource].pattern);
    read(req, page.collectionId, page.resource).then(
      (reply) => sendTaxii(res, reply),
      (error: unknown) => {
        if (res.headersSent) return;
        const requestId = requestIdOf(req);
        sendTaxiiError(res, toAppError(error, req, requestId, logger), requestId);
      },
    );
  };
}

/** A TaxiiController handler's roles and route pattern, as the guards and the access log see them. */
export function routeOf(handler: (...args: never[]) => unknown): { roles: readonly Role[]; pattern: string } {
  const roles = Reflect.getMetadata(ROLES_KEY, handler) as Role[] | undefined;
  // The RolesGuard refuses a route without @Roles; here that is a start-up error, not a route open to all.
  if (!roles) throw new Error(`TaxiiController.${handler.name} has no @Roles, so its page reads would have no access policy`);
  return { roles, pattern: `/${TAXII_PREFIX}/${Reflect.getMetadata(PATH_METADATA, handler) as string}` };
}
