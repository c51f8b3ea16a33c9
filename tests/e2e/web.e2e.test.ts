import type { Browser } from "playwright-core";
import { boxes, close, DESKTOP, get, launch, open, PHONE, shoot, type FetchedPage } from "./helpers";

describe("pages over plain HTTP (what a reader without JavaScript gets)", () => {
  it("shows Avocado's lineage", async () => {
    const page = await get("/models/avocado");
    expect(page.status).toBe(200);
    for (const name of ["Gemma", "gpt-oss", "Qwen"]) expect(page.text).toMatch(new RegExp(`Distilled from ${name}`));
  });

  it("marks denials and the language of every quote on event pages", async () => {
    const model = await get("/models/avocado");
    const ids = [...new Set([...model.html.matchAll(/href="\/events\/([^"#]+)"/g)].map((m) => m[1]))];
    let denial: FetchedPage | null = null;
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
  });

  it("answers 404 for unknown slugs and IDs", async () => {
    for (const path of ["/companies/no-such-company", "/labs/no-such-lab", "/models/no-such-model", "/people/no-such-person", "/events/bogus", "/sources/bogus"]) {
      expect((await get(path)).status).toBe(404);
    }
  });

  it("says how recent every entity page is and offers a citation with its sources", async () => {
    for (const path of ["/companies/meta", "/labs/tbd-lab", "/models/avocado", "/people/yann-lecun"]) {
      const page = await get(path);
      expect(page.text).toMatch(/As reported up to \d{1,2} \w{3} \d{4}/);
      expect(page.html).toMatch(/<textarea[^>]*readOnly|<textarea[^>]*readonly/);
      expect(page.text).toMatch(/Orchard, “[^”]+”, as reported up to/);
      expect(page.text).toContain("Sources:");
    }
  });

  it("charts every role, undated ones included, on an axis that ends at the data", async () => {
    const wang = await get("/people/alexandr-wang");
    expect(wang.html).toContain('class="timeline-svg roles-chart"');
    expect(wang.text).toMatch(/Founder and CEO, Scale AI: start not reported/);
    expect(wang.html).not.toMatch(/>2026<\/text>/);
    const lecun = await get("/people/yann-lecun");
    expect(lecun.html).toContain('class="timeline-svg roles-chart"');
  });

  it("gives the company page key facts and financials", async () => {
    const meta = await get("/companies/meta");
    expect(meta.text).toMatch(/Key facts Leadership Mark Zuckerberg/);
    expect(meta.text).toMatch(/Capex guidance \$70B–\$72B for fiscal 2025, revised once from \$66B–\$72B\s*;\s*\$100B for fiscal 2026/);
    expect(meta.text).toContain("Financials");
    expect(meta.text).toMatch(/Bond issue/);
  });
});

describe("in a browser", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  it("switches the comparison to an earlier as-of date and shows what was known then", async () => {
    const page = await open(browser, "/compare?c=meta&c=openai&c=google&c=mistral");
    const avocado = page.locator("li", { has: page.getByRole("link", { name: "Avocado", exact: true }) }).first();
    await expect(avocado.innerText()).resolves.toMatch(/Expected Q1 2026/);
    await page.getByLabel("As of").fill("2025-11-01");
    await Promise.all([page.waitForURL(/asOf=2025-11-01/), page.getByRole("button", { name: "Show" }).click()]);
    // Avocado was first reported in December 2025, so the earlier view does not list it.
    await expect(page.getByRole("link", { name: "Avocado", exact: true }).count()).resolves.toBe(0);
    expect(page.url()).toMatch(/c=meta&c=openai&c=google&c=mistral/);
    await shoot(page, "compare-as-of-2025-11-01");
    await close(page);
  });

  it("opens Avocado's delay and shows the Italian and Chinese quotes and the denial", async () => {
    const page = await open(browser, "/models/avocado");
    await Promise.all([page.waitForURL(/\/events\//), page.getByRole("link", { name: "Avocado's release slips from end-2025 to Q1 2026" }).first().click()]);
    await expect(page.locator('blockquote[lang="it"]').first().innerText()).resolves.toContain("primo trimestre del 2026");
    await expect(page.locator('blockquote[lang^="zh"]').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator(".citation-denies").first().innerText()).resolves.toMatch(/Denial/);
    await close(page);
  });

  it("reaches the timeline's events with the keyboard", async () => {
    const page = await open(browser, "/companies/meta");
    const first = page.locator(".timeline-svg a").first();
    await first.focus();
    await expect(first.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await close(page);
  });

  it("keeps the roles chart and the events timeline legible on a phone", async () => {
    for (const pathname of ["/people/yann-lecun", "/people/alexandr-wang", "/companies/meta"]) {
      const page = await open(browser, pathname, { viewport: PHONE });
      const labels = await boxes(page, ".timeline-svg text");
      expect(labels.length).toBeGreaterThan(0);
      // A box 11 px tall is about a 9.5 px font: the floor below which a phone's reader squints.
      for (const label of labels) expect(label.height).toBeGreaterThanOrEqual(11);
      await close(page);
    }
  });

  it("copies a citation from 'cite this'", async () => {
    const page = await open(browser, "/people/yann-lecun");
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.getByText("Cite this").click();
    await page.getByRole("button", { name: "Copy citation" }).click();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toMatch(/^Orchard, “Yann LeCun”/);
    await close(page);
  });

  it("takes screenshots of every page at 1366 px and 390 px", async () => {
    const model = await get("/models/avocado");
    const eventPath = /href="(\/events\/[^"#]+)"/.exec(model.html)![1];
    const sourcePath = /href="(\/sources\/[^"#]+)"/.exec(model.html)![1];
    const pages: Array<[string, string]> = [
      ["home", "/"],
      ["compare", "/compare?c=meta&c=openai&c=google&c=mistral"],
      ["companies", "/companies"],
      ["labs", "/labs"],
      ["models", "/models"],
      ["people", "/people"],
      ["events", "/events"],
      ["sources", "/sources"],
      ["company-meta", "/companies/meta"],
      ["lab-tbd-lab", "/labs/tbd-lab"],
      ["model-avocado", "/models/avocado"],
      ["person-alexandr-wang", "/people/alexandr-wang"],
      ["person-yann-lecun", "/people/yann-lecun"],
      ["event", eventPath],
      ["source", sourcePath],
      ["search-avocdo", "/search?q=avocdo"],
    ];
    for (const [name, pathname] of pages) {
      for (const viewport of [DESKTOP, PHONE]) {
        const page = await open(browser, pathname, { viewport });
        // Nothing wider than the screen except inside scrollers meant for it.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect([name, viewport.width, overflow]).toEqual([name, viewport.width, 0]);
        await shoot(page, `${name}-${viewport.width}`);
        await close(page);
      }
    }
    const dark = await open(browser, "/compare?c=meta&c=openai&c=google&c=mistral", { colorScheme: "dark" });
    await shoot(dark, "compare-dark-1366");
    await close(dark);
  }, 300_000);
});
