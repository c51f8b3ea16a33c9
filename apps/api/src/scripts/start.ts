import "reflect-metadata";
import cluster from "node:cluster";
import crypto from "node:crypto";
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { apiWorkerCount, databaseOptions, loadConfig, repoRoot } from "../config";
import { createDatabase } from "../db/prisma";
import { logReplicaChanges } from "../db/replica-set";
import { applyMigrations } from "../db/migrate";
import { createLogger } from "../logger";
import { seedIfEmpty } from "../seed/seed-database";
import { startApiServer } from "../server";
import { forkApiWorkers, runApiWorker } from "./api-cluster";
import { apiNodeBinary, followParent, runUnder } from "./api-node";

/**
 * `npm start`: migrate, seed when empty, serve the API, then the web app (unless --api-only). On
 * PostgreSQL the API runs as API_WORKERS processes behind one port (api-cluster.ts), forked once the
 * migrations and the seed are done, and on Node 24 (api-node.ts: started from Node 20, it re-runs
 * itself there). Ctrl-C or SIGTERM stops everything gracefully (see `shutdown`)
 * and exits 0.
 */
async function main() {
  const config = loadConfig();
  const logger = createLogger(config);
  if (cluster.isWorker) return runApiWorker({ config, logger });
  const apiOnly = process.argv.includes("--api-only");
  const newerNode = apiNodeBinary(config, process.env);
  if (newerNode) return runUnder(newerNode, apiOnly ? ["--api-only"] : []);
  // Watched from the start: a launcher killed while this process migrates, seeds or forks must not
  // leave it serving as an orphan. Until the API is up there is nothing to finish, so it just exits.
  let onOrphaned: () => void = () => process.exit(1);
  followParent(() => onOrphaned(), process.env);
  const db = await createDatabase(databaseOptions(config, logReplicaChanges(logger)));
  const migrated = await applyMigrations({ db, migrationsDir: config.MIGRATIONS_DIR });
  if (migrated.length) logger.info({ migrations: migrated }, "applied migrations");
  const seeded = await seedIfEmpty({ db, config });
  if (seeded) logger.info({ seeded }, "seeded the knowledge base");
  // The web server relays every visitor's queries; its token keeps them out of the anonymous rate limit.
  const webClientToken = config.WEB_CLIENT_TOKEN ?? crypto.randomBytes(24).toString("base64url");
  const workers = apiWorkerCount(config);
  if (!config.DATABASE_URL && (config.API_WORKERS ?? 1) > 1)
    logger.warn(`API_WORKERS=${config.API_WORKERS} ignored: the embedded PGlite database runs in one process; set DATABASE_URL (PostgreSQL) for several`);
  let api: { url: string; stop(): Promise<void> };
  let kill: () => void = () => undefined;
  if (workers > 1) {
    // The workers open their own pools: the primary's is not needed while they serve.
    await db.close();
    const forked = await forkApiWorkers({ count: workers, env: { WEB_CLIENT_TOKEN: webClientToken }, logger });
    kill = () => forked.kill();
    api = {
      url: forked.url,
      async stop() {
        if (!(await forked.stop())) throw new Error("an API worker did not stop cleanly");
      },
    };
  } else {
    const server = await startApiServer({ config: { ...config, WEB_CLIENT_TOKEN: webClientToken }, db, logger });
    api = {
      url: server.url,
      async stop() {
        await server.stop();
        await db.close();
      },
    };
  }

  let web: ChildProcess | undefined;
  if (!apiOnly) {
    const nextBin = require.resolve("next/dist/bin/next", { paths: [path.join(repoRoot, "apps", "web")] });
    web = spawn(process.execPath, [nextBin, "start", "-p", String(config.WEB_PORT), "-H", config.HOST], {
      cwd: path.join(repoRoot, "apps", "web"),
      stdio: "inherit",
      env: { ...process.env, ORCHARD_API_URL: api.url, ORCHARD_WEB_CLIENT_TOKEN: webClientToken, NEXT_TELEMETRY_DISABLED: "1" },
    });
    web.on("exit", (code) => {
      if (code) logger.error({ code }, "web app exited");
    });
  }

  console.log(
    [
      "",
      "Orchard is running",
      `  database  ${db.describe}`,
      `  node      ${process.version}`,
      `  API       ${api.url}${workers > 1 ? ` (${workers} processes)` : ""}`,
      apiOnly ? "" : `  web       http://localhost:${config.WEB_PORT}`,
      "Ctrl-C stops it.",
      "",
    ]
      .filter((line) => line !== "")
      .join("\n"),
  );

  /**
   * Stop accepting, let requests in flight finish (SHUTDOWN_GRACE_MS), close subscriptions (1001),
   * stop the webhook worker, close the database (releasing the PGlite lock), exit 0; with workers,
   * each does so and the primary waits for all. A second signal, or a shutdown stuck past the grace
   * period, exits at once with 1 (killing the workers).
   */
  let stopping = false;
  const shutdown = async (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, "second signal: exiting without waiting");
      kill();
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, "shutting down: finishing requests in flight");
    setTimeout(() => {
      logger.error("shutdown did not finish in time: exiting");
      kill();
      process.exit(1);
    }, config.SHUTDOWN_GRACE_MS + 10_000).unref();
    const webExited = web && web.exitCode === null ? new Promise((resolve) => web?.once("exit", resolve)) : Promise.resolve();
    web?.kill("SIGTERM");
    try {
      await api.stop();
      await webExited;
      logger.info("stopped");
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, "shutdown failed");
      process.exit(1);
    }
  };
  // shutdown() catches its own failures and exits: nothing is left to await here.
  process.on("SIGINT", (signal) => void shutdown(signal));
  process.on("SIGTERM", (signal) => void shutdown(signal));
  onOrphaned = () => void shutdown("SIGTERM");
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
