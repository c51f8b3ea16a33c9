import { runQuery } from "../../../lib/api";
import { toSuggestions } from "../../../lib/suggest";
import { graphql } from "../../../src/gql";

export const dynamic = "force-dynamic";

const SuggestDocument = graphql(`
  query Suggest($query: String!) {
    searchAll(query: $query, first: 4) {
      fuzzy
      groups {
        type
        hits {
          matchedAlias
          language
          entity {
            __typename
            slug
            name
          }
        }
      }
      events {
        event {
          id
          title
          type
        }
      }
      sources {
        source {
          id
          title
          language
        }
      }
    }
  }
`);

/** `GET /api/suggest?q=…`: what the search box offers as you type (JSON, small). */
export async function GET(request: Request): Promise<Response> {
  const q = (new URL(request.url).searchParams.get("q") ?? "").trim().slice(0, 100);
  if (q.length < 2) return Response.json({ query: q, fuzzy: false, groups: [] });
  const result = await runQuery(SuggestDocument, { query: q });
  if (!result.ok) {
    const status = result.code === "NETWORK" ? 503 : result.code === "BAD_USER_INPUT" ? 200 : 502;
    return status === 200 ? Response.json({ query: q, fuzzy: false, groups: [] }) : Response.json({ error: result.message }, { status });
  }
  return Response.json(toSuggestions(q, result.data.searchAll), { headers: { "cache-control": "private, max-age=30" } });
}
