import { unwrapResolverError } from "@apollo/server/errors";
import type { GraphQLFormattedError } from "graphql";

/** Codes whose message is written for clients; any other error is masked unless DEBUG_ERRORS is on. */
export const PUBLIC_CODES = new Set([
  "BAD_USER_INPUT",
  "BAD_REQUEST",
  // A review of an entity candidate or entity that does not exist, or one already reviewed.
  "NOT_FOUND",
  "CONFLICT",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "PERSISTED_QUERY_HASH_MISMATCH",
  "QUERY_TOO_DEEP",
  "QUERY_TOO_COSTLY",
  "TOO_MANY_ROOT_FIELDS",
  "TOO_MANY_ALIASES",
  "QUERY_TIMEOUT",
  "CLIENT_CLOSED_REQUEST",
  "DATABASE_UNAVAILABLE",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "RATE_LIMITED",
]);

/** Seconds a client should wait before retrying after DATABASE_UNAVAILABLE. */
export const DATABASE_RETRY_AFTER_SECONDS = 2;

/** Prisma's codes for "cannot reach / lost the database" and PostgreSQL's SQLSTATEs for shutdown, recovery and lost connections. */
const UNAVAILABLE_CODES = new Set([
  "P1001",
  "P1002",
  "P1017",
  "P2024",
  "57P01",
  "57P02",
  "57P03",
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
]);
const UNAVAILABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
const UNAVAILABLE_MESSAGE =
  /the database system is (shutting down|starting up|in recovery mode|not yet accepting connections)|terminating connection due to administrator command|Connection terminated|connect ECONNREFUSED|Can't reach database server|Server has closed the connection|Timed out fetching a new connection|The embedded database's worker thread exited|The embedded database is closed|Cannot use a pool after calling end on the pool/i;
const TIMEOUT_MESSAGE = /canceling statement due to statement timeout/i;

/** The error and what it wraps (Prisma's `cause`, a driver error's `cause`, GraphQL's `originalError`). */
function* chain(error: unknown): Generator<Record<string, unknown>> {
  const seen = new Set<unknown>();
  let current = error;
  while (current && typeof current === "object" && !seen.has(current)) {
    seen.add(current);
    yield current as Record<string, unknown>;
    const record = current as { cause?: unknown; originalError?: unknown };
    current = record.originalError ?? record.cause;
  }
}

export function isDatabaseUnavailable(error: unknown): boolean {
  for (const link of chain(error)) {
    if (typeof link.code === "string" && UNAVAILABLE_CODES.has(link.code)) return true;
    if (typeof link.kind === "string" && UNAVAILABLE_KINDS.has(link.kind)) return true;
    if (typeof link.message === "string" && UNAVAILABLE_MESSAGE.test(link.message)) return true;
  }
  return false;
}

export function isQueryTimeout(error: unknown): boolean {
  for (const link of chain(error)) {
    if (link.code === "QUERY_TIMEOUT" || link.code === "57014") return true;
    if (typeof link.message === "string" && TIMEOUT_MESSAGE.test(link.message)) return true;
  }
  return false;
}

/** The client hung up before the answer was ready (db/request-budget.ts), somewhere in the error's chain. */
export function isClientGone(error: unknown): boolean {
  return [...chain(error)].some((link) => link.code === "CLIENT_CLOSED_REQUEST");
}

/**
 * Apollo's `formatError`: gives database outages and timeouts their own code and a message written
 * for clients, and (unless `debug`) masks every error without a public code — raw SQL messages, file
 * paths — as INTERNAL_SERVER_ERROR; the request ID in the `x-request-id` header finds it in the logs.
 */
export function formatGraphQLError(options: { debug: boolean }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    let code = formatted.extensions?.code as string | undefined;
    let message = formatted.message;
    if (isDatabaseUnavailable(original)) {
      code = "DATABASE_UNAVAILABLE";
      message = `The database is unavailable; retry in ${DATABASE_RETRY_AFTER_SECONDS} s.`;
    } else if (isQueryTimeout(original)) {
      code = "QUERY_TIMEOUT";
      if (!(original instanceof Error && original.name === "QueryTimeoutError"))
        message = "A statement ran past the request's time budget: ask for less (fewer aliases, smaller pages).";
    } else if (isClientGone(original)) {
      code = "CLIENT_CLOSED_REQUEST"; // nobody reads it; the log line then shows why the request ended
    } else if (message === "provided sha does not match query") {
      // Apollo's automatic persisted queries: the hash sent is not the SHA-256 of the query sent.
      code = "PERSISTED_QUERY_HASH_MISMATCH";
      message = "extensions.persistedQuery.sha256Hash is not the SHA-256 of the query sent with it.";
    }
    if (!code || code === "INTERNAL_SERVER_ERROR" || !PUBLIC_CODES.has(code)) {
      if (!options.debug) return { message: "Internal server error", ...(formatted.path ? { path: formatted.path } : {}), extensions: { code: "INTERNAL_SERVER_ERROR" } };
      code ??= "INTERNAL_SERVER_ERROR";
    }
    return { ...formatted, message, extensions: { ...formatted.extensions, code } };
  };
}
