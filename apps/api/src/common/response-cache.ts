import { createHash } from "node:crypto";
import { Kind, OperationTypeNode, type OperationDefinitionNode } from "graphql";
import { HeaderMap, type ApolloServerPlugin } from "@apollo/server";
import { InMemoryLRUCache } from "@apollo/utils.keyvaluecache";
import { sql, type SqlReader } from "../db/sql-reader";
import { todayDay } from "./as-of";
import type { RequestContext } from "./context";

/**
 * Root fields whose answers depend only on the knowledge base, the arguments and the day. Admin and
 * viewer fields (API keys, webhooks and their deliveries, who is calling) are never cached: their
 * tables do not move the data version. Nor are fields that need a role (event and entity candidates):
 * a hit is served before the resolvers' role checks run, so an analyst's answer would reach anyone.
 */
const CACHEABLE_ROOT_FIELDS = new Set([
  "__typename",
  "companies",
  "company",
  "compare",
  "event",
  "events",
  "lab",
  "labs",
  "model",
  "models",
  "node",
  "people",
  "person",
  "search",
  "searchAll",
  "source",
  "sources",
]);

/** Moved by a trigger on every knowledge table, in the writing transaction (migration 20261202200000). */
const DATA_VERSION = sql("data_version", `SELECT "version"::text AS version FROM "DataVersion" WHERE "id" = 1`);

type ResponseData = Record<string, unknown>;

export interface ResponseCacheOptions {
  /** Bytes of cached answers kept per process (least recently used go first). */
  maxBytes: number;
}

/** An operation whose every root field is a knowledge-base read. */
export function isCacheable(operation: OperationDefinitionNode | undefined): boolean {
  if (operation?.operation !== OperationTypeNode.QUERY) return false;
  return operation.selectionSet.selections.every((selection) => selection.kind === Kind.FIELD && CACHEABLE_ROOT_FIELDS.has(selection.name.value));
}

/**
 * A second layer over the uncached read path (issue #9): the answer to a query, keyed by its
 * document, operation, variables, the day (answers default to "as of today") and the data version.
 * Each request reads the version (one indexed statement) before looking up, so an answer computed
 * before the last committed write, by any process, is never served. Only answers without errors
 * are kept. Limits, cost and rate limiting still apply to hits: they run before this hook.
 */
export function responseCachePlugin(options: ResponseCacheOptions): ApolloServerPlugin<RequestContext> {
  const cache = new InMemoryLRUCache<ResponseData>({ maxSize: options.maxBytes });
  return {
    async requestDidStart() {
      let key: string | undefined;
      let hit = false;
      return {
        async responseForOperation({ operation, queryHash, operationName, request, contextValue }) {
          if (!queryHash || !isCacheable(operation)) return null;
          // No version, no cache: the operation runs and answers as the read path does when the
          // database is down or the time budget is spent (503, QUERY_TIMEOUT), not as a plugin failure.
          const version = await dataVersion(contextValue.reader).catch(() => null);
          if (version === null) return null;
          key = cacheKey({ queryHash, operationName, variables: request.variables, version });
          const data = await cache.get(key);
          if (data === undefined) return null;
          hit = true;
          return { http: { status: undefined, headers: new HeaderMap([["orchard-cache", "hit"]]) }, body: { kind: "single", singleResult: { data } } };
        },
        async willSendResponse({ response }) {
          if (key === undefined || hit || response.body.kind !== "single") return;
          const { data, errors } = response.body.singleResult;
          if (errors?.length || !data) return;
          await cache.set(key, data);
        },
      };
    },
  };
}

async function dataVersion(reader: SqlReader): Promise<string> {
  const [row] = await reader.query<{ version: string }>(DATA_VERSION, []);
  if (!row) throw new Error('The "DataVersion" row is missing: migration 20261202200000_data_version was not applied');
  return row.version;
}

function cacheKey(parts: { queryHash: string; operationName?: string | null; variables?: Record<string, unknown>; version: string }): string {
  const variables = JSON.stringify(parts.variables ?? {});
  return createHash("sha256")
    .update(`${parts.version}\0${todayDay()}\0${parts.queryHash}\0${parts.operationName ?? ""}\0${variables}`)
    .digest("base64url");
}
