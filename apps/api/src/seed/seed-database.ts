import type { AppConfig } from "../config";
import type { Database } from "../db/prisma";
import { loadKnowledgeBase } from "./kb-loader";
import { seedKnowledgeBase, type SeedSummary } from "./kb-seed";

/** Seeds only when the database holds no entity yet (first start). */
export async function seedIfEmpty(options: { db: Database; config: Pick<AppConfig, "KB_DIR" | "SEEDS_DIR"> }): Promise<SeedSummary | null> {
  const { db, config } = options;
  if ((await db.prisma.entity.count()) > 0) return null;
  const kb = loadKnowledgeBase({ kbDir: config.KB_DIR, seedsDir: config.SEEDS_DIR });
  return seedKnowledgeBase({ prisma: db.prisma, kb });
}
