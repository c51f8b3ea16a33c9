import { GraphQLError, OperationTypeNode } from "graphql";
import { HeaderMap, type ApolloServerPlugin } from "@apollo/server";
import type { RequestContext } from "./context";
import { resultCost, tooCostly, type OperationAnalyzer } from "./limits";
import { rateLimitHeaders, throttleStatus, type BucketPolicy, type BucketStore, type TakeResult } from "./rate-limit";

export interface CostPolicies {
  /** Requests made with an API key: one bucket per key. */
  key: BucketPolicy;
  /** Anonymous requests: one bucket per client IP address. */
  anonymous: BucketPolicy;
}

export interface CostContext extends RequestContext {
  clientIp: string;
  /** The requested cost, once known (for the request's log line). */
  cost?: number;
  /** The first-party web server, which relays every visitor's requests: costed, not rate-limited. */
  firstParty: boolean;
}

/** The bucket a request draws from: its key's, or its IP address's when anonymous. */
export function bucketOf(context: Pick<CostContext, "viewer" | "clientIp">, policies: CostPolicies): { subject: string; policy: BucketPolicy } {
  return context.viewer ? { subject: `key:${context.viewer.keyId}`, policy: policies.key } : { subject: `ip:${context.clientIp}`, policy: policies.anonymous };
}

export function rateLimited(result: Extract<TakeResult, { allowed: false }>, cost: number): GraphQLError {
  return new GraphQLError(
    `Rate limit exceeded: this request costs ${cost} points and ${result.status.currentlyAvailable} are available; ` +
      `${result.status.restoreRate} points come back every second. Retry in ${result.retryAfterSeconds} s.`,
    { extensions: { code: "RATE_LIMITED", retryAfter: result.retryAfterSeconds, http: { status: 429 } } },
  );
}

/** Mutations change data: none runs without an API key, not even `mutation { __typename }`. */
export function mutationNeedsKey(): GraphQLError {
  return new GraphQLError("Mutations need an API key: send `Authorization: Bearer <key>`.", {
    extensions: { code: "UNAUTHENTICATED", http: { status: 401, headers: new HeaderMap([["www-authenticate", 'Bearer realm="orchard"']]) } },
  });
}

/**
 * The operation's limits and cost before execution (limits.ts), then the client's leaky bucket: the
 * requested cost is taken up front and what the response did not use (requested − actual) is given
 * back. Every response carries `extensions.cost` and the RateLimit headers.
 */
export function costPlugin(options: { analyzer: OperationAnalyzer; limiter: BucketStore; policies: CostPolicies; enabled: boolean }): ApolloServerPlugin<CostContext> {
  const { limiter, policies } = options;
  return {
    async requestDidStart() {
      let requested = 0;
      let charged = false;
      let refused: TakeResult | undefined;
      return {
        async didResolveOperation({ request, document, operation, contextValue }) {
          if (operation?.operation === OperationTypeNode.MUTATION && !contextValue.viewer) throw mutationNeedsKey();
          requested = options.analyzer.analyze({ document, variables: request.variables, operationName: request.operationName });
          contextValue.cost = requested;
          if (!options.enabled || contextValue.firstParty) return;
          const { subject, policy } = bucketOf(contextValue, policies);
          // A request bigger than the whole bucket could never pass: it is too costly for this client.
          if (requested > policy.capacity) throw tooCostly(requested, policy.capacity);
          const result = await limiter.take({ subject, policy, cost: requested });
          if (!result.allowed) {
            refused = result;
            throw rateLimited(result, requested);
          }
          charged = true;
        },
        async willSendResponse({ response, contextValue }) {
          const { subject, policy } = bucketOf(contextValue, policies);
          const single = response.body.kind === "single" ? response.body.singleResult : undefined;
          const actual = charged ? Math.min(requested, resultCost(single?.data)) : 0;
          // A request that draws from no bucket (limits off, or the first-party web server) reports a full
          // one without asking the store: on PostgreSQL a peek would be one more statement per request.
          const unlimited = !options.enabled || contextValue.firstParty;
          const status =
            refused?.status ??
            (charged
              ? await limiter.refund({ subject, policy, points: requested - actual })
              : unlimited
                ? throttleStatus(policy, policy.capacity)
                : await limiter.peek({ subject, policy }));
          if (single) {
            single.extensions = {
              ...single.extensions,
              cost: { requestedQueryCost: requested, actualQueryCost: actual, throttleStatus: status },
            };
          }
          if (options.enabled && !contextValue.firstParty) {
            for (const [name, value] of Object.entries(rateLimitHeaders(policy, refused ?? { status }))) response.http.headers.set(name, value);
          }
        },
      };
    },
  };
}
