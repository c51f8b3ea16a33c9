import type { MetadataRoute } from "next";
import { siteOrigin } from "../lib/site";

export default async function robots(): Promise<MetadataRoute.Robots> {
  const origin = await siteOrigin();
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/export/", "/search", "/api/"] },
    sitemap: new URL("/sitemap.xml", origin).toString(),
  };
}
