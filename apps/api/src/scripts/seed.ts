import { loadConfig } from "../config";
import { createDatabase } from "../db/prisma";
import { applyMigrations } from "../db/migrate";
import { KnowledgeBaseError, loadKnowledgeBase } from "../seed/kb-loader";
import { seedKnowledgeBase } from "../seed/kb-seed";

/** `npm run seed`: migrates, then (re)loads the knowledge base idempotently. Exits non-zero on any problem. */
async function main() {
  const config = loadConfig();
  const kb = loadKnowledgeBase({ kbDir: config.KB_DIR, seedsDir: config.SEEDS_DIR });
  const db = await createDatabase({ databaseUrl: config.DATABASE_URL, pgliteDir: config.PGLITE_DIR });
  try {
    await applyMigrations({ db, migrationsDir: config.MIGRATIONS_DIR });
    const started = Date.now();
    const summary = await seedKnowledgeBase({ prisma: db.prisma, kb });
    console.log(`seeded ${db.describe} in ${Date.now() - started} ms:`, summary);
  } finally {
    await db.close();
  }
}

main().catch((error) => {
  console.error(error instanceof KnowledgeBaseError ? error.message : error);
  process.exit(1);
});
