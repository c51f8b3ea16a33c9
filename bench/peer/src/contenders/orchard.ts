import path from "node:path";
import { repoRoot } from "../config";
import { freePort } from "../postgres";
import { nodeBinary, startServer, type ServerProcess } from "./process";

/**
 * Orchard's built API (`npm run build` output), alone (--api-only). On an empty database it applies
 * its migrations and seeds the knowledge base: the benchmark's data goes in through Orchard itself.
 */
export async function startOrchard(options: {
  databaseUrl: string;
  node: "20" | "22" | "24" | "project";
  pathEnv: string | undefined;
  /** More settings (bench:scale: a longer request time budget; the response cache). */
  env?: NodeJS.ProcessEnv;
  /** The contender's name in the report (default "Orchard"). */
  name?: string;
}): Promise<ServerProcess> {
  const entry = path.join(repoRoot, "apps", "api", "dist", "scripts", "start.js");
  const port = await freePort();
  return startServer({
    name: options.name ?? "Orchard",
    command: nodeBinary(options.node),
    // Loaded through -e rather than named on the command line: on a shared machine, cleanup commands
    // such as .ci/run's `pkill -f "dist/scripts/start.js"` would otherwise stop the benchmark's Orchard.
    args: ["-e", "require(process.env.ORCHARD_BENCH_ENTRY)", "--", "--api-only"],
    cwd: repoRoot,
    env: {
      PATH: options.pathEnv,
      ORCHARD_BENCH_ENTRY: entry,
      NODE_ENV: "production",
      DATABASE_URL: options.databaseUrl,
      API_PORT: String(port),
      HOST: "127.0.0.1",
      // One client address would otherwise be measured against the anonymous rate limit.
      RATE_LIMIT_ENABLED: "0",
      LOG_LEVEL: "warn",
      EXPOSE_SQL_COUNT: "1",
      // The webhook worker's poll would add its statements to the per-request SQL count.
      WEBHOOK_POLL_INTERVAL_MS: "3600000",
      // The uncached read path, as bench:api measures it: the same request repeated would otherwise
      // time the response cache against two contenders that have none.
      RESPONSE_CACHE_MB: "0",
      // The benchmark picks the Node itself (BENCH_ORCHARD_NODE): start.js must not re-run elsewhere.
      API_NODE: "current",
      // One process, as PostGraphile and the floor run: CPU per request is then one process's.
      API_WORKERS: "1",
      ...options.env,
    },
    url: `http://127.0.0.1:${port}/graphql`,
    readyUrl: `http://127.0.0.1:${port}/healthz`,
    timeoutMs: 180_000,
  });
}
