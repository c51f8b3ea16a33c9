import type { MetadataRoute } from "next";
import { runQuery } from "../lib/api";
import { siteOrigin } from "../lib/site";
import { graphql } from "../src/gql";

export const dynamic = "force-dynamic";

const SitemapCompaniesDocument = graphql(`
  query SitemapCompanies($after: String) {
    companies(first: 100, after: $after) {
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

const SitemapLabsDocument = graphql(`
  query SitemapLabs($after: String) {
    labs(first: 100, after: $after) {
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

const SitemapModelsDocument = graphql(`
  query SitemapModels($after: String) {
    models(first: 100, after: $after) {
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

const SitemapPeopleDocument = graphql(`
  query SitemapPeople($after: String) {
    people(first: 100, after: $after) {
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

/** One page of a list: its slugs and the cursor after it (null on the last page); null when the API failed. */
type SlugPage = { slugs: string[]; next: string | null } | null;
interface Connection {
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: ReadonlyArray<{ node: { slug: string } }>;
}
const slugPage = (connection: Connection): SlugPage => ({
  slugs: connection.edges.map((edge) => edge.node.slug),
  next: connection.pageInfo.hasNextPage ? (connection.pageInfo.endCursor ?? null) : null,
});

/** Pages a list are read at most: 5,000 entries per kind, well under a sitemap's 50,000 URLs. */
const MAX_PAGES = 50;

/** Every slug of one list, page after page; what was read so far when the API fails midway. */
async function allSlugs(fetchPage: (after: string | null) => Promise<SlugPage>): Promise<string[]> {
  const slugs: string[] = [];
  let after: string | null = null;
  for (let read = 0; read < MAX_PAGES; read++) {
    const page = await fetchPage(after);
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
  const [companies, labs, models, people] = await Promise.all([
    allSlugs(async (after) => {
      const result = await runQuery(SitemapCompaniesDocument, { after });
      return result.ok ? slugPage(result.data.companies) : null;
    }),
    allSlugs(async (after) => {
      const result = await runQuery(SitemapLabsDocument, { after });
      return result.ok ? slugPage(result.data.labs) : null;
    }),
    allSlugs(async (after) => {
      const result = await runQuery(SitemapModelsDocument, { after });
      return result.ok ? slugPage(result.data.models) : null;
    }),
    allSlugs(async (after) => {
      const result = await runQuery(SitemapPeopleDocument, { after });
      return result.ok ? slugPage(result.data.people) : null;
    }),
  ]);
  return [
    ...fixed,
    ...companies.map((slug) => ({ url: url(`/companies/${slug}`) })),
    ...labs.map((slug) => ({ url: url(`/labs/${slug}`) })),
    ...models.map((slug) => ({ url: url(`/models/${slug}`) })),
    ...people.map((slug) => ({ url: url(`/people/${slug}`) })),
  ];
}
