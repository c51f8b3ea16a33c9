import "reflect-metadata";
import crypto from "node:crypto";
import http from "node:http";
import express from "express";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { unwrapResolverError } from "@apollo/server/errors";
import { pinoHttp } from "pino-http";
import type { GraphQLFormattedError } from "graphql";
import type { AppConfig } from "./config";
import type { Database } from "./db/prisma";
import { StatementCounter, runWithStatementCounter } from "./db/prisma";
import { countingReader } from "./db/sql-reader";
import type { Logger } from "./logger";
import { createLoaders } from "./common/loaders";
import { costPlugin, type CostContext } from "./common/cost-plugin";
import { RateLimiter } from "./common/rate-limit";
import { ApiKeyVerifier } from "./modules/auth/auth.service";
import { authenticate } from "./modules/auth/auth.middleware";
import { exportRouter } from "./modules/export/export.http";
import { ChangeFeed } from "./modules/feed/feed.service";
import { startSubscriptionServer } from "./modules/feed/feed.ws";
import { WebhookWorker } from "./modules/webhook/webhook.worker";
import { PersistedQueryStore, loadTrustedDocuments } from "./common/persisted-queries";
import { getSchema } from "./schema";
import { jitGateway } from "./common/jit-executor";

interface ServerContext extends CostContext {
  statements: StatementCounter;
}

/** Codes whose message is safe to show in production; anything else is masked. */
const PUBLIC_CODES = new Set([
  "BAD_USER_INPUT",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "OPERATION_RESOLUTION_FAILURE",
  "QUERY_TOO_DEEP",
  "QUERY_TOO_COSTLY",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "RATE_LIMITED",
]);

function loggingPlugin(exposeSqlCount: boolean): ApolloServerPlugin<ServerContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async willSendResponse({ response, contextValue: context, operationName, errors }) {
          if (exposeSqlCount && response.body.kind === "single") {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, sqlStatements: context.statements.count };
          }
          context.logger.info(
            { operationName, ms: Math.round(performance.now() - started), sqlStatements: context.statements.count, errors: errors?.length ?? 0 },
            "graphql request",
          );
        },
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            const original = unwrapResolverError(error);
            if (!(original as { extensions?: { code?: string } })?.extensions?.code && !error.extensions?.code)
              contextValue.logger.error({ err: original }, "unexpected error");
          }
        },
      };
    },
  };
}

export interface ApiServer {
  app: express.Express;
  httpServer: http.Server;
  apollo: ApolloServer<ServerContext>;
  url: string;
  stop(): Promise<void>;
}

