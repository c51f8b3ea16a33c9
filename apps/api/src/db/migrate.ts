import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Database } from "./prisma";

/**
 * Applies the committed Prisma migrations in order, recording them in `_prisma_migrations` exactly as
 * `prisma migrate deploy` does (same table, same checksum), so either tool sees the same history.
 * Running the SQL from the app avoids a second process opening the PGlite data directory.
 */
export async function applyMigrations(options: { db: Database; migrationsDir: string }): Promise<string[]> {
  const { db, migrationsDir } = options;
  await db.execScript(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id" VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum" VARCHAR(64) NOT NULL,
    "finished_at" TIMESTAMPTZ,
    "migration_name" VARCHAR(255) NOT NULL,
    "logs" TEXT,
    "rolled_back_at" TIMESTAMPTZ,
    "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count" INTEGER NOT NULL DEFAULT 0
  );`);
  const applied = await db.prisma.$queryRawUnsafe<{ migration_name: string; checksum: string }[]>(
    `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
  );
  const appliedByName = new Map(applied.map((row) => [row.migration_name, row.checksum]));
  const names = fs
    .readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const newlyApplied: string[] = [];
  for (const name of names) {
    const sql = fs.readFileSync(path.join(migrationsDir, name, "migration.sql"), "utf8");
    const checksum = crypto.createHash("sha256").update(sql).digest("hex");
    const known = appliedByName.get(name);
    if (known) {
      if (known !== checksum) throw new Error(`Migration ${name} was edited after it was applied (checksum differs)`);
      continue;
    }
    // One transaction per migration: a failing script leaves no trace and no history row. A migration
    // may take longer than the API's per-statement limit (an index on a big table).
    await db
      .execScript(
        `BEGIN;\nSET LOCAL statement_timeout = 0;\n${sql}\nINSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count)
      VALUES ('${crypto.randomUUID()}', '${checksum}', now(), '${name.replace(/'/g, "''")}', 1);\nCOMMIT;`,
      )
      .catch(async (error: unknown) => {
        await db.execScript("ROLLBACK;").catch(() => undefined);
        throw new Error(`Migration ${name} failed: ${(error as Error).message}`);
      });
    newlyApplied.push(name);
  }
  return newlyApplied;
}
