import "reflect-metadata";
import crypto from "node:crypto";
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { loadConfig, repoRoot } from "../config";
import { createDatabase } from "../db/prisma";
import { applyMigrations } from "../db/migrate";
import { createLogger } from "../logger";
import { seedIfEmpty } from "../seed/seed-database";
import { startApiServer } from "../server";

/**
 * `npm start`: migrate, seed when empty, serve the API, then the web app (unless --api-only).
 * Ctrl-C or SIGTERM stops both gracefully (see `shutdown`) and exits 0.
 */
async function main() {
  const config = loadConfig();
  const logger = createLogger(config);
  const apiOnly = process.argv.includes("--api-only");
  const db = await createDatabase({ databaseUrl: config.DATABASE_URL, pgliteDir: config.PGLITE_DIR, statementTimeoutMs: config.REQUEST_TIMEOUT_MS });
  const migrated = await applyMigrations({ db, migrationsDir: config.MIGRATIONS_DIR });
  if (migrated.length) logger.info({ migrations: migrated }, "applied migrations");
  const seeded = await seedIfEmpty({ db, config });
  if (seeded) logger.info({ seeded }, "seeded the knowledge base");
  // The web server relays every visitor's queries; its token keeps them out of the anonymous rate limit.
  const webClientToken = config.WEB_CLIENT_TOKEN ?? crypto.randomBytes(24).toString("base64url");
  const api = await startApiServer({ config: { ...config, WEB_CLIENT_TOKEN: webClientToken }, db, logger });

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
    ["", "Orchard is running", `  database  ${db.describe}`, `  API       ${api.url}`, apiOnly ? "" : `  web       http://localhost:${config.WEB_PORT}`, "Ctrl-C stops it.", ""]
      .filter((line) => line !== "")
      .join("\n"),
  );

  /**
   * Stop accepting, let requests in flight finish (SHUTDOWN_GRACE_MS), close subscriptions (1001),
   * stop the webhook worker, close the database (releasing the PGlite lock), exit 0. A second signal,
   * or a shutdown stuck past the grace period, exits at once with 1.
   */
  let stopping = false;
  const shutdown = async (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, "second signal: exiting without waiting");
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, "shutting down: finishing requests in flight");
    setTimeout(() => {
      logger.error("shutdown did not finish in time: exiting");
      process.exit(1);
    }, config.SHUTDOWN_GRACE_MS + 10_000).unref();
    const webExited = web && web.exitCode === null ? new Promise((resolve) => web?.once("exit", resolve)) : Promise.resolve();
    web?.kill("SIGTERM");
    try {
      await api.stop();
      await db.close();
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
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
