import type { ApolloServerPlugin } from "@apollo/server";
import Negotiator from "negotiator";
import { DATABASE_RETRY_AFTER_SECONDS } from "./errors";

const JSON_TYPE = "application/json";
const GRAPHQL_RESPONSE_TYPE = "application/graphql-response+json";

/** Errors found before execution: the request, not the server, is at fault. */
const REQUEST_ERROR_CODES = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "QUERY_TOO_DEEP",
  "QUERY_TOO_COSTLY",
  "TOO_MANY_ROOT_FIELDS",
  "TOO_MANY_ALIASES",
  "PERSISTED_QUERY_HASH_MISMATCH",
  "OPERATION_RESOLUTION_FAILURE",
]);

/**
 * HTTP status codes as the GraphQL-over-HTTP spec has them:
 * - a request error (nothing executed) answers 400 under `application/graphql-response+json`, and
 *   200 under `application/json`, whose clients read `errors` rather than the status;
 * - a database outage answers 503 with `Retry-After`, whatever else happened;
 * - a request that ran out of time with nothing to show answers 503.
 * The media type is chosen here the way Apollo Server chooses it, so the two always agree.
 */
export function httpStatusPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response }) {
          if (response.body.kind !== "single") return;
          const { errors, data } = response.body.singleResult;
          if (!errors?.length) return;
          const codes = new Set(errors.map((error) => error.extensions?.code as string | undefined));
          if (codes.has("DATABASE_UNAVAILABLE")) {
            response.http.status = 503;
            response.http.headers.set("retry-after", String(DATABASE_RETRY_AFTER_SECONDS));
            return;
          }
          if (data == null && codes.has("QUERY_TIMEOUT")) {
            response.http.status = 503;
            return;
          }
          if (data !== undefined || ![...codes].every((code) => code && REQUEST_ERROR_CODES.has(code))) return;
          const mediaType = responseMediaType(request.http?.headers.get("accept"));
          if (!mediaType) return; // Apollo answers 406
          response.http.headers.set("content-type", mediaType === JSON_TYPE ? `${JSON_TYPE}; charset=utf-8` : `${GRAPHQL_RESPONSE_TYPE}; charset=utf-8`);
          response.http.status = mediaType === JSON_TYPE ? 200 : 400;
        },
      };
    },
  };
}

/** The media type of a single-result response for this Accept header (Apollo's rule: no header → JSON). */
export function responseMediaType(accept: string | undefined): string | undefined {
  if (!accept) return JSON_TYPE;
  return new Negotiator({ headers: { accept } }).mediaType([JSON_TYPE, GRAPHQL_RESPONSE_TYPE]);
}
