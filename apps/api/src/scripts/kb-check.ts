import { loadConfig } from "../config";
import { KnowledgeBaseError, loadKnowledgeBase } from "../seed/kb-loader";

/**
 * Validates prisma/kb/*.yaml against the seed articles without touching a database: every reference,
 * every quote, and every claim's citation (docs/trust.md). Exits 1 naming file and line of each problem.
 */
function main() {
  const config = loadConfig();
  try {
    const kb = loadKnowledgeBase({ kbDir: config.KB_DIR, seedsDir: config.SEEDS_DIR });
    console.log(
      `knowledge base OK: ${kb.sources.length} sources, ${kb.organizations.length} organizations, ${kb.models.length} models and AI products, ` +
        `${kb.products.length} other products and platforms, ${kb.facilities.length} facilities, ${kb.people.length} people, ` +
        `${kb.events.length} events; ${kb.counts.claims} claims, each cited (${kb.counts.citations} citations, every quote verbatim); ` +
        `registry: ${kb.registry.organizations} organizations, ${kb.registry.models} models, ${kb.registry.people} people (identifiers only)`,
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
