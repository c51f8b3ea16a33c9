import { NextResponse, type NextRequest } from "next/server";
import { apiIsUp, unavailablePage } from "./lib/apiHealth";

/**
 * Pages need the API: while it is down or hung, answer 503 with a retry page at once instead of
 * letting each page wait out its fetch timeouts (and without naming the API's address).
 */
export async function proxy(request: NextRequest) {
  if (await apiIsUp()) return NextResponse.next();
  const retry = `${request.nextUrl.pathname}${request.nextUrl.search}`;
  return new NextResponse(unavailablePage(retry), {
    status: 503,
    headers: { "content-type": "text/html; charset=utf-8", "retry-after": "15", "cache-control": "no-store" },
  });
}

export const config = {
  // Not static files, metadata files, or the export relay (which reports its own 503).
  matcher: ["/((?!_next/|export/|icon|favicon|robots.txt|sitemap.xml|opengraph-image).*)"],
};
