/**
 * Lighthouse (the npm package) against the system Chromium, offline: performance, accessibility,
 * best practices and SEO of a page, with CLS, TBT and LCP, in the mobile (default, simulated
 * throttling) and desktop presets. LIGHTHOUSE_REPORTS=<dir> also keeps each full report as JSON there,
 * for the audits behind a score (the table shows only the scores).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export interface LighthouseRow {
  path: string;
  formFactor: "mobile" | "desktop";
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  cls: number;
  tbtMs: number;
  lcpMs: number;
}

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const REPORTS_DIR = process.env.LIGHTHOUSE_REPORTS;

export async function runLighthouse(base: string, paths: readonly string[]): Promise<LighthouseRow[]> {
  const { default: lighthouse } = await import("lighthouse");
  const { default: desktopConfig } = await import("lighthouse/core/config/desktop-config.js");
  const chromeLauncher = await import("chrome-launcher");
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
  });
  const rows: LighthouseRow[] = [];
  try {
    for (const path of paths) {
      for (const formFactor of ["mobile", "desktop"] as const) {
        const result = await lighthouse(
          `${base}${path}`,
          { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility", "best-practices", "seo"] },
          formFactor === "desktop" ? desktopConfig : undefined,
        );
        if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
        if (REPORTS_DIR) {
          mkdirSync(REPORTS_DIR, { recursive: true });
          const name = `${path === "/" ? "home" : path.slice(1).replace(/\//g, "_")}-${formFactor}.json`;
          writeFileSync(join(REPORTS_DIR, name), JSON.stringify(result.lhr));
        }
        const { categories, audits } = result.lhr;
        const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
        rows.push({
          path,
          formFactor,
          performance: score("performance"),
          accessibility: score("accessibility"),
          bestPractices: score("best-practices"),
          seo: score("seo"),
          cls: audits["cumulative-layout-shift"]?.numericValue ?? NaN,
          tbtMs: audits["total-blocking-time"]?.numericValue ?? NaN,
          lcpMs: audits["largest-contentful-paint"]?.numericValue ?? NaN,
        });
        const failing = Object.values(result.lhr.audits).filter(
          (a) => a.score !== null && a.score < 1 && ["accessibility", "best-practices"].some((c) => categories[c]?.auditRefs.some((r) => r.id === a.id && r.weight > 0)),
        );
        for (const audit of failing) console.log(`  ${path} ${formFactor}: ${audit.id} — ${audit.title}`);
      }
    }
  } finally {
    chrome.kill();
  }
  return rows;
}
