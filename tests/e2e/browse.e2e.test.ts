import type { Browser } from "playwright-core";
import { boxes, close, get, launch, open, PHONE, WEB_URL } from "./helpers";

describe("browse pages", () => {
  it("are linked from home, each with its count", async () => {
    const home = await get("/");
    for (const path of ["/companies", "/labs", "/models", "/people", "/events", "/sources"]) {
      expect(home.html).toContain(`href="${path}"`);
      const page = await get(path);
      expect(page.status).toBe(200);
      expect(page.text).toMatch(/\b\d+ (companies|company|labs|lab|models|model|people|person|events|event|sources|source)\b/);
    }
  });

  it("filter by the URL: released open-weights models only", async () => {
    const page = await get("/models?status=RELEASED&access=OPEN_WEIGHTS");
    const rows = page.html.split("<tr").slice(2);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row).toContain("Released");
      expect(row).toContain("Open weights");
    }
  });

  it("downloads the current selection of events as CSV and NDJSON", async () => {
    const page = await get("/events?types=HIRE");
    const csvHref = /href="(\/export\/events\.csv[^"]*)"/.exec(page.html)![1].replace(/&amp;/g, "&");
    const csv = await fetch(`${WEB_URL}${csvHref}`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-disposition")).toMatch(/attachment/);
    const lines = (await csv.text()).trim().split("\n");
    expect(lines[0]).toMatch(/^id,key,type,/);
    const count = Number(/(\d+) events?/.exec(page.text)![1]);
    expect(lines.length - 1).toBe(count);
    expect(lines.slice(1).every((line) => line.includes(",HIRE,"))).toBe(true);
    const ndjson = await fetch(`${WEB_URL}${csvHref.replace(".csv", ".ndjson")}`);
    expect((await ndjson.text()).trim().split("\n")).toHaveLength(count);
    expect((await fetch(`${WEB_URL}/export/secrets.csv`)).status).toBe(404);
  });
});

describe("browse pages in a browser", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  it("filters events with the form and pages through them with cursors in the URL, forward and back", async () => {
    const page = await open(browser, "/events");
    for (const type of ["Hire", "Departure", "Appointment", "Statement", "Internal conflict", "Release plan"]) await page.getByLabel(type, { exact: true }).check();
    await Promise.all([page.waitForURL(/types=HIRE/), page.getByRole("button", { name: "Apply" }).click()]);
    const firstPage = await page.locator(".event-list li a").allInnerTexts();
    expect(firstPage).toHaveLength(25);
    await Promise.all([page.waitForURL(/after=/), page.getByRole("link", { name: "Next →" }).click()]);
    expect(page.url()).toMatch(/types=HIRE/);
    const secondPage = await page.locator(".event-list li a").allInnerTexts();
    expect(secondPage.length).toBeGreaterThan(0);
    expect(secondPage.some((title) => firstPage.includes(title))).toBe(false);
    await expect(page.locator(".pager").first().innerText()).resolves.toContain("Page 2");
    await Promise.all([page.waitForURL((url) => !url.searchParams.has("after")), page.getByRole("link", { name: "← Previous" }).click()]);
    await expect(page.locator(".event-list li a").allInnerTexts()).resolves.toEqual(firstPage);
    await close(page);
  });

  it("folds the event types on a phone so the first results show, and keeps them open once one is chosen", async () => {
    const phone = await open(browser, "/events", { viewport: PHONE });
    await expect(phone.getByLabel("Hire", { exact: true }).isVisible()).resolves.toBe(false);
    const [first] = await boxes(phone, ".event-list li");
    expect(first.y).toBeLessThan(PHONE.height * 1.5);
    await phone.getByText("Types and status").click();
    await phone.getByLabel("Hire", { exact: true }).check();
    await Promise.all([phone.waitForURL(/types=HIRE/), phone.getByRole("button", { name: "Apply" }).click()]);
    await expect(phone.getByLabel("Hire", { exact: true }).isChecked()).resolves.toBe(true);
    await expect(phone.getByText("Types and status (1 chosen)").isVisible()).resolves.toBe(true);
    await close(phone);
  });

  it("pages through a company's events in date order, filtered by type", async () => {
    const page = await open(browser, "/companies/meta");
    await expect(page.locator(".key-facts").innerText()).resolves.toMatch(/Capex guidance\s*\$70B–\$72B for fiscal 2025/);
    await expect(page.locator("#cmp-capex").count()).resolves.toBe(1);
    const dates = await page.locator(".event-list li .event-date").count();
    expect(dates).toBe(20);
    await Promise.all([page.waitForURL(/family=people/), page.getByRole("navigation", { name: "Filter events by type" }).getByRole("link", { name: "People" }).click()]);
    const tags = await page.locator(".event-list li .tag").allInnerTexts();
    expect(tags.filter((t) => /Hire|Departure|Appointment/.test(t)).length).toBeGreaterThan(0);
    expect(tags.every((t) => /Hire|Departure|Appointment|Confirmed|Disputed|Denied|Retracted/.test(t))).toBe(true);
    await close(page);
  });
});
