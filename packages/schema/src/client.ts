import type { DocumentTypeDecoration } from "@graphql-typed-document-node/core";

/** A typed document: one of this package's generated `…Document`s, or anything whose `toString()` is the query text. */
export type TypedDocument<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables> & { toString(): string };

/** Variables may be left out when the operation has none or only optional ones. */
type VariablesArgument<TVariables> = Record<string, never> extends TVariables ? [variables?: TVariables] : [variables: TVariables];

export interface GraphQLErrorEntry {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

/**
 * A request that did not return clean data. `code` is the first GraphQL error's `extensions.code`
 * (`UNAUTHENTICATED`, `FORBIDDEN`, `BAD_USER_INPUT`, `RATE_LIMITED`…; see docs/api.md), or
 * `NETWORK_ERROR` / `BAD_RESPONSE` when no GraphQL answer came back.
 */
export class OrchardApiError extends Error {
  readonly code: string | null;
  readonly status: number | null;
  readonly errors: GraphQLErrorEntry[];
  /** What the API returned next to the errors (fields that resolved), if anything. */
  readonly data: unknown;
  /** From `Retry-After` on a 429: wait this long before trying again. */
  readonly retryAfterSeconds: number | null;

  constructor(message: string, details: { code: string | null; status: number | null; errors?: GraphQLErrorEntry[]; data?: unknown; retryAfterSeconds?: number | null }) {
    super(message);
    this.name = "OrchardApiError";
    this.code = details.code;
    this.status = details.status;
    this.errors = details.errors ?? [];
    this.data = details.data ?? null;
    this.retryAfterSeconds = details.retryAfterSeconds ?? null;
  }
}

export interface OrchardClientOptions {
  /** The GraphQL endpoint, e.g. http://localhost:4000/graphql. */
  url: string;
  /** Sent as `Authorization: Bearer <key>`; reads work without one, at the anonymous rate limit. */
  apiKey?: string;
  /**
   * Automatic persisted queries: send the query's SHA-256 first and the text only when the API
   * has not seen it yet (once per API process), which saves upload on large documents.
   */
  persistedQueries?: boolean;
  headers?: Record<string, string>;
  /** Defaults to the global fetch (Node 18+, browsers). */
  fetch?: typeof fetch;
}

export interface OrchardClient {
  request<TResult, TVariables>(document: TypedDocument<TResult, TVariables>, ...variables: VariablesArgument<TVariables>): Promise<TResult>;
}

interface GraphQLBody {
  data?: unknown;
  errors?: GraphQLErrorEntry[];
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

export function createOrchardClient(options: OrchardClientOptions): OrchardClient {
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const headers = {
    "content-type": "application/json",
    ...(options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}),
    ...options.headers,
  };

  async function post(payload: Record<string, unknown>): Promise<{ response: Response; body: GraphQLBody }> {
    let response: Response;
    try {
      response = await fetchImpl(options.url, { method: "POST", headers, body: JSON.stringify(payload) });
    } catch (error) {
      throw new OrchardApiError(`Could not reach the Orchard API at ${options.url}: ${error instanceof Error ? error.message : String(error)}`, {
        code: "NETWORK_ERROR",
        status: null,
      });
    }
    const text = await response.text();
    try {
      return { response, body: JSON.parse(text) as GraphQLBody };
    } catch {
      throw new OrchardApiError(`The Orchard API answered HTTP ${response.status} without a GraphQL response: ${text.slice(0, 200)}`, {
        code: "BAD_RESPONSE",
        status: response.status,
      });
    }
  }

  const notFound = (body: GraphQLBody) => body.errors?.some((error) => error.extensions?.code === "PERSISTED_QUERY_NOT_FOUND") ?? false;

  return {
    async request<TResult, TVariables>(document: TypedDocument<TResult, TVariables>, ...[variables]: VariablesArgument<TVariables>): Promise<TResult> {
      const query = document.toString();
      let result: { response: Response; body: GraphQLBody };
      if (options.persistedQueries) {
        const extensions = { persistedQuery: { version: 1, sha256Hash: await sha256Hex(query) } };
        result = await post({ variables, extensions });
        if (notFound(result.body)) result = await post({ query, variables, extensions });
      } else {
        result = await post({ query, variables });
      }
      const { response, body } = result;
      if (body.errors?.length) {
        const [first] = body.errors;
        const retryAfter = Number(response.headers.get("retry-after"));
        throw new OrchardApiError(first.message, {
          code: first.extensions?.code ?? null,
          status: response.status,
          errors: body.errors,
          data: body.data,
          retryAfterSeconds: Number.isFinite(retryAfter) && response.headers.has("retry-after") ? retryAfter : null,
        });
      }
      if (!response.ok || body.data == null) {
        throw new OrchardApiError(`The Orchard API answered HTTP ${response.status} without data.`, { code: "BAD_RESPONSE", status: response.status });
      }
      return body.data as TResult;
    },
  };
}
