import { execFile, execFileSync } from "node:child_process";
import { promisify } from "node:util";
import { Client } from "pg";
import { startApiProcess, waitFor, type ApiProcess } from "../support/api-process";
import { createScratchDatabase, type ScratchDatabase } from "../support/scratch-database";

/**
 * PostgreSQL restarts under load: the API stays up, every failed request is a 503
 * DATABASE_UNAVAILABLE with Retry-After (never a 500 or a dropped connection), and requests succeed
 * again within 2 s of the database accepting connections.
 *
 * The server restarted is the cluster listening on DATABASE_URL's port (`pg_ctlcluster … restart`,
 * which needs root, as in CI), or whatever PG_RESTART_COMMAND says.
 */
const adminUrl = process.env.DATABASE_URL as string;
const RECOVERY_MS = 2_000;

/** How long the server stays down: long enough that requests certainly arrive meanwhile. */
const DOWN_MS = 2_000;

const run = promisify(execFile);

/** Stops the server (fast: connections in use are cut), waits DOWN_MS, starts it again; the load goes on meanwhile. */
async function restart(): Promise<void> {
  if (process.env.PG_RESTART_COMMAND) {
    await run("sh", ["-c", process.env.PG_RESTART_COMMAND]);
    return;
  }
  const port = new URL(adminUrl).port || "5432";
  const cluster = execFileSync("pg_lsclusters", ["--no-header"], { encoding: "utf8" })
    .split("\n")
    .map((line) => line.trim().split(/\s+/))
    .find((fields) => fields[2] === port);
  if (!cluster) throw new Error(`No PostgreSQL cluster listens on port ${port} (pg_lsclusters); set PG_RESTART_COMMAND`);
  await run("pg_ctlcluster", [cluster[0], cluster[1], "stop", "-m", "fast"]);
  await new Promise((resolve) => setTimeout(resolve, DOWN_MS));
  await run("pg_ctlcluster", [cluster[0], cluster[1], "start"]);
}

async function accepting(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 1_000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

interface Outcome {
  startedAt: number;
  status: number | "network error";
  code?: string;
  retryAfter?: string | null;
}

describe("a PostgreSQL restart under load", () => {
  let database: ScratchDatabase;
  let api: ApiProcess;

  beforeAll(async () => {
    database = await createScratchDatabase(adminUrl, "orchard_faults");
    api = await startApiProcess({ env: { DATABASE_URL: database.url, RATE_LIMIT_ENABLED: "0" } });
  });

  afterAll(async () => {
    await api?.stop();
    await waitFor(() => accepting(adminUrl), 30_000, "PostgreSQL after the test");
    await database?.drop();
  });

  it("answers 503 DATABASE_UNAVAILABLE while it is down and recovers within 2 s", async () => {
    const outcomes: Outcome[] = [];
    let running = true;
    const request = async (): Promise<Outcome> => {
      const startedAt = Date.now();
      const exportRound = outcomes.length % 5 === 0;
      try {
        const response = exportRound
          ? await fetch(`${api.baseUrl}/export/events.csv?entities=meta`)
          : await fetch(api.url, {
              method: "POST",
              headers: { "content-type": "application/json" },
              body: JSON.stringify({ query: `{ company(slug: "meta") { name } events(first: 5) { totalCount } }` }),
            });
        const text = await response.text();
        const code = response.headers.get("content-type")?.includes("json") ? JSON.parse(text).errors?.[0]?.extensions?.code : undefined;
        return { startedAt, status: response.status, code, retryAfter: response.headers.get("retry-after") };
      } catch {
        return { startedAt, status: "network error" };
      }
    };
    const load = Array.from({ length: 4 }, async () => {
      while (running) outcomes.push(await request());
    });

    await new Promise((resolve) => setTimeout(resolve, 2_000));
    await restart();
    await waitFor(() => accepting(database.url), 60_000, "PostgreSQL to accept connections again");
    const upAt = Date.now();
    await new Promise((resolve) => setTimeout(resolve, RECOVERY_MS + 3_000));
    running = false;
    await Promise.all(load);

    const failures = outcomes.filter((outcome) => outcome.status !== 200);
    console.log(
      `${outcomes.length} requests: ${outcomes.length - failures.length} answered, ${failures.length} refused (${[...new Set(failures.map((f) => `${f.status} ${f.code}`))].join(", ")})`,
    );
    expect(api.child.exitCode).toBeNull();
    expect(failures.length).toBeGreaterThan(0); // the outage was seen
    // Every failure is a clean 503 with its code and a Retry-After.
    for (const failure of failures) expect(failure).toMatchObject({ status: 503, code: "DATABASE_UNAVAILABLE", retryAfter: expect.stringMatching(/^\d+$/) });
    // Back within 2 s of the database: everything started after that answered.
    const afterRecovery = outcomes.filter((outcome) => outcome.startedAt >= upAt + RECOVERY_MS);
    expect(afterRecovery.length).toBeGreaterThan(0);
    expect(afterRecovery.filter((outcome) => outcome.status !== 200)).toEqual([]);
  });
});
