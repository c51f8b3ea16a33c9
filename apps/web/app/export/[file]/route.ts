import { API_UNAVAILABLE_MESSAGE } from "../../../lib/api";
import { apiTimeoutMs, apiUrl } from "../../../lib/apollo";

export const dynamic = "force-dynamic";

const FILE = /^(events|entities|people|sources)\.(csv|ndjson)$/;
const FORWARDED = ["types", "entities", "from", "to", "status", "minConfidence", "language", "asOf"];

/**
 * Relays `/export/<resource>.<csv|ndjson>` to the API's bulk export, streamed, so browse pages can
 * offer downloads without exposing the API's address; the web's client token keeps visitors out of
 * the anonymous rate limit like every other page request.
 */
export async function GET(request: Request, context: RouteContext<"/export/[file]">): Promise<Response> {
  const { file } = await context.params;
  if (!FILE.test(file)) return Response.json({ errors: [{ message: "No such export.", extensions: { code: "NOT_FOUND" } }] }, { status: 404 });
  const incoming = new URL(request.url).searchParams;
  const target = new URL(apiUrl().replace(/\/graphql\/?$/, `/export/${file}`));
  for (const name of FORWARDED) {
    const value = incoming.get(name);
    if (value) target.searchParams.set(name, value);
  }
  // The timeout guards the wait for the answer's headers, not the length of the download.
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), apiTimeoutMs());
  let upstream: Response;
  try {
    upstream = await fetch(target, {
      signal: controller.signal,
      headers: process.env.ORCHARD_WEB_CLIENT_TOKEN ? { "x-orchard-client-token": process.env.ORCHARD_WEB_CLIENT_TOKEN } : {},
      cache: "no-store",
    });
  } catch {
    return Response.json({ errors: [{ message: API_UNAVAILABLE_MESSAGE, extensions: { code: "API_UNAVAILABLE" } }] }, { status: 503, headers: { "retry-after": "10" } });
  } finally {
    clearTimeout(timer);
  }
  const headers = new Headers();
  for (const name of ["content-type", "content-disposition", "retry-after"]) {
    const value = upstream.headers.get(name);
    if (value) headers.set(name, value);
  }
  return new Response(upstream.body, { status: upstream.status, headers });
}
