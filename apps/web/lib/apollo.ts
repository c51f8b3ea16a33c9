import { HttpLink } from "@apollo/client";
import { ApolloClient, InMemoryCache, registerApolloClient } from "@apollo/client-integration-nextjs";
import { trustedDocumentLink } from "./trustedDocuments";

export const DEFAULT_API_URL = "http://localhost:4000/graphql";

export function apiUrl(): string {
  return process.env.ORCHARD_API_URL || DEFAULT_API_URL;
}

/** A hung API must not stall a page: every request gives up after this long (ORCHARD_API_TIMEOUT_MS). */
export function apiTimeoutMs(): number {
  const value = Number(process.env.ORCHARD_API_TIMEOUT_MS);
  return Number.isFinite(value) && value > 0 ? value : 6_000;
}

/** fetch with the request's own signal and the timeout, whichever fires first. */
const fetchWithTimeout: typeof fetch = (input, init) => {
  const timeout = AbortSignal.timeout(apiTimeoutMs());
  const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
  return fetch(input, { ...init, signal });
};

/** Interfaces of the contract, so that inline fragments on them match in the cache. */
const POSSIBLE_TYPES = {
  Node: ["Company", "Lab", "Institution", "MediaOutlet", "AiModel", "Person", "Event", "Source"],
  Entity: ["Company", "Lab", "Institution", "MediaOutlet", "AiModel", "Person"],
  Organization: ["Company", "Lab", "Institution", "MediaOutlet"],
};

export const { getClient } = registerApolloClient(
  () =>
    new ApolloClient({
      cache: new InMemoryCache({ possibleTypes: POSSIBLE_TYPES }),
      link: trustedDocumentLink().concat(
        new HttpLink({
          uri: apiUrl(),
          fetch: fetchWithTimeout,
          // Apollo Server's csrfPrevention: a non-simple header marks the request as preflighted.
          // The client token (set by `npm start`) marks the first-party web server to the API's rate limiter.
          headers: {
            "apollo-require-preflight": "true",
            ...(process.env.ORCHARD_WEB_CLIENT_TOKEN ? { "x-orchard-client-token": process.env.ORCHARD_WEB_CLIENT_TOKEN } : {}),
          },
          // Never cache at build time: pages are rendered per request against the live API.
          fetchOptions: { cache: "no-store" },
        }),
      ),
      // Each request renders once from fresh data; normalising results would only risk merging
      // differently-dated (as-of) views of the same objects.
      defaultOptions: { query: { fetchPolicy: "no-cache" } },
    }),
);
