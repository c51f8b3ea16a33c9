import "reflect-metadata";
import http from "node:http";
import express from "express";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { unwrapResolverError } from "@apollo/server/errors";
import type { AppConfig } from "./config";
import type { Database } from "./db/prisma";
import { StatementCounter, runWithStatementCounter } from "./db/prisma";
import { abandon, budgetOf, budgetedReader, type RequestBudget } from "./db/request-budget";
import { countingReader, type SqlReader } from "./db/sql-reader";
import { readinessProbe } from "./db/readiness";
import type { Logger } from "./logger";
import { requestLog } from "./request-log";
import { httpErrorHandler, notFoundHandler } from "./http-errors";
import { createLoaders } from "./common/loaders";
import { costPlugin, type CostContext } from "./common/cost-plugin";
import { OperationAnalyzer } from "./common/limits";
import { PUBLIC_CODES, formatGraphQLError, isClientGone } from "./common/errors";
import { httpStatusPlugin } from "./common/http-status";
import { RateLimiter, type BucketStore } from "./common/rate-limit";
import { PgRateLimiter } from "./common/rate-limit-pg";
import { ApiKeyVerifier, type Viewer } from "./modules/auth/auth.service";
import { authenticate } from "./modules/auth/auth.middleware";
import { exportRouter } from "./modules/export/export.http";
import { ChangeFeed } from "./modules/feed/feed.service";
import { startSubscriptionServer } from "./modules/feed/feed.ws";
import { PgEventChannel, type EventChannel } from "./modules/feed/feed.channel";
import { WebhookWorker } from "./modules/webhook/webhook.worker";
import { PersistedQueryStore, loadTrustedDocuments } from "./common/persisted-queries";
import { getSchema } from "./schema";
import { jitGateway } from "./common/jit-executor";
import { responseCachePlugin } from "./common/response-cache";
import { primaryForMutationsPlugin } from "./common/primary-for-mutations";

interface ServerContext extends CostContext {
  statements: StatementCounter;
  /** The request's log line (request-log.ts): the GraphQL plugin adds the operation's figures. */
  logFields: Record<string, unknown>;
}

/** Adds the operation's name, cost, SQL statement count and error codes to the request's one log line. */
function loggingPlugin(exposeSqlCount: boolean): ApolloServerPlugin<ServerContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue: context, operationName, errors }) {
          if (exposeSqlCount && response.body.kind === "single") {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, sqlStatements: context.statements.count };
          }
          const codes = errors?.map((error) => error.extensions?.code ?? "INTERNAL_SERVER_ERROR");
          Object.assign(context.logFields, { operationName, cost: context.cost, sqlStatements: context.statements.count, ...(codes?.length ? { errors: codes } : {}) });
        },
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            const original = unwrapResolverError(error);
            // A request whose client hung up stops at its next statement: its own end, not a fault.
            if (isClientGone(original)) continue;
            const code = (original as { extensions?: { code?: string } })?.extensions?.code ?? error.extensions?.code;
            const status = (error.extensions?.http as { status?: number } | undefined)?.status;
            const clientError = status !== undefined && status >= 400 && status < 500;
            if (!clientError && (!code || !PUBLIC_CODES.has(code as string))) contextValue.logger.error({ err: original, path: error.path }, "unexpected error");
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
  /**
   * Graceful stop: refuses new connections, lets requests in flight finish (up to
   * SHUTDOWN_GRACE_MS), closes subscriptions with 1001 (going away), stops the webhook worker.
   * The database is the caller's to close afterwards.
   */
  stop(): Promise<void>;
}

/** A request's reader and the loaders over it. */
function readPath(reader: SqlReader) {
  return { reader, loaders: createLoaders(reader) };
}

