// Builds the Express app from its dependencies (no listen here: tests drive it without a port).
// Order: security headers, compression (gzip/br), logs, cookies + CSRF + session (who is asking), 405 for a
// method a path does not have, JSON body, API routes, JSON 404 for unknown API routes, the client bundle, then the one error handler.
import fs from 'node:fs';
import path from 'node:path';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import express, { type RequestHandler } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { ENDPOINTS } from '../shared/api';
import { DEFAULT_TRACE_HALF_LIFE_DAYS } from '../shared/hints';
import { LIVE_HEARTBEAT_MS } from '../shared/live';
import { activityRoutes } from './activity/activity.routes';
import { createActivityService } from './activity/activity.service';
import { type AuthOptions, DEFAULT_AUTH_OPTIONS } from './auth/auth.options';
import { authRoutes } from './auth/auth.routes';
import { createAuthService } from './auth/auth.service';
import { csrfProtection } from './auth/csrf.middleware';
import { sessionMiddleware } from './auth/session.middleware';
import type { Database } from './db/database';
import { visibilityParams } from './db/visibility';
import { erasureRoutes } from './erasure/erasure.routes';
import { createErasureService } from './erasure/erasure.service';
import { healthRoutes } from './health/health.routes';
import { hintsRoutes } from './hints/hints.routes';
import { createHintsService } from './hints/hints.service';
import { historyRoutes } from './history/history.routes';
import { createHistoryService } from './history/history.service';
import { AppError, errorHandler, routeNotFound } from './http/errors';
import { methodNotAllowed } from './http/method-not-allowed';
import type { TrustProxy } from './http/trust-proxy';
import { traceWrites } from './http/write-trace';
import { idempotency, idempotentDatabase, multipartIdempotency } from './idempotency/idempotency.middleware';
import { landscapeRoutes } from './landscape/landscape.routes';
import { createLandscapeService } from './landscape/landscape.service';
import { linksRoutes } from './links/links.routes';
import { createLinksService } from './links/links.service';
import { createLiveHub, type LiveHubOptions } from './live/live-hub';
import { presenceRoutes } from './live/presence.routes';
import { streamRoutes } from './live/stream.routes';
import { nodesRoutes } from './nodes/nodes.routes';
import { createNodesService } from './nodes/nodes.service';
import { openApiRoutes } from './openapi/openapi.routes';
import { pathsRoutes } from './paths/paths.routes';
import { createPathsService } from './paths/paths.service';
import {
  createPhotoProcessor,
  DEFAULT_PHOTO_LIMITS,
  type PhotoLimits,
  type PhotoProcessor,
} from './photos/photo-processing';
import { createPhotoStore } from './photos/photo-store';
import { photosRoutes } from './photos/photos.routes';
import { createPhotosService } from './photos/photos.service';
import { createJoinService } from './questions/join.service';
import { questionsRoutes } from './questions/questions.routes';
import { createQuestionsService } from './questions/questions.service';
import { createSuggestionsService } from './questions/suggestions.service';
import { searchRoutes } from './search/search.routes';
import { createSearchService } from './search/search.service';
import { seedsRoutes } from './seeds/seeds.routes';
import { createSeedsService } from './seeds/seeds.service';
import { timeRoutes } from './time/time.routes';
import { createTimeService } from './time/time.service';

export interface AppDeps {
  db: Database;
  logger: Logger;
  /** Whether start-up migrations are done (for /api/ready). */
  migrationsDone?: () => boolean;
  /** Folder of the built client (index.html + assets); not served when absent. */
  clientDir?: string;
  /** Largest JSON body accepted; 413 beyond. */
  bodyLimit?: string;
  /** Folder of uploaded files (photos in its `photos/`): config.uploadsDir; without it, no photo routes. */
  uploadsDir?: string;
  /** Where photo uploads are received while processed: config.incomingDir; default a private temporary folder. */
  incomingDir?: string;
  /** Photo upload limits (bytes, pixels, quota, concurrency); defaults in DEFAULT_PHOTO_LIMITS. */
  photoLimits?: Partial<PhotoLimits>;
  /** The bounded image processing (default: processPhoto, photoLimits.concurrency at once); tests instrument it. */
  photoProcessor?: PhotoProcessor;
  /** Accounts: admin emails, cookie security, session lifetimes, accepted origins, rate limit. */
  auth?: Partial<AuthOptions>;
  /** Express's `trust proxy` (SEMIS_TRUST_PROXY): whose X-Forwarded-For makes `req.ip`; unset: nobody's. */
  trustProxy?: TrustProxy;
  /** The live stream's tail and heartbeat (defaults: LIVE_DEFAULTS); tests shorten them. */
  live?: Partial<Omit<LiveHubOptions, 'sessionAlive' | 'onError'>>;
  /** A trace's halo is half as strong after this many days (SEMIS_TRACE_HALF_LIFE_DAYS; default 7). */
  traceHalfLifeDays?: number;
}

/** The live stream's defaults: the log polled every 100 ms while anyone listens, a heartbeat every 15 s. */
export const LIVE_DEFAULTS = { pollMs: 100, heartbeatMs: LIVE_HEARTBEAT_MS, maxBacklog: 1_000 };

/** The photo upload takes multipart and checks the content type itself (after the account: 401 first). */
const isUploadRoute = (req: Parameters<RequestHandler>[0]) =>
  req.method === 'POST' && req.path === ENDPOINTS.uploadPhoto.path;

