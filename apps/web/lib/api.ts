import { type ApolloClient, CombinedGraphQLErrors, type OperationVariables, type TypedDocumentNode } from "@apollo/client";
import { getClient } from "./apollo";

export type QueryOutcome<T> = { ok: true; data: T } | { ok: false; message: string; code: string | null; extensions: Record<string, unknown> };

/** What readers see when the API cannot be reached: never its address. */
export const API_UNAVAILABLE_MESSAGE = "Orchard's data service did not answer in time. Please try again in a moment.";

/** Thrown by pages that cannot render anything useful without the API; app/error.tsx shows it. */
export class ApiUnavailableError extends Error {
  constructor(detail?: string) {
    super(API_UNAVAILABLE_MESSAGE, { cause: detail });
    this.name = "ApiUnavailableError";
  }
}

/** Run a typed query; GraphQL and network errors become a value, never a throw. */
export async function runQuery<TData, TVariables extends OperationVariables>(query: TypedDocumentNode<TData, TVariables>, variables: TVariables): Promise<QueryOutcome<TData>> {
  try {
    const options = { query, variables } as ApolloClient.QueryOptions<TData, TVariables>;
    const result = await getClient().query(options);
    if (result.data === undefined || result.data === null) {
      return { ok: false, message: "The API returned no data.", code: null, extensions: {} };
    }
    return { ok: true, data: result.data };
  } catch (error) {
    if (CombinedGraphQLErrors.is(error)) {
      const first = error.errors[0];
      const extensions = (first?.extensions ?? {}) as Record<string, unknown>;
      const code = typeof extensions.code === "string" ? extensions.code : null;
      return { ok: false, message: first?.message ?? error.message, code, extensions };
    }
    // Network failures and timeouts: the detail (with the API's address) goes to the server log only.
    console.error("Orchard API request failed:", error instanceof Error ? error.message : error);
    return { ok: false, message: API_UNAVAILABLE_MESSAGE, code: "NETWORK", extensions: {} };
  }
}

/** The data, or a thrown ApiUnavailableError when the API is down (other errors stay values). */
export async function runQueryOrThrow<TData, TVariables extends OperationVariables>(
  query: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
): Promise<QueryOutcome<TData>> {
  const outcome = await runQuery(query, variables);
  if (!outcome.ok && outcome.code === "NETWORK") throw new ApiUnavailableError();
  return outcome;
}
