import type http from "node:http";
import { GraphQLError, OperationTypeNode, getOperationAST, parse, validate, type DocumentNode, type GraphQLSchema } from "graphql";
import { useServer } from "graphql-ws/use/ws";
import { WebSocketServer } from "ws";
import type { PrismaClient } from "../../db/prisma";
import type { SqlReader } from "../../db/sql-reader";
import type { Logger } from "../../logger";
import type { RequestContext } from "../../common/context";
import { createLoaders } from "../../common/loaders";
import { tooCostly, type OperationAnalyzer } from "../../common/limits";
import { bucketOf, rateLimited, type CostPolicies } from "../../common/cost-plugin";
import type { BucketStore } from "../../common/rate-limit";
import type { ChangeFeed } from "./feed.service";
import { bearerToken, type ApiKeyVerifier, type Viewer } from "../auth/auth.service";

/** Close codes of the graphql-transport-ws protocol used when the key is refused. */
export const CLOSE_UNAUTHORIZED = 4401;

/** What `connection_init` may carry: `{ authorization: "Bearer <key>" }` or `{ apiKey: "<key>" }`. */
interface ConnectionParams extends Record<string, unknown> {
  authorization?: unknown;
  Authorization?: unknown;
  apiKey?: unknown;
}

interface ConnectionExtra extends Record<PropertyKey, unknown> {
  key: string;
  viewer: Viewer;
  connectionId: number;
}

/** The key presented in `connection_init`; throws UNAUTHENTICATED when absent or not a Bearer token. */
function presentedKey(params: ConnectionParams | undefined): string {
  const header = params?.authorization ?? params?.Authorization;
  const token = typeof header === "string" ? bearerToken(header) : typeof params?.apiKey === "string" ? params.apiKey.trim() : null;
  if (!token) throw new GraphQLError('Subscriptions need an API key: send connection_init with { "authorization": "Bearer <key>" }.', { extensions: { code: "UNAUTHENTICATED" } });
  return token;
}

/** A WebSocket close reason holds at most 123 bytes. */
function closeReason(message: string): string {
  if (Buffer.byteLength(message) <= 123) return message;
  let reason = message.slice(0, 120);
  while (Buffer.byteLength(reason + "…") > 123) reason = reason.slice(0, -1);
  return reason + "…";
}

const withCode = (error: GraphQLError, code: string) =>
  new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, extensions: { ...error.extensions, code } });

/**
 * graphql-ws on the HTTP server's `/graphql` path. The API key is checked at `connection_init` (a
 * bad or revoked one closes the socket with 4401 and the reason), again at every `subscribe` and
 * before every event sent, so a revoked key is cut off at once. Each subscription passes the same
 * limits as HTTP (limits.ts) and draws its cost once from the key's rate-limit bucket. `dispose()`
 * (server shutdown) closes every socket with 1001, "going away".
 */
export function startSubscriptionServer(options: {
  httpServer: http.Server;
  schema: GraphQLSchema;
  prisma: PrismaClient;
  reader: SqlReader;
  logger: Logger;
  verifier: ApiKeyVerifier;
  analyzer: OperationAnalyzer;
  limiter: BucketStore;
  changeFeed: ChangeFeed;
  policies: CostPolicies;
  rateLimitEnabled: boolean;
  debugErrors: boolean;
}): { dispose(): Promise<void> } {
  const { schema, prisma, reader, logger, verifier } = options;
  const wsServer = new WebSocketServer({ server: options.httpServer, path: "/graphql" });
  let connections = 0;

  /** The viewer for the connection's key, or null after closing the socket with the reason. */
  async function authorize(extra: { socket: { close(code: number, reason: string): void } }, key: string): Promise<Viewer | null> {
    try {
      return await verifier.verify(key);
    } catch (error) {
      if (!(error instanceof GraphQLError) || error.extensions.code !== "UNAUTHENTICATED") throw error;
      extra.socket.close(CLOSE_UNAUTHORIZED, closeReason(error.message));
      return null;
    }
  }

  const server = useServer<ConnectionParams, ConnectionExtra>(
    {
      schema,
      isProd: !options.debugErrors,
      async onConnect(ctx) {
        let key: string;
        try {
          key = presentedKey(ctx.connectionParams);
        } catch (error) {
          ctx.extra.socket.close(CLOSE_UNAUTHORIZED, closeReason((error as Error).message));
          return false;
        }
        const viewer = await authorize(ctx.extra, key);
        // Returning false would close with 4403; the socket is already closing with 4401 and its reason.
        if (!viewer) return false;
        Object.assign(ctx.extra, { key, viewer, connectionId: ++connections });
        logger.info({ connectionId: ctx.extra.connectionId, apiKeyId: viewer.keyId, role: viewer.role }, "subscription connection");
        return true;
      },
      async onSubscribe(ctx, id, payload) {
        const viewer = ctx.extra.key ? await authorize(ctx.extra, ctx.extra.key) : null;
        if (!viewer) return [new GraphQLError("The API key is no longer valid.", { extensions: { code: "UNAUTHENTICATED" } })];
        ctx.extra.viewer = viewer;
        let document: DocumentNode;
        try {
          document = parse(payload.query);
        } catch (error) {
          return [withCode(error as GraphQLError, "GRAPHQL_PARSE_FAILED")];
        }
        const invalid = validate(schema, document);
        if (invalid.length) return invalid.map((error) => withCode(error, "GRAPHQL_VALIDATION_FAILED"));
        if (getOperationAST(document, payload.operationName)?.operation !== OperationTypeNode.SUBSCRIPTION)
          return [new GraphQLError("Only subscriptions go over WebSocket: send queries and mutations with POST /graphql.", { extensions: { code: "BAD_REQUEST" } })];
        let cost: number;
        try {
          cost = options.analyzer.analyze({ document, variables: payload.variables, operationName: payload.operationName });
        } catch (error) {
          if (error instanceof GraphQLError) return [error];
          throw error;
        }
        if (options.rateLimitEnabled) {
          const { subject, policy } = bucketOf({ viewer, clientIp: ctx.extra.request.socket.remoteAddress ?? "unknown" }, options.policies);
          if (cost > policy.capacity) return [tooCostly(cost, policy.capacity)];
          const taken = await options.limiter.take({ subject, policy, cost });
          if (!taken.allowed) return [rateLimited(taken, cost)];
        }
        logger.info({ connectionId: ctx.extra.connectionId, subscriptionId: id, operationName: payload.operationName, cost }, "subscription started");
        return { schema, document, variableValues: payload.variables ?? undefined, operationName: payload.operationName ?? undefined };
      },
      context(ctx, id): RequestContext {
        return {
          prisma,
          reader,
          loaders: createLoaders(reader),
          keyedLoaders: new Map(),
          logger: logger.child({ connectionId: ctx.extra.connectionId, subscriptionId: id }),
          requestId: `ws-${ctx.extra.connectionId}-${id}`,
          viewer: ctx.extra.viewer ?? null,
          changeFeed: options.changeFeed,
        };
      },
      async onNext(ctx) {
        // A key revoked while subscribed is cut off before the next event (nothing is sent on a closing socket).
        if (ctx.extra.key) await authorize(ctx.extra, ctx.extra.key);
      },
      onError(ctx, id, _payload, errors) {
        logger.info({ connectionId: ctx.extra.connectionId, subscriptionId: id, codes: errors.map((error) => error.extensions.code) }, "subscription refused");
      },
    },
    wsServer,
  );
  return { dispose: async () => server.dispose() };
}
