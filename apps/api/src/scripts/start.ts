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
 * Stops both on Ctrl-C.
 */
async function main() {
  const config = loadConfig();
  const logger = createLogger(config);
  const apiOnly = process.argv.includes("--api-only");
  const db = await createDatabase({ databaseUrl: config.DATABASE_URL, pgliteDir: config.PGLITE_DIR });
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
    [
      "",
      "Orchard is running",
      `  database  ${db.describe}`,
      `  API       ${api.url}`,
      apiOnly ? "" : `  web       http://localhost:${config.WEB_PORT}`,
      "Ctrl-C stops it.",
      "",
    ].filter((line) => line !== "").join("\n"),
  );

  const shutdown = async () => {
    web?.kill("SIGTERM");
    await api.stop();
    await db.close();
    process.exit(0);
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
