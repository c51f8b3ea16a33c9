import type { MetadataRoute } from "next";
import { runQuery } from "../lib/api";
import { siteOrigin } from "../lib/site";
import { graphql } from "../src/gql";

export const dynamic = "force-dynamic";

/**
 * The lists the sitemap reads, in one document: each request pages through one of them (its flag
 * true, the others false), so a list that fails stops alone and the others read on.
 */
const SitemapSlugsDocument = graphql(`
  query SitemapSlugs($after: String, $companies: Boolean!, $labs: Boolean!, $models: Boolean!, $people: Boolean!) {
    companies(first: 100, after: $after) @include(if: $companies) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          slug
        }
      }
    }
    labs(first: 100, after: $after) @include(if: $labs) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          slug
        }
      }
    }
    models(first: 100, after: $after) @include(if: $models) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          slug
        }
      }
    }
    people(first: 100, after: $after) @include(if: $people) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          slug
        }
      }
    }
  }
`);

/** Each list's root field, which is also its pages' path. */
const LISTS = ["companies", "labs", "models", "people"] as const;
type List = (typeof LISTS)[number];

/** One page of a list: its slugs and the cursor after it (null on the last page); null when the API failed or left it out. */
type SlugPage = { slugs: string[]; next: string | null } | null;

/** The page of `list` after the cursor `after` (its first page when null). */
async function slugPage(list: List, after: string | null): Promise<SlugPage> {
  const result = await runQuery(SitemapSlugsDocument, {
    after,
    companies: list === "companies",
    labs: list === "labs",
    models: list === "models",
    people: list === "people",
  });
  const connection = result.ok ? result.data[list] : undefined;
  if (!connection) return null;
  return {
    slugs: connection.edges.map((edge) => edge.node.slug),
    next: connection.pageInfo.hasNextPage ? (connection.pageInfo.endCursor ?? null) : null,
  };
}

/** Pages a list are read at most: 5,000 entries per kind, well under a sitemap's 50,000 URLs. */
const MAX_PAGES = 50;

/** Every slug of one list, page after page; what was read so far when the API fails midway. */
async function allSlugs(list: List): Promise<string[]> {
  const slugs: string[] = [];
  let after: string | null = null;
  for (let read = 0; read < MAX_PAGES; read++) {
    const page = await slugPage(list, after);
    if (!page) break;
    slugs.push(...page.slugs);
    if (!page.next) break;
    after = page.next;
  }
  return slugs;
}

/** Browse pages and every company, lab, model and person page. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = await siteOrigin();
  const url = (path: string) => new URL(path, origin).toString();
  const fixed = ["/", "/compare", "/companies", "/labs", "/models", "/people", "/events", "/sources"].map((path) => ({ url: url(path), changeFrequency: "daily" as const }));
  const slugsByList = await Promise.all(LISTS.map((list) => allSlugs(list)));
  return [...fixed, ...LISTS.flatMap((list, index) => slugsByList[index].map((slug) => ({ url: url(`/${list}/${slug}`) })))];
}
