import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import express, { NextFunction, Request, Response, Router } from 'express';
import { AppError } from '../../common/problem/app-error';
import { sendProblem } from '../../common/problem/problem';
import { requestIdOf } from '../../common/logging/request-id.middleware';

/** Where `npm run build` puts the admin app (ui/dist), from dist/src/modules/admin-ui. */
export const ADMIN_UI_DIR = resolve(__dirname, '../../../../ui/dist');

const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Serves the built admin app under /admin. Vite fingerprints everything in assets/, so those
 * are cached for a year; index.html is revalidated on every load so a deploy takes effect at
 * once. Any other GET below /admin that is not a file is a client-side route: index.html.
 */
const ASSET_EXTENSION = /\.(?:js|mjs|css|map|json|png|jpe?g|gif|svg|ico|webp|woff2?|ttf|txt|html?)$/i;

export function adminUi(dir: string = ADMIN_UI_DIR): Router {
  const router = express.Router();
  const index = join(dir, 'index.html');
  router.use(
    express.static(dir, {
      index: false,
      redirect: false,
      fallthrough: true,
      setHeaders(res, path) {
        res.setHeader('Cache-Control', path.startsWith(join(dir, 'assets')) ? IMMUTABLE : 'no-cache');
      },
    }),
  );
  router.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    // A missing fingerprinted file is a real 404, not the app: a stale tab must not get HTML as JS.
    // Only real asset extensions count: client routes such as /policies/1.0.0 end in dots too.
    if (req.path.startsWith('/assets/') || ASSET_EXTENSION.test(req.path)) {
      return sendProblem(res, new AppError('NOT_FOUND', `no such file in the admin app: ${req.path}`), req.originalUrl, requestIdOf(req));
    }
    if (!existsSync(index)) {
      return sendProblem(res, new AppError('NOT_FOUND', 'the admin app is not built: run `npm run build`'), req.originalUrl, requestIdOf(req));
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return router;
}
