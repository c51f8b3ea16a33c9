import { loadConfig } from "../config";
import { KnowledgeBaseError, loadKnowledgeBase } from "../seed/kb-loader";

/** Validates prisma/kb/*.yaml against the seed articles without touching a database. */
function main() {
  const config = loadConfig();
  try {
    const kb = loadKnowledgeBase({ kbDir: config.KB_DIR, seedsDir: config.SEEDS_DIR });
    const citations =
      kb.events.reduce((n, e) => n + e.citations.length + e.figures.reduce((m, f) => m + f.citations.length, 0), 0) +
      kb.people.reduce((n, p) => n + p.roles.reduce((m, r) => m + r.citations.length, 0), 0);
    console.log(
      `knowledge base OK: ${kb.sources.length} sources, ${kb.organizations.length} organizations, ${kb.models.length} models and products, ` +
        `${kb.people.length} people, ${kb.events.length} events, ${citations} event/figure/role citations`,
    );
  } catch (error) {
    if (error instanceof KnowledgeBaseError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

main();