/** A body that is not JSON gets 415 rather than being silently ignored (except the photo upload's). */
const requireJsonBody: RequestHandler = (req, _res, next) => {
  const hasBody = Number(req.get('content-length') ?? 0) > 0 || req.get('transfer-encoding') !== undefined;
  if (['POST', 'PATCH', 'PUT'].includes(req.method) && hasBody && !req.is('application/json')) {
    if (isUploadRoute(req)) return next();
    next(new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the request body as application/json'));
    return;
  }
  next();
};

/** JSON (and the client's text files) get gzip or br; images are already compressed, SSE must flow. */
const compressible: compression.CompressionFilter = (req, res) => {
  const type = String(res.getHeader('Content-Type') ?? '');
  if (type.startsWith('image/') || type.startsWith('text/event-stream')) return false;
  return compression.filter(req, res);
};

export function createApp(deps: AppDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false); // node routes send their own ETag: "<version>"
  app.set('query parser', 'simple'); // ?a[b]=c stays a string: zod sees exactly what was sent
  // req.ip (the rate limit's key) comes from X-Forwarded-For only through the proxies named here
  app.set('trust proxy', deps.trustProxy ?? false);
  app.use(helmet());
  app.use(compression({ filter: compressible }));
  app.use(
    pinoHttp({
      logger: deps.logger,
      // one short line per API request: its id, method, path and status, never its headers (so session
      // and CSRF tokens never reach the logs); a server error is logged at error level with its cause
      serializers: {
        req: (req: { id: unknown; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          url: req.url,
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      // a 503 (the database down, or not ready yet) is the error handler's to log, once, not once a request
      customLogLevel: (_req, res, error) =>
        (error || res.statusCode >= 500) && res.statusCode !== 503 ? 'error' : 'info',
      autoLogging: { ignore: (req) => !req.url?.startsWith('/api') },
    }),
  );

  const authOptions: AuthOptions = { ...DEFAULT_AUTH_OPTIONS, ...deps.auth };
  const auth = createAuthService(deps.db, authOptions);
  app.use('/api', cookieParser(), csrfProtection(authOptions));
  // liveness and readiness need no session lookup: they must answer while the database is down
  app.use(healthRoutes(deps.db, deps.migrationsDone ?? (() => true)));
  app.use('/api', sessionMiddleware(auth, authOptions));

  const live = createLiveHub(deps.db, {
    ...LIVE_DEFAULTS,
    ...deps.live,
    sessionViewer: async (token) => {
      const actor = await auth.standingOf(token);
      return actor ? visibilityParams(actor) : null;
    },
    onError: (error) => deps.logger.warn({ err: error }, 'live stream: a batch failed'),
  });
  app.locals.live = live; // server/index.ts ends the streams when stopping

  const api = express.Router();
  api.use(
    traceWrites(() => live.wake()),
    requireJsonBody,
    express.json({ limit: deps.bodyLimit ?? '256kb' }),
    idempotency(deps.db, deps.logger),
  );
  // the services' writes claim a pending Idempotency-Key in their own transaction
  const db = idempotentDatabase(deps.db);
  api.use(authRoutes(auth, authOptions, (token) => live.endSession(token)));
  api.use(streamRoutes(live, authOptions));
  api.use(presenceRoutes(deps.db));
  api.use(openApiRoutes());
  const time = createTimeService(db);
  api.use(landscapeRoutes(createLandscapeService(db), time));
  api.use(timeRoutes(time));
  api.use(searchRoutes(createSearchService(db)));
  api.use(nodesRoutes(createNodesService(db)));
  api.use(linksRoutes(createLinksService(db)));
  api.use(pathsRoutes(createPathsService(db)));
  if (deps.uploadsDir) {
    const limits = { ...DEFAULT_PHOTO_LIMITS, ...deps.photoLimits };
    const processor = deps.photoProcessor ?? createPhotoProcessor(limits.concurrency);
    const photos = createPhotosService(db, createPhotoStore(deps.uploadsDir), limits, processor);
    api.use(photosRoutes(photos, multipartIdempotency(deps.db, deps.logger), deps.incomingDir));
  }
  api.use(questionsRoutes(createSuggestionsService(db), createQuestionsService(db), createJoinService(db)));
  api.use(seedsRoutes(createSeedsService(db)));
  api.use(historyRoutes(createHistoryService(db)));
  const photoStore = deps.uploadsDir ? createPhotoStore(deps.uploadsDir) : null;
  api.use(
    erasureRoutes(createErasureService(db, auth, photoStore), authOptions, (token) => live.endSession(token)),
  );
  api.use(activityRoutes(createActivityService(db)));
  api.use(
    hintsRoutes(
      createHintsService(db, { traceHalfLifeDays: deps.traceHalfLifeDays ?? DEFAULT_TRACE_HALF_LIFE_DAYS }),
    ),
  );
  // before the API routes and their body parsing: a method a path does not have is 405, whatever its body
  app.use(methodNotAllowed());
  app.use(api);
  app.use('/api', routeNotFound);

  if (deps.clientDir && fs.existsSync(path.join(deps.clientDir, 'index.html'))) {
    const indexHtml = path.join(deps.clientDir, 'index.html');
    app.use(express.static(deps.clientDir, { index: 'index.html', maxAge: '1h' }));
    app.get(/.*/, (_req, res) => res.sendFile(indexHtml));
  }
  app.use(routeNotFound);
  app.use(errorHandler(deps.logger));
  return app;
}
