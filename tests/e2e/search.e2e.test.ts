import type { Browser } from "playwright-core";
import { close, get, launch, open, shoot } from "./helpers";

describe("search", () => {
  it.each([
    ["Avocdo", "/models/avocado"],
    ["Alexander Wang", "/people/alexandr-wang"],
    ["Meta's", "/companies/meta"],
    ["ScaleAI", "/companies/scale-ai"],
  ])("forgives %s", async (query, href) => {
    const page = await get(`/search?q=${encodeURIComponent(query)}`);
    expect(page.status).toBe(200);
    expect(page.html).toContain(`href="${href}"`);
  });

  it("groups results by kind and finds events and source text", async () => {
    const page = await get(`/search?q=${encodeURIComponent("Avocado")}`);
    const order = ["Models and products", "Events", "Sources"].map((h) => page.text.indexOf(h));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect(page.html).toMatch(/<mark>[^<]*[Aa]vocado[^<]*<\/mark>/);
    const chinese = await get(`/search?q=${encodeURIComponent("牛油果")}`);
    expect(chinese.html).toMatch(/<mark>牛油果<\/mark>|牛油果/);
  });

  it("finds Alexandr Wang by his Chinese name, with the alias's language", async () => {
    const page = await get(`/search?q=${encodeURIComponent("汪滔")}`);
    expect(page.html).toContain('href="/people/alexandr-wang"');
    expect(/<span lang="zh-Han[st]">“汪滔”<\/span>/.test(page.html.replace(/<!--[^>]*-->/g, ""))).toBe(true);
  });
});

describe("suggestions as you type", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  it("waits for a pause, cancels stale requests, and goes to the chosen entity with the keyboard", async () => {
    const page = await open(browser, "/");
    const requests: string[] = [];
    page.on("request", (request) => {
      if (request.url().includes("/api/suggest")) requests.push(request.url());
    });
    const box = page.getByRole("main").getByRole("combobox");
    await box.pressSequentially("Alexander Wa", { delay: 30 });
    const option = page
      .getByRole("main")
      .getByRole("option", { name: /^Alexandr Wang/ })
      .first();
    await option.waitFor({ state: "visible" });
    // Typing 12 characters quickly sent one request (or two), not one per keystroke.
    expect(requests.length).toBeLessThanOrEqual(2);
    await shoot(page, "suggest-alexander-wa");
    // The registry's Alex Karp, also "Alexander Karp", is near too, but the last word typed ("Wa")
    // starts only Wang's name: he comes first. Walk the list with the arrow keys to him.
    const names = await page.getByRole("main").getByRole("option").allTextContents();
    const position = names.findIndex((name) => name.startsWith("Alexandr Wang"));
    expect(position).toBe(0);
    for (let step = 0; step <= position; step++) await box.press("ArrowDown");
    await Promise.all([page.waitForURL(/\/people\/alexandr-wang$/), box.press("Enter")]);
    await close(page);
  });

  it("suggests across kinds for a typo", async () => {
    const page = await open(browser, "/");
    const box = page.getByRole("banner").getByRole("combobox");
    await box.fill("avocdo");
    await page
      .getByRole("banner")
      .getByRole("option", { name: /Avocado/ })
      .first()
      .waitFor({ state: "visible" });
    await expect(page.getByRole("banner").getByText("No exact match; closest names:").isVisible()).resolves.toBe(true);
    await box.press("Escape");
    await expect(page.getByRole("banner").getByRole("listbox").isVisible()).resolves.toBe(false);
    await close(page);
  });
});
