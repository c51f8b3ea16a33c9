import { parseFuzzyDate } from "../common/fuzzy-date";
import { foldForSearch } from "../common/text-fold";
import type { PrismaClient } from "../db/prisma";
import { loadLinkingIndex } from "../modules/ingest/alias-matcher";
import { indexSeedSources } from "../modules/ingest/ingest.service";
import type { KnowledgeBase } from "./kb-loader";
import { normalizeQuote } from "./kb-loader";
import type { AliasInput } from "./kb-schema";
import { dateColumns, earliestDay, SeedContext, upper, type SeedSummary, type Tx } from "./kb-seed-context";
import { refreshEntityFirstReported } from "../modules/entity/entity-reported";
import { writeEvents } from "./kb-seed-events";
import { writeRoles } from "./kb-seed-roles";

export type { SeedSummary } from "./kb-seed-context";

type EntityKind = "ORGANIZATION" | "MODEL" | "PRODUCT" | "FACILITY" | "PERSON";

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
  const kindOf = new Map<number, EntityKind>();
  const upsertEntity = async (slug: string, kind: EntityKind, name: string, description?: string | null) => {
    const data = { kind, name, normalizedName: foldForSearch(name), description: description ?? null };
    const entity = await tx.entity.upsert({ where: { slug }, create: { slug, ...data }, update: data });
    context.entityIds.set(slug, entity.id);
    kindOf.set(entity.id, kind);
    return entity.id;
  };
  const idOf = (slug: string | null | undefined) => (slug ? context.id(slug) : null);

  // Organizations first: sources need their publisher, everything else their IDs.
  for (const org of kb.organizations) {
    const entityId = await upsertEntity(org.slug, "ORGANIZATION", org.name, org.description);
    const data = { kind: upper(org.kind), country: org.country ?? null };
    await tx.organization.upsert({ where: { entityId }, create: { entityId, ...data }, update: data });
    summary.organizations += 1;
  }
  for (const org of kb.organizations) {
    await tx.organization.update({ where: { entityId: context.id(org.slug) }, data: { parentId: idOf(org.parent) } });
  }

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

  for (const person of kb.people) {
    const entityId = await upsertEntity(person.slug, "PERSON", person.name, person.description);
    await tx.person.upsert({ where: { entityId }, create: { entityId }, update: {} });
    summary.people += 1;
  }
  for (const model of kb.models) {
    const entityId = await upsertEntity(model.slug, "MODEL", model.name, model.description);
    const released = dateColumns(model.releasedOn);
    const data = {
      kind: upper(model.kind),
      modality: upper(model.modality),
      status: upper(model.status.value),
      access: upper(model.access.value),
      developerId: idOf(model.developer),
      ownerId: idOf(model.owner),
      releasedText: released.text,
      releasedStart: released.date?.start ?? null,
      releasedEnd: released.date?.end ?? null,
      releasedPrecision: released.date?.precision ?? null,
      // Until a source had reported a claim, it shows as not reported (common/as-of.ts).
      statusReportedOn: earliestDay(context, model.status.citations),
      accessReportedOn: earliestDay(context, model.access.citations),
      releasedReportedOn: earliestDay(context, model.releasedOn?.citations ?? []),
    };
    await tx.aiModel.upsert({ where: { entityId }, create: { entityId, ...data }, update: data });
    summary.models += 1;
  }
  for (const model of kb.models) {
    await tx.aiModel.update({ where: { entityId: context.id(model.slug) }, data: { familyId: idOf(model.family) } });
  }
  for (const product of kb.products) {
    const entityId = await upsertEntity(product.slug, "PRODUCT", product.name, product.description);
    const data = { kind: upper(product.kind), ownerId: idOf(product.owner), developerId: idOf(product.developer) };
    await tx.product.upsert({ where: { entityId }, create: { entityId, ...data }, update: data });
    summary.products += 1;
  }
  for (const facility of kb.facilities) {
    const entityId = await upsertEntity(facility.slug, "FACILITY", facility.name, facility.description);
    const data = { kind: upper(facility.kind), ownerId: idOf(facility.owner), country: facility.country ?? null, location: facility.location?.value ?? null };
    await tx.facility.upsert({ where: { entityId }, create: { entityId, ...data }, update: data });
    summary.facilities += 1;
  }
  await dropRowsOfOtherKinds(tx, kindOf);

  // Dependent rows of knowledge-base entities are replaced wholesale.
  const kbEntityIds = [...context.entityIds.values()];
  await tx.alias.deleteMany({ where: { entityId: { in: kbEntityIds } } });
  await tx.role.deleteMany({ where: { personId: { in: kbEntityIds } } });
  await tx.modelLineage.deleteMany({ where: { modelId: { in: kbEntityIds } } });
  await tx.citation.deleteMany({ where: { entityId: { in: kbEntityIds } } });

  for (const entry of [...kb.organizations, ...kb.models, ...kb.products, ...kb.facilities, ...kb.people]) {
    for (const alias of entry.aliases) await writeAlias(context, context.id(entry.slug), alias);
  }
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

async function writeAlias(context: SeedContext, entityId: number, alias: AliasInput) {
  const name = normalizeQuote(alias.name);
  await context.tx.alias.create({
    data: {
      entityId,
      name,
      normalized: foldForSearch(name),
      language: alias.language,
      kind: upper(alias.kind),
      ambiguous: alias.ambiguous,
      note: alias.note ?? null,
      citations: alias.source ? { create: context.citationRows([{ source: alias.source, quote: name, stance: "supports", official: false }]) } : undefined,
    },
  });
  context.summary.aliases += 1;
}

/** An entity whose kind changed (a "model" that is really a platform) loses its old kind's row. */
async function dropRowsOfOtherKinds(tx: Tx, kindOf: Map<number, EntityKind>) {
  const idsNot = (kind: EntityKind) => [...kindOf].filter(([, k]) => k !== kind).map(([id]) => id);
  await tx.organization.deleteMany({ where: { entityId: { in: idsNot("ORGANIZATION") } } });
  await tx.aiModel.deleteMany({ where: { entityId: { in: idsNot("MODEL") } } });
  await tx.product.deleteMany({ where: { entityId: { in: idsNot("PRODUCT") } } });
  await tx.facility.deleteMany({ where: { entityId: { in: idsNot("FACILITY") } } });
  await tx.person.deleteMany({ where: { entityId: { in: idsNot("PERSON") } } });
}
