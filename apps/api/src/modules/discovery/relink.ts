import { linkTransliterations } from "@orchard/pipeline";
import type { Prisma } from "../../db/prisma";
import { noteEntitiesReported } from "../entity/entity-reported";
import type { LinkingIndexCache } from "../ingest/alias-matcher";
import { mentionRows } from "../ingest/ingest.service";

type Tx = Prisma.TransactionClient;

/** Sources read per statement: a common name can appear in many, and none is loaded twice. */
const BATCH = 100;

/** `%name%` for ILIKE, with the name's own wildcards taken literally. */
const containing = (name: string) => `%${name.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Re-links the stored sources whose text contains one of `names` (case-insensitively), after they became
 * aliases of `entityId`: each such source gets its mentions recomputed as ingestion links them (exact
 * aliases, then transliterations, which a re-link would otherwise drop), from the transaction's view
 * (which already holds the new aliases), so the entity's page and
 * search list those sources as soon as the transaction commits. Sources where the matcher, for all
 * its context rules, still does not find the entity keep their mentions. The linking cache is
 * refreshed on the way: its signature sees the new aliases, and the next ingest reuses the index.
 */
export async function relinkSources(options: { tx: Tx; linking: LinkingIndexCache; entityId: number; names: readonly string[] }): Promise<{ sources: number; mentions: number }> {
  const { tx, entityId } = options;
  const patterns = [...new Set(options.names.map((name) => name.trim()).filter((name) => name.length > 0))].map(containing);
  if (patterns.length === 0) return { sources: 0, mentions: 0 };
  const { matcher, transliterations } = await options.linking.get(tx);
  let relinked = { sources: 0, mentions: 0 };
  let after = 0;
  let batch: Array<{ id: number; text: string; language: string; publicOn: Date }>;
  do {
    batch = await tx.$queryRaw`
      SELECT id, text, language, "publicOn" FROM "Source" WHERE id > ${after}::int AND text ILIKE ANY(${patterns}::text[]) ORDER BY id LIMIT ${BATCH}::int`;
    for (const source of batch) {
      const mentions = linkTransliterations({ text: source.text, language: source.language, mentions: matcher.findMentions(source.text), index: transliterations });
      if (!mentions.some((mention) => mention.entityId === entityId)) continue;
      await tx.mention.deleteMany({ where: { sourceId: source.id } });
      await tx.mention.createMany({
        data: mentionRows(source.id, mentions),
        skipDuplicates: true,
      });
      await noteEntitiesReported(
        tx,
        mentions.map((m) => m.entityId),
        source.publicOn,
      );
      relinked = { sources: relinked.sources + 1, mentions: relinked.mentions + mentions.filter((m) => m.entityId === entityId).length };
    }
    after = batch[batch.length - 1]?.id ?? after;
  } while (batch.length === BATCH);
  return relinked;
}
