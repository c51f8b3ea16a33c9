import crypto from "node:crypto";
import { Client } from "pg";
import { acceptsConnections, startApiProcess, waitFor } from "../support/api-process";

/**
 * On PostgreSQL, `npm start` re-runs the API under the npm package node@24 (apps/api/src/scripts/
 * api-node.ts). The launcher, on the project's Node, passes SIGTERM on and exits with the API's
 * code; if the launcher dies without passing anything on, the API notices and stops by itself
 * instead of serving on as an orphan.
 */
const adminUrl = process.env.DATABASE_URL as string; // jest.postgres.config.js refuses to run without it

async function withAdmin(work: (admin: Client) => Promise<unknown>): Promise<void> {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await work(admin);
  } finally {
    await admin.end();
  }
}

describe("the API re-run under Node 24 by its launcher", () => {
  const name = `orchard_api_node_${crypto.randomBytes(4).toString("hex")}`;
  let databaseUrl: string;
  beforeAll(async () => {
    await withAdmin((admin) => admin.query(`CREATE DATABASE "${name}"`));
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
  });
  afterAll(() => withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)));

  it("serves on Node 24, passes SIGTERM on, and exits with the API's code", async () => {
    const api = await startApiProcess({ env: { DATABASE_URL: databaseUrl } });
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
    const api = await startApiProcess({ env: { DATABASE_URL: databaseUrl } });
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
});
