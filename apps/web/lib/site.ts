import { headers } from "next/headers";

/** The site's own origin as the reader reached it (for absolute URLs in Open Graph tags and the sitemap). */
export async function siteOrigin(): Promise<URL> {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return new URL(`${proto}://${host}`);
}
