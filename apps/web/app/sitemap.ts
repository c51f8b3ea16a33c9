import type { MetadataRoute } from "next";
import { runQuery } from "../lib/api";
import { siteOrigin } from "../lib/site";
import { graphql } from "../src/gql";

export const dynamic = "force-dynamic";

const SitemapDocument = graphql(`
  query SitemapEntities {
    companies(first: 100) {
      edges {
        node {
          slug
        }
      }
    }
    labs(first: 100) {
      edges {
        node {
          slug
        }
      }
    }
    models(first: 100) {
      edges {
        node {
          slug
        }
      }
    }
    people(first: 100) {
      edges {
        node {
          slug
        }
      }
    }
  }
`);

/** Browse pages and every company, lab, model and person page (the first 100 of each kind). */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = await siteOrigin();
  const url = (path: string) => new URL(path, origin).toString();
  const fixed = ["/", "/compare", "/companies", "/labs", "/models", "/people", "/events", "/sources"].map((path) => ({ url: url(path), changeFrequency: "daily" as const }));
  const result = await runQuery(SitemapDocument, {});
  if (!result.ok) return fixed;
  const { companies, labs, models, people } = result.data;
  return [
    ...fixed,
    ...companies.edges.map((e) => ({ url: url(`/companies/${e.node.slug}`) })),
    ...labs.edges.map((e) => ({ url: url(`/labs/${e.node.slug}`) })),
    ...models.edges.map((e) => ({ url: url(`/models/${e.node.slug}`) })),
    ...people.edges.map((e) => ({ url: url(`/people/${e.node.slug}`) })),
  ];
}
