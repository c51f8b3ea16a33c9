/**
 * `npm run bench:web`: server-render times of the main pages and the JavaScript each route ships on
 * first load (gzipped), on the seed data, then Lighthouse on /, /compare and /models/avocado in the
 * mobile and desktop presets. Starts the built app on a throwaway PGlite (or uses WEB_URL).
 * BENCH_REQUESTS sets the timed requests per page (default 30, after 5 warm-ups); LIGHTHOUSE=0 skips
 * Lighthouse. Yardstick: Lighthouse's own targets (performance ≥ 90 mobile / ≥ 95 desktop, the
 * other categories 100, CLS < 0.05); the ratio column is score / target.
 */
import { gzipSync } from "node:zlib";
import { startStack } from "../support/stack";
import { runLighthouse } from "./lighthouse";

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 30);
const WARMUP = 5;

const ROUTES: Array<[label: string, path: string]> = [
  ["/", "/"],
  ["/compare (4 companies)", "/compare?c=meta&c=openai&c=google&c=mistral"],
  ["/compare as of 2025-11-01", "/compare?c=meta&c=openai&c=google&c=mistral&asOf=2025-11-01"],
  ["/companies/[slug]", "/companies/meta"],
  ["/labs/[slug]", "/labs/meta-superintelligence-labs"],
  ["/models/[slug]", "/models/avocado"],
  ["/people/[slug]", "/people/alexandr-wang"],
  ["/search", `/search?q=${encodeURIComponent("杨立昆")}`],
  ["/events (browse)", "/events?types=HIRE&types=DEPARTURE"],
];

const LIGHTHOUSE_PATHS = ["/", "/compare", "/models/avocado"];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function render(url: string): Promise<{ ms: number; html: string }> {
  const started = performance.now();
  const response = await fetch(url);
  const html = await response.text();
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return { ms: performance.now() - started, html };
}

/**
 * The scripts a first visit downloads: every <script src> of the page, gzipped as a server would.
 * `nomodule` scripts (Next's legacy polyfills) are skipped: module-capable browsers never fetch them.
 */
async function firstLoadJs(base: string, html: string, cache: Map<string, number>): Promise<{ files: number; gzipBytes: number }> {
  const tags = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).filter((tag) => !/\snomodule\b/i.test(tag));
  const sources = [...new Set(tags.flatMap((tag) => [...tag.matchAll(/\ssrc="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, "&"))))];
  let gzipBytes = 0;
  for (const src of sources) {
    if (!cache.has(src)) {
      const response = await fetch(new URL(src, base));
      cache.set(src, gzipSync(Buffer.from(await response.arrayBuffer()), { level: 9 }).length);
    }
    gzipBytes += cache.get(src)!;
  }
  return { files: sources.length, gzipBytes };
}

async function main() {
  const stack = await startStack();
  try {
    const scriptSizes = new Map<string, number>();
    const rows: string[][] = [];
    for (const [label, path] of ROUTES) {
      const url = `${stack.webUrl}${path}`;
      for (let i = 0; i < WARMUP; i++) await render(url);
      const times: number[] = [];
      let html = "";
      for (let i = 0; i < REQUESTS; i++) {
        const result = await render(url);
        times.push(result.ms);
        html = result.html;
      }
      times.sort((a, b) => a - b);
      const mean = times.reduce((sum, t) => sum + t, 0) / times.length;
      const js = await firstLoadJs(stack.webUrl, html, scriptSizes);
      rows.push([
        label,
        percentile(times, 50).toFixed(1),
        percentile(times, 95).toFixed(1),
        mean.toFixed(1),
        times[times.length - 1].toFixed(1),
        (html.length / 1024).toFixed(0),
        String(js.files),
        (js.gzipBytes / 1024).toFixed(1),
      ]);
    }
    const header = ["route", "p50 ms", "p95 ms", "mean ms", "max ms", "HTML kB", "scripts", "first-load JS kB gz"];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
    console.log(`Server render, ${REQUESTS} sequential requests per page after ${WARMUP} warm-ups (${stack.webUrl})`);
    console.log(line(header));
    for (const row of rows) console.log(line(row));

    if (process.env.LIGHTHOUSE !== "0") {
      const results = await runLighthouse(stack.webUrl, LIGHTHOUSE_PATHS);
      const lhHeader = ["page", "preset", "perf", "a11y", "best pr.", "SEO", "CLS", "TBT ms", "LCP ms", "perf / target"];
      const lhRows = results.map((r) => [
        r.path,
        r.formFactor,
        String(r.performance),
        String(r.accessibility),
        String(r.bestPractices),
        String(r.seo),
        r.cls.toFixed(3),
        r.tbtMs.toFixed(0),
        r.lcpMs.toFixed(0),
        (r.performance / (r.formFactor === "mobile" ? 90 : 95)).toFixed(2),
      ]);
      const lhWidths = lhHeader.map((h, i) => Math.max(h.length, ...lhRows.map((r) => r[i].length)));
      const lhLine = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(lhWidths[i]) : c.padStart(lhWidths[i]))).join("  ");
      console.log(`\nLighthouse (system Chromium, offline), mobile = default simulated throttling, desktop = desktop preset`);
      console.log(lhLine(lhHeader));
      for (const row of lhRows) console.log(lhLine(row));
    }
  } finally {
    await stack.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
