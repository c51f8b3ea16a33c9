import { apiTimeoutMs, apiUrl } from "./apollo";

/**
 * Whether the API answers its health check, remembered for a few seconds so that a burst of page
 * requests costs one probe. A down or hung API is known within the probe's timeout.
 */
const UP_TTL_MS = 5_000;
const DOWN_TTL_MS = 2_000;
let last: { up: boolean; at: number } | null = null;
let inFlight: Promise<boolean> | null = null;

export function healthUrl(): string {
  return apiUrl().replace(/\/graphql\/?$/, "/healthz");
}

async function probe(): Promise<boolean> {
  try {
    const response = await fetch(healthUrl(), { signal: AbortSignal.timeout(apiTimeoutMs()), cache: "no-store" });
    return response.ok;
  } catch {
    return false;
  }
}

export async function apiIsUp(now = Date.now()): Promise<boolean> {
  if (last && now - last.at < (last.up ? UP_TTL_MS : DOWN_TTL_MS)) return last.up;
  inFlight ??= probe().then((up) => {
    last = { up, at: Date.now() };
    inFlight = null;
    return up;
  });
  return inFlight;
}

/** The page a reader gets while the API is unavailable: plain HTML, retry without scripts. */
export function unavailablePage(retryHref: string): string {
  const href = retryHref.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="15"><title>Temporarily unavailable · Orchard</title><link rel="icon" href="/icon.svg" type="image/svg+xml">
<meta name="color-scheme" content="light dark"><style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1.5rem;line-height:1.5}
a.button{display:inline-block;padding:.5rem 1rem;background:#25613a;color:#fff;border-radius:.4rem;font-weight:600;text-decoration:none}
@media (prefers-color-scheme:dark){body{background:#15181c;color:#e7e9ec}a.button{background:#7fcf96;color:#10130f}}</style></head>
<body><main><p><strong>Orchard</strong></p><h1>Orchard is temporarily unavailable</h1>
<p>Its data service is not answering right now. This page retries by itself every 15 seconds.</p>
<p><a class="button" href="${href}">Try again</a></p></main></body></html>`;
}
