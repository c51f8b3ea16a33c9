import { HttpLink } from "@apollo/client";
import {
  ApolloClient,
  InMemoryCache,
  registerApolloClient,
} from "@apollo/client-integration-nextjs";

export const DEFAULT_API_URL = "http://localhost:4000/graphql";

export function apiUrl(): string {
  return process.env.ORCHARD_API_URL || DEFAULT_API_URL;
}

export const { getClient } = registerApolloClient(
  () =>
    new ApolloClient({
      cache: new InMemoryCache(),
      link: new HttpLink({
        uri: apiUrl(),
        // Apollo Server's csrfPrevention: a non-simple header marks the request as preflighted.
        headers: { "apollo-require-preflight": "true" },
        // Never cache at build time: pages are rendered per request against the live API.
        fetchOptions: { cache: "no-store" },
      }),
    }),
);
