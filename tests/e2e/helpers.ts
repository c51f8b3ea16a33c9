import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type BrowserContextOptions, type Page as BrowserPage } from "playwright-core";

// Set by the global setup, which starts the stack (or takes WEB_URL as given).
export const WEB_URL = (process.env.WEB_URL ?? "").replace(/\/$/, "");
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const SCREENSHOTS = path.join(__dirname, "screenshots");
export const DESKTOP = { width: 1366, height: 900 };
export const PHONE = { width: 390, height: 844 };

export interface FetchedPage {
  status: number;
  html: string;
  /** Visible text: tags, comments and scripts removed, whitespace collapsed. */
  text: string;
}

export async function get(pathname: string, base = WEB_URL): Promise<FetchedPage> {
  const response = await fetch(`${base}${pathname}`, { redirect: "manual" });
  const html = await response.text();
  const text = html
    .replace(/<script[\s\S]*?<\/script>/g, " ")
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
  return { status: response.status, html, text };
}

export async function launch(): Promise<Browser> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}

/** A page at `pathname` in a fresh context; fails the test unless it answers 200. */
export async function open(browser: Browser, pathname: string, options: BrowserContextOptions = {}): Promise<BrowserPage> {
  const context = await browser.newContext({ viewport: DESKTOP, ...options });
  const page = await context.newPage();
  const response = await page.goto(`${WEB_URL}${pathname}`, { waitUntil: "networkidle" });
  if (response?.status() !== 200) throw new Error(`${pathname} answered ${response?.status()}`);
  return page;
}

export async function close(page: BrowserPage): Promise<void> {
  await page.context().close();
}

export const shoot = (page: BrowserPage, name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** True when two boxes share any area (touching edges do not count). */
export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Rendered boxes of the elements matching `selector` inside `page`. */
export function boxes(page: BrowserPage, selector: string): Promise<Box[]> {
  return page.$$eval(selector, (elements) =>
    elements.map((element) => {
      const r = element.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }),
  );
}
