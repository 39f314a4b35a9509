import { randomUUID } from 'node:crypto';
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { MikroORM } from '@mikro-orm/postgresql';
import { pinoHttp } from 'pino-http';
import type { Logger } from 'pino';
import type { Config } from '../config';
import { createContext, type Context } from '../context';
import { createFormatError, ErrorCode } from '../errors';
import { aliasLimitRule, complexityLimitPlugin, depthLimitRule } from '../graphql/limits';
import { createMetrics } from '../graphql/metrics';
import { createSchema } from '../graphql/schema';
import type { Search } from '../search/meili';
import { checkReadiness } from './readiness';
import { createFileRoutes } from './files';
import { serveClient } from './client';

export interface AppOptions {
  config: Config;
  orm: MikroORM;
  search: Search;
  logger: Logger;
  /** Whether the search indexes are prepared (search-startup.ts); ready from the start when not given. */
  searchReady?: () => boolean;
}

function httpError(res: express.Response, status: number, code: ErrorCode | string, message: string) {
  res.status(status).type('application/json').send(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

/** Batched operations (a JSON array body) multiply the cost of one request; we accept one operation per request. */
const refuseBatches: RequestHandler = (req, res, next) => {
  if (Array.isArray(req.body)) {
    httpError(res, 400, ErrorCode.BATCHING_NOT_ALLOWED, 'Batched operations are not allowed: send one operation per request.');
    return;
  }
  next();
};

/** The whole HTTP surface: GraphQL, health, readiness and metrics. Started by main.ts and by tests. */
export async function createApp({ config, orm, search, logger, searchReady = () => true }: AppOptions) {
  const schema = await createSchema();
  const metrics = createMetrics();

  const apollo = new ApolloServer<Context>({
    schema,
    introspection: config.graphql.introspection,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    // APQ would keep a per-instance in-memory cache; behind a load balancer every instance must answer alike.
    persistedQueries: false,
    // main.ts owns shutdown (server, ORM, embedded services); Apollo's own handler would re-raise the signal.
    stopOnTerminationSignals: false,
    formatError: createFormatError(logger),
    validationRules: [depthLimitRule(config.graphql.maxDepth), aliasLimitRule(config.graphql.maxAliases)],
    plugins: [
      metrics.plugin,
      complexityLimitPlugin(schema, config.graphql.maxComplexity),
      config.graphql.sandbox ? ApolloServerPluginLandingPageLocalDefault({ embed: true }) : ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.use(
    pinoHttp({
      logger,
      genReqId: (req, res) => {
        const incoming = req.headers['x-request-id'];
        const id = typeof incoming === 'string' && /^[\w.-]{1,128}$/.test(incoming) ? incoming : randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
      // Probes and scrapes would drown the log.
      autoLogging: { ignore: (req) => ['/healthz', '/readyz', '/metrics'].includes(req.url ?? '') },
    }),
  );

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });

  app.get('/readyz', async (_req, res) => {
    const readiness = await checkReadiness(orm, search, searchReady);
    res.status(readiness.ready ? 200 : 503).json(readiness);
  });

  app.get('/metrics', async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });

  const deps = { config, orm, search };
  app.use(
    '/graphql',
    express.json({ limit: config.graphql.maxBodyBytes, type: ['application/json', 'application/graphql-response+json'] }),
    refuseBatches,
    expressMiddleware(apollo, {
      context: async ({ req }) =>
        createContext(deps, {
          authorization: req.headers.authorization,
          requestId: String(req.id),
          clientIp: req.ip ?? req.socket.remoteAddress ?? 'unknown',
          logger: req.log,
        }),
    }),
  );

  // Excel export and import: binary bodies over plain HTTP, same Bearer token (files.ts).
  app.use(createFileRoutes(deps));

  // Last of the routes: the web client's fallback answers only what no API route took.
  serveClient(app);

  const handleErrors: ErrorRequestHandler = (error, req, res, next) => {
    if (res.headersSent) return next(error);
    if (error?.type === 'entity.too.large') {
      metrics.errors.inc({ code: ErrorCode.PAYLOAD_TOO_LARGE });
      return httpError(res, 413, ErrorCode.PAYLOAD_TOO_LARGE, `Request body is larger than the limit of ${config.graphql.maxBodyBytes} bytes.`);
    }
    if (error?.type === 'entity.parse.failed') {
      return httpError(res, 400, 'BAD_REQUEST', 'Request body is not valid JSON.');
    }
    req.log.error({ err: error }, 'unhandled HTTP error');
    httpError(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error.');
  };
  app.use(handleErrors);

  return { app, apollo, metrics };
}
