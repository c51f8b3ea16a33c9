import { parseFuzzyDate, type FuzzyDate } from "../common/fuzzy-date";
import { foldForSearch } from "../common/text-fold";
import type { Prisma, PrismaClient } from "../db/prisma";
import { computeConfidence } from "../modules/event/confidence";
import { loadLinkingIndex } from "../modules/ingest/alias-matcher";
import { indexSeedSources } from "../modules/ingest/ingest.service";
import { normalizeQuote, type KnowledgeBase } from "./kb-loader";
import type { CitationInput, FuzzyDateInput } from "./kb-schema";

type Tx = Prisma.TransactionClient;
const upper = <T extends string>(value: T) => value.toUpperCase() as Uppercase<T>;

export interface SeedSummary {
  sources: number;
  organizations: number;
  models: number;
  people: number;
  roles: number;
  aliases: number;
  events: number;
  figures: number;
  citations: number;
  mentions: number;
}

/**
 * Writes the knowledge base in ONE transaction: on any error nothing is written. Entities, sources
 * and events are upserted by natural key (slug, key), so their IDs stay stable across runs; their
 * dependent rows (aliases, roles, lineage, participants, figures, citations) are replaced.
 */
export async function seedKnowledgeBase(options: { prisma: PrismaClient; kb: KnowledgeBase }): Promise<SeedSummary> {
  const { prisma, kb } = options;
  return prisma.$transaction(async (tx) => writeKnowledgeBase(tx, kb), { timeout: 300_000, maxWait: 30_000 });
}