/** Express + Apollo on one HTTP server; `port: 0` picks a free port (tests, benchmarks). */
export async function startApiServer(options: { config: AppConfig; db: Database; logger: Logger; port?: number }): Promise<ApiServer> {
  const { config, db, logger } = options;
  const production = config.NODE_ENV === "production";
  const app = express();
  const httpServer = http.createServer(app);
  const limiter = new RateLimiter();
  const policies = {
    key: { name: "key", capacity: config.RATE_LIMIT_KEY_CAPACITY, restoreRate: config.RATE_LIMIT_KEY_RESTORE_RATE },
    anonymous: { name: "anonymous", capacity: config.RATE_LIMIT_ANONYMOUS_CAPACITY, restoreRate: config.RATE_LIMIT_ANONYMOUS_RESTORE_RATE },
  };
  const verifier = new ApiKeyVerifier({ prisma: db.prisma, onError: (error) => logger.warn({ err: error }, "could not record api key use") });
  const schema = await getSchema();
  const webhookWorker = new WebhookWorker({
    prisma: db.prisma,
    logger: logger.child({ component: "webhooks" }),
    pollIntervalMs: config.WEBHOOK_POLL_INTERVAL_MS,
    backoffBaseMs: config.WEBHOOK_BACKOFF_BASE_MS,
    backoffCapMs: config.WEBHOOK_BACKOFF_CAP_MS,
    maxAttempts: config.WEBHOOK_MAX_ATTEMPTS,
    timeoutMs: config.WEBHOOK_TIMEOUT_MS,
  });
  // Deliveries were enqueued with the event; kicking the worker sends them without waiting for its next poll.
  const changeFeed = new ChangeFeed({ prisma: db.prisma, logger, onEventCreated: () => webhookWorker.kick() });
  const subscriptions = startSubscriptionServer({
    httpServer,
    schema,
    prisma: db.prisma,
    reader: db.reader,
    logger: logger.child({ component: "subscriptions" }),
    verifier,
    maximumDepth: config.MAX_QUERY_DEPTH,
    maximumCost: config.MAX_QUERY_COST,
    limiter,
    policies,
    rateLimitEnabled: config.RATE_LIMIT_ENABLED,
    production,
  });
  const apollo = new ApolloServer<ServerContext>({
    gateway: jitGateway(schema),
    csrfPrevention: true,
    // Automatic persisted queries for every client, plus the web client's trusted documents.
    persistedQueries: { cache: new PersistedQueryStore(loadTrustedDocuments({ manifestPath: config.TRUSTED_DOCUMENTS_MANIFEST, logger })) },
    introspection: true,
    // Compact JSON: Apollo pretty-prints by default, a third more bytes to build and send.
    stringifyResult: (result) => JSON.stringify(result),
    includeStacktraceInErrorResponses: !production,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // No cache hints are used; the default cache-control plugin wraps every field resolver.
      ApolloServerPluginCacheControlDisabled(),
      { serverWillStart: async () => ({ drainServer: () => subscriptions.dispose() }) },
      costPlugin({ maximumDepth: config.MAX_QUERY_DEPTH, maximumCost: config.MAX_QUERY_COST, limiter, policies, enabled: config.RATE_LIMIT_ENABLED }),
      loggingPlugin(config.EXPOSE_SQL_COUNT),
    ],
    formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
      const code = formatted.extensions?.code as string | undefined;
      if (production && (!code || !PUBLIC_CODES.has(code))) {
        return { message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } };
      }
      if (!code && unwrapResolverError(error) instanceof Error) return { ...formatted, extensions: { ...formatted.extensions, code: "INTERNAL_SERVER_ERROR" } };
      return formatted;
    },
  });
  await apollo.start();

  app.use(
    pinoHttp({
      logger,
      genReqId: (req, res) => {
        const incoming = req.headers["x-request-id"];
        const id = typeof incoming === "string" && /^[\w.-]{1,128}$/.test(incoming) ? incoming : crypto.randomUUID();
        res.setHeader("x-request-id", id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url === "/healthz" },
    }),
  );
  app.get("/healthz", (_req, res) => {
    res.json({ ok: true, database: db.kind });
  });
  // A bad key is refused (401) before any work; a good one sets res.locals.viewer.
  app.use(["/graphql", "/export"], authenticate({ verifier, webClientToken: config.WEB_CLIENT_TOKEN }));
  app.use("/export", exportRouter({ prisma: db.prisma, limiter, policies, rateLimitEnabled: config.RATE_LIMIT_ENABLED, exportCost: config.EXPORT_COST }));
  app.use(
    "/graphql",
    express.json({ limit: "1mb" }),
    // Everything after the body is parsed runs inside the request's SQL statement counter.
    (_req, res, next) => {
      const statements = new StatementCounter();
      res.locals.statements = statements;
      if (config.EXPOSE_SQL_COUNT) runWithStatementCounter(statements, next);
      else next();
    },
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const statements = res.locals.statements as StatementCounter;
        const reader = countingReader(db.reader, statements);
        return {
          prisma: db.prisma,
          reader,
          loaders: createLoaders(reader),
          keyedLoaders: new Map(),
          logger: req.log,
          requestId: String(req.id),
          viewer: res.locals.viewer ?? null,
          clientIp: req.ip ?? "unknown",
          firstParty: res.locals.firstParty === true,
          statements,
          changeFeed,
        };
      },
    }),
  );

  await new Promise<void>((resolve) => httpServer.listen(options.port ?? config.API_PORT, config.HOST, resolve));
  const address = httpServer.address();
  const port = typeof address === "object" && address ? address.port : config.API_PORT;
  webhookWorker.start();
  return {
    app,
    httpServer,
    apollo,
    url: `http://${config.HOST === "0.0.0.0" ? "localhost" : config.HOST}:${port}/graphql`,
    async stop() {
      await webhookWorker.stop();
      await apollo.stop();
    },
  };
}