/** Express + Apollo on one HTTP server; `port: 0` picks a free port (tests, benchmarks). */
export async function startApiServer(options: { config: AppConfig; db: Database; logger: Logger; port?: number }): Promise<ApiServer> {
  const { config, db, logger } = options;
  const app = express();
  app.disable("x-powered-by");
  // Express would hash every body for a weak ETag: a copy and a SHA-1 of each answer (84 KB for 50
  // events), about a tenth of a request's CPU, for a header no GraphQL client sends back.
  app.disable("etag");
  const httpServer = http.createServer(app);
  // On PostgreSQL the buckets and the change feed are shared by every API process (API_WORKERS).
  const shared = db.kind === "postgres" && config.DATABASE_URL ? config.DATABASE_URL : undefined;
  const limiter: BucketStore = shared ? new PgRateLimiter({ reader: db.reader, logger: logger.child({ component: "rate-limit" }) }) : new RateLimiter();
  const policies = {
    key: { name: "key", capacity: config.RATE_LIMIT_KEY_CAPACITY, restoreRate: config.RATE_LIMIT_KEY_RESTORE_RATE },
    anonymous: { name: "anonymous", capacity: config.RATE_LIMIT_ANONYMOUS_CAPACITY, restoreRate: config.RATE_LIMIT_ANONYMOUS_RESTORE_RATE },
  };
  const verifier = new ApiKeyVerifier({ prisma: db.prisma, onError: (error) => logger.warn({ err: error }, "could not record api key use") });
  const schema = await getSchema();
  const analyzer = new OperationAnalyzer(schema, {
    maximumDepth: config.MAX_QUERY_DEPTH,
    maximumCost: config.MAX_QUERY_COST,
    maximumRootFields: config.MAX_ROOT_FIELDS,
    maximumAliases: config.MAX_FIELD_ALIASES,
  });
  const webhookWorker = new WebhookWorker({
    prisma: db.prisma,
    logger: logger.child({ component: "webhooks" }),
    pollIntervalMs: config.WEBHOOK_POLL_INTERVAL_MS,
    backoffBaseMs: config.WEBHOOK_BACKOFF_BASE_MS,
    backoffCapMs: config.WEBHOOK_BACKOFF_CAP_MS,
    maxAttempts: config.WEBHOOK_MAX_ATTEMPTS,
    timeoutMs: config.WEBHOOK_TIMEOUT_MS,
    allowLoopback: config.WEBHOOK_ALLOW_LOOPBACK,
  });
  // Deliveries were enqueued with the event; kicking the worker sends them without waiting for its next poll.
  const changeFeed = new ChangeFeed({ prisma: db.prisma, logger, onEventCreated: () => webhookWorker.kick() });
  let channel: EventChannel | undefined;
  if (shared) {
    const feedLogger = logger.child({ component: "feed" });
    channel = await PgEventChannel.open({
      databaseUrl: shared,
      reader: db.reader,
      logger: feedLogger,
      onEvent: (eventId) => void changeFeed.deliver(eventId).catch((error: unknown) => feedLogger.error({ err: error, eventId }, "could not deliver a reported event")),
    });
    changeFeed.useChannel(channel);
  }
  const subscriptions = startSubscriptionServer({
    httpServer,
    schema,
    prisma: db.prisma,
    reader: db.reader,
    logger: logger.child({ component: "subscriptions" }),
    verifier,
    analyzer,
    limiter,
    changeFeed,
    policies,
    rateLimitEnabled: config.RATE_LIMIT_ENABLED,
    debugErrors: config.DEBUG_ERRORS,
  });
  const apollo = new ApolloServer<ServerContext>({
    gateway: jitGateway(schema),
    csrfPrevention: true,
    // Automatic persisted queries for every client, plus the web client's trusted documents.
    persistedQueries: { cache: new PersistedQueryStore(loadTrustedDocuments({ manifestPath: config.TRUSTED_DOCUMENTS_MANIFEST, logger })) },
    introspection: true,
    // Compact JSON: Apollo pretty-prints by default, a third more bytes to build and send.
    stringifyResult: (result) => JSON.stringify(result),
    // Parsing stops at this many tokens: a huge document costs nothing more than its upload.
    parseOptions: { maxLexicalTokens: config.MAX_QUERY_TOKENS },
    includeStacktraceInErrorResponses: config.DEBUG_ERRORS,
    // start.ts handles SIGINT/SIGTERM, so the database is closed after the server drains.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.SHUTDOWN_GRACE_MS }),
      // No cache hints are used; the default cache-control plugin wraps every field resolver.
      ApolloServerPluginCacheControlDisabled(),
      { serverWillStart: async () => ({ drainServer: () => subscriptions.dispose() }) },
      costPlugin({ analyzer, limiter, policies, enabled: config.RATE_LIMIT_ENABLED }),
      primaryForMutationsPlugin(),
      loggingPlugin(config.EXPOSE_SQL_COUNT),
      ...(config.RESPONSE_CACHE_MB > 0 ? [responseCachePlugin({ maxBytes: config.RESPONSE_CACHE_MB * 1024 * 1024 })] : []),
      httpStatusPlugin(),
    ],
    formatError: formatGraphQLError({ debug: config.DEBUG_ERRORS }),
  });
  await apollo.start();

  const readiness = readinessProbe({ db, migrationsDir: config.MIGRATIONS_DIR });
  app.use(requestLog(logger));
  // Liveness: the process answers. It never touches the database, which may be slow or down.
  app.get("/healthz", (_req, res) => {
    res.json({ ok: true });
  });
  // Readiness: the database answers and its schema is up to date; 503 otherwise. Replicas are shown
  // (state, lag) but do not decide it: the primary answers for a replica that is down.
  app.get("/readyz", async (req, res) => {
    const state = await readiness();
    const replicas = db.reads.replicas();
    if (state.error) req.log.warn({ error: state.error }, "not ready");
    res
      .status(state.ready ? 200 : 503)
      .set(state.ready ? {} : { "Retry-After": "2" })
      .json({ ready: state.ready, database: state.database, kind: db.kind, pendingMigrations: state.pendingMigrations, ...(replicas.length ? { replicas } : {}) });
  });
  // A bad key is refused (401) before any work; a good one sets res.locals.viewer.
  app.use(["/graphql", "/export"], authenticate({ verifier, webClientToken: config.WEB_CLIENT_TOKEN }));
  app.use("/export", exportRouter({ prisma: db.prisma, reader: db.reader, limiter, policies, rateLimitEnabled: config.RATE_LIMIT_ENABLED, exportCost: config.EXPORT_COST }));
  app.use(
    "/graphql",
    express.json({ limit: "1mb" }),
    // The request's time budget starts once its body is read. Prisma's statements are counted only when
    // asked (EXPOSE_SQL_COUNT): the AsyncLocalStorage scope costs every promise a hook.
    (_req, res, next) => {
      const statements = new StatementCounter();
      res.locals.statements = statements;
      const budget = budgetOf(config.REQUEST_TIMEOUT_MS);
      res.locals.budget = budget;
      // A client that hangs up before its answer: the request's remaining statements are not sent.
      res.on("close", () => {
        if (!res.writableFinished) abandon(budget);
      });
      if (config.EXPOSE_SQL_COUNT) runWithStatementCounter(statements, next);
      else next();
    },
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const reads = db.reads.forRequest();
        return {
          prisma: db.prisma,
          ...readPath(countingReader(budgetedReader(reads, res.locals.budget as RequestBudget), res.locals.statements as StatementCounter)),
          reads,
          keyedLoaders: new Map(),
          logger: req.log,
          requestId: req.id,
          viewer: (res.locals.viewer ?? null) as Viewer | null,
          clientIp: req.ip ?? "unknown",
          firstParty: res.locals.firstParty === true,
          statements: res.locals.statements as StatementCounter,
          logFields: res.locals.logFields,
          changeFeed,
          allowLoopbackWebhooks: config.WEBHOOK_ALLOW_LOOPBACK,
        };
      },
    }),
  );
  app.use(notFoundHandler());
  app.use(httpErrorHandler({ debug: config.DEBUG_ERRORS }));

  await new Promise<void>((resolve) => httpServer.listen(options.port ?? config.API_PORT, config.HOST, resolve));
  const address = httpServer.address();
  const port = typeof address === "object" && address ? address.port : config.API_PORT;
  webhookWorker.start();
  let stopping: Promise<void> | undefined;
  return {
    app,
    httpServer,
    apollo,
    url: `http://${config.HOST === "0.0.0.0" ? "localhost" : config.HOST}:${port}/graphql`,
    stop() {
      stopping ??= (async () => {
        await apollo.stop();
        await webhookWorker.stop();
        await channel?.close();
      })();
      return stopping;
    },
  };
}
