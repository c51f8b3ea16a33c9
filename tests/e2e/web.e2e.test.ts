import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page as BrowserPage } from "playwright-core";

// Set by the global setup, which starts the stack (or takes WEB_URL as given).
const WEB_URL = (process.env.WEB_URL ?? "").replace(/\/$/, "");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const SCREENSHOTS = path.join(__dirname, "screenshots");

interface Page {
  status: number;
  html: string;
  /** Visible text: tags, comments and scripts removed, whitespace collapsed. */
  text: string;
}

async function get(path: string): Promise<Page> {
  const response = await fetch(`${WEB_URL}${path}`, { redirect: "manual" });
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

describe("pages over plain HTTP (what a reader without JavaScript gets)", () => {
  it("compares the default four companies with a server-rendered timeline", async () => {
    const page = await get("/compare");
    expect(page.status).toBe(200);
    for (const name of ["Meta", "OpenAI", "Google", "Mistral"]) expect(page.text).toContain(name);
    expect(page.html).toContain('class="timeline-svg"');
    expect(page.text).toMatch(/Avocado Delayed Closed Expected Q1 2026/);
  });

  it("re-renders the comparison as known on an earlier date", async () => {
    const page = await get("/compare?c=meta&c=openai&asOf=2025-11-01");
    expect(page.status).toBe(200);
    // Every Avocado report in the seed sources is from December 2025: on 1 November nothing about it was public.
    expect(page.text).not.toMatch(/Avocado (Delayed|In development|Announced)/);
    expect(page.html).toContain('name="asOf"');
  });

  it("links every capex figure to its citation", async () => {
    const page = await get("/compare?c=meta&c=openai");
    const links = [...page.html.matchAll(/<a class="figure"[^>]*href="(\/events\/[^"#]+#cite-[^"]+)"/g)];
    expect(links.length).toBeGreaterThan(0);
  });

  it("finds Alexandr Wang by his Chinese name, with the alias's language", async () => {
    const page = await get(`/search?q=${encodeURIComponent("汪滔")}`);
    expect(page.status).toBe(200);
    expect(page.html).toContain('href="/people/alexandr-wang"');
    expect(/<span lang="zh-Han[st]">“汪滔”<\/span>/.test(page.html.replace(/<!--[^>]*-->/g, ""))).toBe(true);
  });

  it("shows Avocado's lineage", async () => {
    const page = await get("/models/avocado");
    expect(page.status).toBe(200);
    for (const name of ["Gemma", "gpt-oss", "Qwen"]) expect(page.text).toMatch(new RegExp(`Distilled from ${name}`));
  });

  it("marks denials and the language of every quote on event pages", async () => {
    const model = await get("/models/avocado");
    const ids = [...new Set([...model.html.matchAll(/href="\/events\/([^"#]+)"/g)].map((m) => m[1]))];
    let denial: Page | null = null;
    for (const id of ids) {
      const page = await get(`/events/${id}`);
      if (page.html.includes("citation-denies")) {
        denial = page;
        break;
      }
    }
    expect(denial).not.toBeNull();
    expect(denial!.text).toContain("Denial");
    expect(denial!.html).toMatch(/<blockquote lang="[a-zA-Z-]+"/);
    expect(denial!.html).toMatch(/href="\/sources\/[^"]+"/);
  });

  it("answers 404 for unknown slugs and IDs", async () => {
    for (const path of ["/companies/no-such-company", "/labs/no-such-lab", "/models/no-such-model", "/people/no-such-person", "/events/bogus", "/sources/bogus"]) {
      expect((await get(path)).status).toBe(404);
    }
  });
});

describe("in a browser", () => {
  let browser: Browser;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`No Chromium at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH).`);
    }
    mkdirSync(SCREENSHOTS, { recursive: true });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function open(pathname: string): Promise<BrowserPage> {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const response = await page.goto(`${WEB_URL}${pathname}`);
    expect(response?.status()).toBe(200);
    return page;
  }

  const shoot = (page: BrowserPage, name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });

  it("opens the default comparison from the home page and shows all four companies", async () => {
    const page = await open("/");
    await shoot(page, "home");
    await Promise.all([page.waitForURL(/\/compare/), page.getByRole("link", { name: /Compare Meta, OpenAI, Google and Mistral/ }).click()]);
    const header = page.locator("table.compare-table thead");
    for (const name of ["Meta", "OpenAI", "Google", "Mistral AI"]) {
      await header.getByRole("link", { name, exact: true }).waitFor({ state: "visible" });
    }
    await page.locator(".timeline-svg").first().waitFor({ state: "visible" });
    await shoot(page, "compare");
    await page.close();
  });

  it("switches the comparison to an earlier as-of date and shows what was known then", async () => {
    const page = await open("/compare?c=meta&c=openai&c=google&c=mistral");
    const avocado = page.locator("li", { has: page.getByRole("link", { name: "Avocado", exact: true }) }).first();
    await expect(avocado.innerText()).resolves.toMatch(/Expected Q1 2026/);
    await page.getByLabel("As of").fill("2025-11-01");
    await Promise.all([page.waitForURL(/asOf=2025-11-01/), page.getByRole("button", { name: "Show" }).click()]);
    // Avocado was first reported in December 2025, so the earlier view does not list it.
    await expect(page.getByRole("link", { name: "Avocado", exact: true }).count()).resolves.toBe(0);
    await expect(page.url()).toMatch(/c=meta&c=openai&c=google&c=mistral/);
    await shoot(page, "compare-as-of-2025-11-01");
    await page.close();
  });

  it("searches 汪滔 and lands on Alexandr Wang", async () => {
    const page = await open("/");
    const box = page.getByRole("main").getByRole("searchbox");
    await box.fill("汪滔");
    await Promise.all([page.waitForURL(/\/search\?q=/), box.press("Enter")]);
    await shoot(page, "search-wang-tao");
    await Promise.all([page.waitForURL(/\/people\/alexandr-wang$/), page.getByRole("link", { name: "Alexandr Wang" }).first().click()]);
    await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toContain("Alexandr Wang");
    await shoot(page, "person-alexandr-wang");
    await page.close();
  });

  it("opens Avocado's delay and shows the Italian and Chinese quotes and the denial", async () => {
    const page = await open("/models/avocado");
    await shoot(page, "model-avocado");
    await Promise.all([page.waitForURL(/\/events\//), page.getByRole("link", { name: "Avocado's release slips from end-2025 to Q1 2026" }).first().click()]);
    await expect(page.locator('blockquote[lang="it"]').first().innerText()).resolves.toContain("primo trimestre del 2026");
    await expect(page.locator('blockquote[lang^="zh"]').count()).resolves.toBeGreaterThan(0);
    const denial = page.locator(".citation-denies").first();
    await expect(denial.innerText()).resolves.toMatch(/Denial/);
    await shoot(page, "event-avocado-delay");
    await page.close();
  });

  it("shows every page type with its data", async () => {
    for (const [pathname, name, heading] of [
      ["/companies/meta", "company-meta", "Meta"],
      ["/labs/tbd-lab", "lab-tbd-lab", "TBD Lab"],
      ["/people/yann-lecun", "person-yann-lecun", "Yann LeCun"],
    ] as const) {
      const page = await open(pathname);
      await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toContain(heading);
      await shoot(page, name);
      await page.close();
    }
    const model = await open("/models/avocado");
    const sourceHref = await model.locator('a[href^="/sources/"]').first().getAttribute("href");
    await model.close();
    const source = await open(sourceHref!.split("#")[0]);
    await expect(source.locator(".source-text mark").count()).resolves.toBeGreaterThan(0);
    await expect(source.locator(".source-text a.mention").count()).resolves.toBeGreaterThan(10);
    await expect(source.locator('.source-text a.mention[href="/companies/meta"]').count()).resolves.toBeGreaterThan(0);
    await shoot(source, "source");
    await source.close();
  });

  it("is readable with JavaScript disabled", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${WEB_URL}/compare?c=meta&c=openai`);
    await expect(page.getByRole("table").first().isVisible()).resolves.toBe(true);
    await expect(page.getByText("Loading the comparison").isVisible()).resolves.toBe(false);
    await context.close();
  });

  it("reaches the timeline's events with the keyboard", async () => {
    const page = await open("/companies/meta");
    const first = page.locator(".timeline-svg a").first();
    await first.focus();
    await expect(first.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.close();
  });
});