async function writeKnowledgeBase(tx: Tx, kb: KnowledgeBase): Promise<SeedSummary> {
  const summary: SeedSummary = {
    sources: 0, organizations: 0, models: 0, people: 0, roles: 0, aliases: 0, events: 0, figures: 0, citations: 0, mentions: 0,
  };
  const entityIds = new Map<string, number>();
  const sourceIds = new Map<string, number>();
  const sourceTexts = new Map<string, string>();
  const sourceDates = new Map<string, Date>();

  const upsertEntity = async (slug: string, kind: "ORGANIZATION" | "MODEL" | "PERSON", name: string, description?: string | null) => {
    const entity = await tx.entity.upsert({
      where: { slug },
      create: { slug, kind, name, normalizedName: foldForSearch(name), description: description ?? null },
      update: { kind, name, normalizedName: foldForSearch(name), description: description ?? null },
    });
    entityIds.set(slug, entity.id);
    return entity.id;
  };
  const id = (slug: string) => {
    const found = entityIds.get(slug);
    if (found === undefined) throw new Error(`unknown entity "${slug}"`);
    return found;
  };
  const citationRows = (citations: CitationInput[]) =>
    citations.map((citation) => {
      const quote = normalizeQuote(citation.quote);
      summary.citations += 1;
      return {
        sourceId: sourceIds.get(citation.source)!,
        quote,
        quoteStart: sourceTexts.get(citation.source)!.indexOf(quote),
        attributedToId: citation.attributedTo ? id(citation.attributedTo) : null,
        stance: upper(citation.stance),
      };
    });
  const dateColumns = (input: FuzzyDateInput | null | undefined): { text: string | null; date: FuzzyDate | null } =>
    input ? { text: input.text ?? null, date: parseFuzzyDate(input.date) } : { text: null, date: null };

  // Organizations first: sources need their publisher, everything else their IDs.
  for (const org of kb.organizations) {
    const entityId = await upsertEntity(org.slug, "ORGANIZATION", org.name, org.description);
    const data = { kind: upper(org.kind), country: org.country ?? null };
    await tx.organization.upsert({ where: { entityId }, create: { entityId, ...data }, update: data });
    summary.organizations += 1;
  }
  for (const org of kb.organizations) {
    await tx.organization.update({ where: { entityId: id(org.slug) }, data: { parentId: org.parent ? id(org.parent) : null } });
  }

  for (const source of kb.sources) {
    const published = parseFuzzyDate(source.publishedOn);
    const data = {
      url: source.url ?? null,
      title: source.title,
      publisherId: source.publisher ? id(source.publisher) : null,
      language: source.language,
      publishedOn: published.start,
      publishedPrecision: published.precision,
      publishedBasis: source.publishedOnBasis ?? null,
      text: source.text,
      contentHash: source.contentHash,
    };
    const row = await tx.source.upsert({ where: { key: source.key }, create: { key: source.key, ...data }, update: data });
    sourceIds.set(source.key, row.id);
    sourceTexts.set(source.key, source.text);
    sourceDates.set(source.key, published.start);
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
      status: upper(model.status),
      access: upper(model.access),
      developerId: model.developer ? id(model.developer) : null,
      ownerId: model.owner ? id(model.owner) : null,
      releasedText: released.text,
      releasedStart: released.date?.start ?? null,
      releasedEnd: released.date?.end ?? null,
      releasedPrecision: released.date?.precision ?? null,
    };
    await tx.aiModel.upsert({ where: { entityId }, create: { entityId, ...data }, update: data });
    summary.models += 1;
  }
  for (const model of kb.models) {
    await tx.aiModel.update({ where: { entityId: id(model.slug) }, data: { familyId: model.family ? id(model.family) : null } });
  }

  // Dependent rows of knowledge-base entities are replaced wholesale.
  const kbEntityIds = [...entityIds.values()];
  await tx.alias.deleteMany({ where: { entityId: { in: kbEntityIds } } });
  await tx.role.deleteMany({ where: { personId: { in: kbEntityIds } } });
  await tx.modelLineage.deleteMany({ where: { modelId: { in: kbEntityIds } } });

  for (const entry of [...kb.organizations, ...kb.models, ...kb.people]) {
    for (const alias of entry.aliases) {
      const name = normalizeQuote(alias.name);
      const sourceKey = alias.source;
      await tx.alias.create({
        data: {
          entityId: id(entry.slug),
          name,
          normalized: foldForSearch(name),
          language: alias.language,
          kind: upper(alias.kind),
          citations: sourceKey
            ? { create: citationRows([{ source: sourceKey, quote: name, stance: "supports" }]) }
            : undefined,
        },
      });
      summary.aliases += 1;
    }
  }
  for (const person of kb.people) {
    for (const role of person.roles) {
      const start = dateColumns(role.start);
      const end = dateColumns(role.end);
      await tx.role.create({
        data: {
          personId: id(person.slug),
          organizationId: id(role.organization),
          title: role.title,
          startText: start.text ?? start.date?.code ?? null,
          startDate: start.date?.start ?? null,
          startPrecision: start.date?.precision ?? null,
          endText: end.text ?? end.date?.code ?? null,
          endDate: end.date?.end ?? null,
          endPrecision: end.date?.precision ?? null,
          citations: { create: citationRows(role.citations) },
        },
      });
      summary.roles += 1;
    }
  }
  for (const model of kb.models) {
    for (const edge of model.lineage) {
      await tx.modelLineage.create({
        data: {
          modelId: id(model.slug),
          targetId: id(edge.model),
          relation: upper(edge.relation),
          citations: { create: citationRows(edge.citations) },
        },
      });
    }
  }

  for (const event of kb.events) {
    const occurred = dateColumns(event.occurredOn);
    const citingDates = event.citations.map((c) => sourceDates.get(c.source)!.getTime());
    const firstReportedOn = event.firstReportedOn
      ? parseFuzzyDate(event.firstReportedOn).start
      : new Date(Math.min(...citingDates));
    const confidence = computeConfidence(
      event.citations.map((c) => ({ sourceId: c.source, stance: upper(c.stance), attributed: Boolean(c.attributedTo) })),
    );
    const data = {
      type: upper(event.type),
      title: event.title,
      summary: event.summary ?? null,
      occurredText: occurred.text,
      occurredStart: occurred.date?.start ?? null,
      occurredEnd: occurred.date?.end ?? null,
      occurredPrecision: occurred.date?.precision ?? null,
      firstReportedOn,
      firstReportedBasis: event.firstReportedBasis ?? null,
      status: upper(event.status),
      confidence,
    };
    const row = await tx.event.upsert({ where: { key: event.key }, create: { key: event.key, ...data }, update: data });
    await tx.eventParticipant.deleteMany({ where: { eventId: row.id } });
    await tx.figure.deleteMany({ where: { eventId: row.id } });
    await tx.citation.deleteMany({ where: { eventId: row.id } });
    await tx.eventParticipant.createMany({
      data: event.participants.map((p) => ({ eventId: row.id, entityId: id(p.entity), role: p.role })),
      skipDuplicates: true,
    });
    await tx.citation.createMany({ data: citationRows(event.citations).map((c) => ({ ...c, eventId: row.id })) });
    for (const [position, figure] of event.figures.entries()) {
      const date = dateColumns(figure.date);
      const effective = dateColumns(figure.effectiveOn);
      await tx.figure.create({
        data: {
          eventId: row.id,
          position,
          kind: upper(figure.kind),
          metric: figure.metric,
          value: figure.value ?? null,
          valueMax: figure.valueMax ?? null,
          unit: figure.unit ?? null,
          text: normalizeQuote(figure.text),
          dateText: date.text ?? null,
          dateStart: date.date?.start ?? null,
          dateEnd: date.date?.end ?? null,
          datePrecision: date.date?.precision ?? null,
          effectiveText: effective.text ?? effective.date?.code ?? null,
          effectiveStart: effective.date?.start ?? null,
          effectivePrecision: effective.date?.precision ?? null,
          citations: { create: citationRows(figure.citations) },
        },
      });
      summary.figures += 1;
    }
    summary.events += 1;
  }
  // Mentions, figures and fingerprints of the seed articles, linked exactly as ingestion would.
  summary.mentions = (await indexSeedSources({ tx, index: await loadLinkingIndex(tx) })).mentions;
  return summary;
}
