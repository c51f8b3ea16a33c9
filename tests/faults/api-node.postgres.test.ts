import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { acceptsConnections, freePort, repoRoot, startApiProcess, waitFor } from "../support/api-process";
import { createScratchDatabase, type ScratchDatabase } from "../support/scratch-database";

/**
 * On PostgreSQL, `npm start` re-runs the API under the npm package node@24 (apps/api/src/scripts/
 * api-node.ts). The launcher, on the project's Node, passes SIGTERM on and exits with the API's
 * code; if the launcher dies without passing anything on, the API notices and stops by itself
 * instead of serving on as an orphan, even while it is still migrating and seeding.
 */
const adminUrl = process.env.DATABASE_URL as string; // jest.postgres.config.js refuses to run without it

describe("the API re-run under Node 24 by its launcher", () => {
  let database: ScratchDatabase;
  beforeAll(async () => {
    database = await createScratchDatabase(adminUrl, "orchard_api_node");
  });
  afterAll(() => database?.drop());

  it("serves on Node 24, passes SIGTERM on, and exits with the API's code", async () => {
    const api = await startApiProcess({ env: { DATABASE_URL: database.url } });
    try {
      // With API_WORKERS (default: the cores) the banner follows the workers' readiness: wait for it.
      await waitFor(async () => /node\s+v24\./.test(api.log()), 30_000, "the start banner naming Node 24");
      api.signal("SIGTERM");
      expect(await api.exited).toBe(0);
      expect(api.log()).toMatch(/"msg":"shutting down: finishing requests in flight"/);
      expect(api.log()).toMatch(/"msg":"stopped"/);
    } finally {
      await api.stop();
    }
  });

  it("stops by itself when its launcher is killed", async () => {
    const api = await startApiProcess({ env: { DATABASE_URL: database.url } });
    const port = Number(new URL(api.baseUrl).port);
    try {
      expect(await acceptsConnections(port)).toBe(true);
      api.signal("SIGKILL");
      await api.exited;
      await waitFor(async () => !(await acceptsConnections(port)), 30_000, "the orphaned API to stop listening");
      await waitFor(async () => /"msg":"stopped"/.test(api.log()), 10_000, "the orphaned API to log that it stopped");
    } finally {
      await api.stop();
    }
  });

  it("exits when its launcher is killed while it is still starting (migrating, seeding)", async () => {
    const fresh = await createScratchDatabase(adminUrl, "orchard_api_node_start");
    const port = await freePort();
    const launcher = spawn(process.execPath, [path.join(repoRoot, "apps", "api", "dist", "scripts", "start.js"), "--api-only"], {
      cwd: repoRoot,
      env: { ...process.env, DATABASE_URL: fresh.url, API_PORT: String(port), LOG_LEVEL: "warn" },
      stdio: "ignore",
    });
    let apiPid = 0;
    try {
      await waitFor(
        async () => (apiPid = Number(readFileSync(`/proc/${launcher.pid}/task/${launcher.pid}/children`, "utf8").trim().split(" ")[0])) > 0,
        30_000,
        "the launcher to start the API",
      );
      launcher.kill("SIGKILL");
      await waitFor(async () => !alive(apiPid), 30_000, "the orphaned API to exit");
      expect(await acceptsConnections(port)).toBe(false);
    } finally {
      if (apiPid && alive(apiPid)) process.kill(apiPid, "SIGKILL");
      launcher.kill("SIGKILL");
      await fresh.drop();
    }
  });
});

/** Whether `pid` runs (an exited process nobody has reaped yet, a zombie, does not). */
function alive(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return false;
  }
}
