import { parseFuzzyDate } from "../common/fuzzy-date";
import type { AliasKind, PrismaClient } from "../db/prisma";
import { loadLinkingIndex } from "../modules/ingest/alias-matcher";
import { indexSeedSources } from "../modules/ingest/ingest.service";
import type { KnowledgeBase } from "./kb-loader";
import { SeedContext, upper, type SeedSummary, type Tx } from "./kb-seed-context";
import { dropRowsOfOtherKinds, writeAliases, writeEntities, writeKindRows, writeOrganizations } from "./kb-seed-entities";
import { refreshEntityFirstReported } from "../modules/entity/entity-reported";
import { writeEvents } from "./kb-seed-events";
import { writeRoles } from "./kb-seed-roles";

export type { SeedSummary } from "./kb-seed-context";

/**
 * Writes the knowledge base in ONE transaction: on any error nothing is written. Entities, sources
 * and events are upserted by natural key (slug, key), so their IDs stay stable across runs; their
 * dependent rows (aliases, roles, lineage, participants, figures, citations) are replaced. Confidence,
 * status and first-reported dates are computed here from the citations (docs/trust.md).
 */
export async function seedKnowledgeBase(options: { prisma: PrismaClient; kb: KnowledgeBase }): Promise<SeedSummary> {
  const { prisma, kb } = options;
  return prisma.$transaction(async (tx) => writeKnowledgeBase(tx, kb), { timeout: 300_000, maxWait: 30_000 });
}

async function writeKnowledgeBase(tx: Tx, kb: KnowledgeBase): Promise<SeedSummary> {
  const context = new SeedContext(tx);
  const { summary } = context;
  const idOf = (slug: string | null | undefined) => (slug ? context.id(slug) : null);

  // Every entity first (sources need their publisher, every kind row its references), then organizations.
  const kindOf = await writeEntities(context, kb);
  await writeOrganizations(context, kb);

  for (const source of kb.sources) {
    const published = parseFuzzyDate(source.publishedOn);
    const data = {
      url: source.url ?? null,
      title: source.title,
      publisherId: idOf(source.publisher),
      language: source.language,
      publishedOn: published.start,
      publishedPrecision: published.precision,
      // Surely public by the last day of its publication period (docs/trust.md).
      publicOn: published.end,
      publishedBasis: source.publishedOnBasis ?? null,
      text: source.text,
      contentHash: source.contentHash,
    };
    const row = await tx.source.upsert({ where: { key: source.key }, create: { key: source.key, ...data }, update: data });
    context.sources.set(source.key, { id: row.id, key: source.key, text: source.text, published, publisher: source.publisher ?? null });
    summary.sources += 1;
  }

  // Models' first-reported claim days need the sources.
  await writeKindRows(context, kb);
  await dropRowsOfOtherKinds(tx, kindOf);

  // Dependent rows of knowledge-base entities are replaced wholesale, except the aliases an analyst
  // merged in from a discovered candidate: they are not the knowledge base's to drop, and come back
  // after its own (which win where both name the same form).
  const kbEntityIds = [...context.entityIds.values()];
  const reviewed = await reviewedAliases(tx, kbEntityIds);
  await tx.alias.deleteMany({ where: { entityId: { in: kbEntityIds } } });
  await tx.role.deleteMany({ where: { personId: { in: kbEntityIds } } });
  await tx.modelLineage.deleteMany({ where: { modelId: { in: kbEntityIds } } });
  await tx.citation.deleteMany({ where: { entityId: { in: kbEntityIds } } });

  await writeAliases(context, kb);
  await tx.alias.createMany({ data: reviewed, skipDuplicates: true });
  const entityClaims = [
    ...kb.models.flatMap((model) => [
      ...context.citationRows(model.status.citations, "status").map((row) => ({ ...row, entityId: context.id(model.slug) })),
      ...context.citationRows(model.access.citations, "access").map((row) => ({ ...row, entityId: context.id(model.slug) })),
      ...context.citationRows(model.releasedOn?.citations ?? [], "releasedOn").map((row) => ({ ...row, entityId: context.id(model.slug) })),
    ]),
    ...kb.facilities.flatMap((facility) => context.citationRows(facility.location?.citations ?? [], "location").map((row) => ({ ...row, entityId: context.id(facility.slug) }))),
  ];
  await tx.citation.createMany({ data: entityClaims });
  await writeRoles(context, kb.people);
  for (const model of kb.models) {
    for (const edge of model.lineage) {
      await tx.modelLineage.create({
        data: {
          modelId: context.id(model.slug),
          targetId: context.id(edge.model),
          relation: upper(edge.relation),
          citations: { create: context.citationRows(edge.citations) },
        },
      });
    }
  }
  await writeEvents(context, kb.events);
  // Mentions, figures and fingerprints of the seed articles, linked exactly as ingestion would.
  summary.mentions = (await indexSeedSources({ tx, index: await loadLinkingIndex(tx) })).mentions;
  await refreshEntityFirstReported(tx);
  return summary;
}

/** Aliases of these entities that are forms of a candidate an analyst merged into them. */
function reviewedAliases(tx: Tx, entityIds: number[]) {
  return tx.$queryRaw<Array<{ entityId: number; name: string; normalized: string; language: string; kind: AliasKind; ambiguous: boolean; note: string | null }>>`
    SELECT a."entityId", a.name, a.normalized, a.language, a.kind, a.ambiguous, a.note FROM "Alias" a
    WHERE a."entityId" = ANY(${entityIds}::int[]) AND EXISTS (
      SELECT 1 FROM "EntityCandidateForm" f JOIN "EntityCandidate" c ON c.id = f."candidateId"
      WHERE c.status = 'MERGED' AND c."entityId" = a."entityId" AND f.form = a.name AND f.language = a.language)`;
}
