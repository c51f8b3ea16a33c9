import { type ApolloClient, CombinedGraphQLErrors, type OperationVariables, type TypedDocumentNode } from "@apollo/client";
import { apiUrl, getClient } from "./apollo";

export type QueryOutcome<T> =
  | { ok: true; data: T }
  | { ok: false; message: string; code: string | null; extensions: Record<string, unknown> };

/** Run a typed query; GraphQL and network errors become a value, never a throw. */
export async function runQuery<TData, TVariables extends OperationVariables>(
  query: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
): Promise<QueryOutcome<TData>> {
  try {
    const options = { query, variables } as ApolloClient.QueryOptions<TData, TVariables>;
    const result = await getClient().query<TData, TVariables>(options);
    if (result.data === undefined || result.data === null) {
      return { ok: false, message: "The API returned no data.", code: null, extensions: {} };
    }
    return { ok: true, data: result.data as TData };
  } catch (error) {
    if (CombinedGraphQLErrors.is(error)) {
      const first = error.errors[0];
      const extensions = (first?.extensions ?? {}) as Record<string, unknown>;
      const code = typeof extensions.code === "string" ? extensions.code : null;
      return { ok: false, message: first?.message ?? error.message, code, extensions };
    }
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `Request to the Orchard API at ${apiUrl()} failed: ${message}`, code: "NETWORK", extensions: {} };
  }
}
