import { spawn, type ChildProcess } from "node:child_process";
import { createServer, type Server, type Socket } from "node:net";
import path from "node:path";
import type { Browser } from "playwright-core";
import { close, get, launch, open, WEB_URL } from "./helpers";

const webDir = path.resolve(__dirname, "..", "..", "apps", "web");

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve((server.address() as { port: number }).port)));
}

/** A port free right now (listened on, then released). */
async function freePort(): Promise<number> {
  const server = createServer();
  const port = await listen(server);
  await new Promise((r) => server.close(r));
  return port;
}

/** A second web server of the built app, whose API is whatever `apiUrl` points at. */
async function startWeb(apiUrl: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const nextBin = require.resolve("next/dist/bin/next", { paths: [webDir] });
  const child: ChildProcess = spawn(process.execPath, [nextBin, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: webDir,
    env: { ...process.env, ORCHARD_API_URL: apiUrl, ORCHARD_API_TIMEOUT_MS: "1500", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "ignore",
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 150_000;
  for (;;) {
    try {
      await fetch(`${url}/icon.svg`, { signal: AbortSignal.timeout(5000) });
      break;
    } catch (error) {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`The second web server did not start: ${String(error)}`);
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  return {
    url,
    stop: async () => {
      child.kill("SIGTERM");
      await new Promise((r) => child.once("exit", r));
    },
  };
}

describe("when the API is down or hung", () => {
  const sockets: Socket[] = [];
  const hung = createServer((socket) => sockets.push(socket)); // accepts, never answers
  let down: { url: string; stop: () => Promise<void> };
  let stalled: { url: string; stop: () => Promise<void> };

  beforeAll(async () => {
    const closed = await freePort(); // nobody listens there
    const hungPort = await listen(hung);
    [down, stalled] = await Promise.all([startWeb(`http://127.0.0.1:${closed}/graphql`), startWeb(`http://127.0.0.1:${hungPort}/graphql`)]);
  }, 180_000);

  afterAll(async () => {
    await Promise.all([down?.stop(), stalled?.stop()]);
    for (const socket of sockets) socket.destroy();
    hung.close();
  }, 30_000);

  it.each(["/", "/compare", "/companies/meta", "/events?types=HIRE"])("answers %s with 503, a retry link and no internal address", async (pathname) => {
    const page = await get(pathname, down.url);
    expect(page.status).toBe(503);
    expect(page.text).toContain("temporarily unavailable");
    expect(page.html).toContain(`href="${pathname.replace(/&/g, "&#38;")}"`);
    expect(page.html).not.toMatch(/127\.0\.0\.1|localhost|graphql/);
  });

  it("gives up on a hung API within a few seconds", async () => {
    const started = Date.now();
    const page = await get("/compare", stalled.url);
    expect(page.status).toBe(503);
    expect(Date.now() - started).toBeLessThan(8000);
  });
});

describe("site furniture", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  it("has a favicon, Open Graph tags, a sitemap and robots.txt", async () => {
    const home = await get("/");
    expect(home.html).toMatch(/<link rel="icon" href="\/icon\.svg[^"]*"/);
    expect(home.html).toMatch(/<meta property="og:title" content="Orchard"/);
    expect(home.html).toMatch(/<meta property="og:image" content="http[^"]+\/og\.png"/);
    expect((await fetch(`${WEB_URL}/og.png`)).headers.get("content-type")).toBe("image/png");
    const sitemap = await (await fetch(`${WEB_URL}/sitemap.xml`)).text();
    for (const path of ["/compare", "/companies/meta", "/models/avocado", "/people/alexandr-wang"]) expect(sitemap).toContain(`${path}</loc>`);
    const robots = await (await fetch(`${WEB_URL}/robots.txt`)).text();
    expect(robots).toMatch(/Sitemap: http.*\/sitemap\.xml/);
  });

  it("follows the reader's dark colour scheme", async () => {
    const dark = await open(browser, "/", { colorScheme: "dark" });
    const light = await open(browser, "/", { colorScheme: "light" });
    const background = async (page: typeof dark) => {
      await page.waitForFunction(() => getComputedStyle(document.body).backgroundColor !== "rgba(0, 0, 0, 0)"); // stylesheet applied
      return page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    };
    await expect(background(light)).resolves.toBe("rgb(255, 255, 255)");
    await expect(background(dark)).resolves.toBe("rgb(21, 24, 28)");
    await close(dark);
    await close(light);
  });
});
