import { foldForSearch } from "../common/text-fold";
import type { KnowledgeBase } from "./kb-loader";
import { normalizeQuote } from "./kb-loader";
import type { AliasInput } from "./kb-schema";
import { dateColumns, earliestDay, upper, type SeedContext, type Tx } from "./kb-seed-context";

export type EntityKind = "ORGANIZATION" | "MODEL" | "PRODUCT" | "FACILITY" | "PERSON";

interface EntityRow {
  slug: string;
  kind: EntityKind;
  name: string;
  description?: string | null;
}

/**
 * Entity rows of every kind, by slug. The registry makes the knowledge base hundreds of entities large
 * and every test file seeds it into a fresh database: rows that do not exist yet are inserted in one
 * multi-row statement per table; existing ones (only a re-seed has any) are updated one by one, so
 * IDs stay stable across runs.
 */
export async function writeEntities(context: SeedContext, kb: KnowledgeBase): Promise<Map<number, EntityKind>> {
  const { tx } = context;
  const organizations = kb.organizations.map((entry) => ({ ...entry, kind: "ORGANIZATION" as const }));
  const people = kb.people.map((entry) => ({ ...entry, kind: "PERSON" as const }));
  const models = kb.models.map((entry) => ({ ...entry, kind: "MODEL" as const }));
  // Registry entries (the tail of each list) come after every main entry: adding them renumbers nothing.
  const split = <T>(entries: T[], registry: number) => [entries.slice(0, entries.length - registry), entries.slice(entries.length - registry)];
  const [mainOrganizations, registryOrganizations] = split(organizations, kb.registry.organizations);
  const [mainPeople, registryPeople] = split(people, kb.registry.people);
  const [mainModels, registryModels] = split(models, kb.registry.models);
  const rows: EntityRow[] = [
    ...mainOrganizations,
    ...mainPeople,
    ...mainModels,
    ...kb.products.map((entry) => ({ ...entry, kind: "PRODUCT" as const })),
    ...kb.facilities.map((entry) => ({ ...entry, kind: "FACILITY" as const })),
    ...registryOrganizations,
    ...registryModels,
    ...registryPeople,
  ];
  const data = (row: EntityRow) => ({ kind: row.kind, name: row.name, normalizedName: foldForSearch(row.name), description: row.description ?? null });
  const existing = await tx.entity.findMany({ where: { slug: { in: rows.map((row) => row.slug) } }, select: { id: true, slug: true } });
  for (const entity of existing) context.entityIds.set(entity.slug, entity.id);
  const created = await tx.entity.createManyAndReturn({
    data: rows.filter((row) => !context.entityIds.has(row.slug)).map((row) => ({ slug: row.slug, ...data(row) })),
    select: { id: true, slug: true },
  });
  const existingSlugs = new Set(existing.map((entity) => entity.slug));
  for (const entity of created) context.entityIds.set(entity.slug, entity.id);
  for (const row of rows) if (existingSlugs.has(row.slug)) await tx.entity.update({ where: { slug: row.slug }, data: data(row) });
  return new Map(rows.map((row) => [context.id(row.slug), row.kind]));
}

/** Inserts the rows whose entity has none yet in one statement, updates the others. */
async function createOrUpdate<T extends { entityId: number }>(options: {
  rows: T[];
  existing: (ids: number[]) => Promise<Array<{ entityId: number }>>;
  createMany: (rows: T[]) => Promise<unknown>;
  update: (row: T) => Promise<unknown>;
}): Promise<void> {
  const { rows, existing, createMany, update } = options;
  const present = new Set((await existing(rows.map((row) => row.entityId))).map((row) => row.entityId));
  await createMany(rows.filter((row) => !present.has(row.entityId)));
  for (const row of rows) if (present.has(row.entityId)) await update(row);
}

const inIds = (ids: number[]) => ({ where: { entityId: { in: ids } }, select: { entityId: true } });

/** Organization rows, parents included: a parent inserted in the same statement is checked at its end. */
export async function writeOrganizations(context: SeedContext, kb: KnowledgeBase): Promise<void> {
  const { tx } = context;
  const idOf = (slug: string | null | undefined) => (slug ? context.id(slug) : null);
  await createOrUpdate({
    rows: kb.organizations.map((org) => ({ entityId: context.id(org.slug), kind: upper(org.kind), country: org.country ?? null, parentId: idOf(org.parent) })),
    existing: (ids) => tx.organization.findMany(inIds(ids)),
    createMany: (rows) => tx.organization.createMany({ data: rows }),
    update: ({ entityId, ...data }) => tx.organization.update({ where: { entityId }, data }),
  });
  context.summary.organizations += kb.organizations.length;
}

/** Person, model, product and facility rows (organizations first: these point at them). */
export async function writeKindRows(context: SeedContext, kb: KnowledgeBase): Promise<void> {
  const { tx, summary } = context;
  const idOf = (slug: string | null | undefined) => (slug ? context.id(slug) : null);
  await tx.person.createMany({ data: kb.people.map((person) => ({ entityId: context.id(person.slug) })), skipDuplicates: true });
  summary.people += kb.people.length;

  await createOrUpdate({
    rows: kb.models.map((model) => {
      const released = dateColumns(model.releasedOn);
      return {
        entityId: context.id(model.slug),
        kind: upper(model.kind),
        familyId: idOf(model.family),
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
    }),
    existing: (ids) => tx.aiModel.findMany(inIds(ids)),
    createMany: (rows) => tx.aiModel.createMany({ data: rows }),
    update: ({ entityId, ...data }) => tx.aiModel.update({ where: { entityId }, data }),
  });
  summary.models += kb.models.length;

  await createOrUpdate({
    rows: kb.products.map((product) => ({ entityId: context.id(product.slug), kind: upper(product.kind), ownerId: idOf(product.owner), developerId: idOf(product.developer) })),
    existing: (ids) => tx.product.findMany(inIds(ids)),
    createMany: (rows) => tx.product.createMany({ data: rows }),
    update: ({ entityId, ...data }) => tx.product.update({ where: { entityId }, data }),
  });
  summary.products += kb.products.length;

  await createOrUpdate({
    rows: kb.facilities.map((facility) => ({
      entityId: context.id(facility.slug),
      kind: upper(facility.kind),
      ownerId: idOf(facility.owner),
      country: facility.country ?? null,
      location: facility.location?.value ?? null,
    })),
    existing: (ids) => tx.facility.findMany(inIds(ids)),
    createMany: (rows) => tx.facility.createMany({ data: rows }),
    update: ({ entityId, ...data }) => tx.facility.update({ where: { entityId }, data }),
  });
  summary.facilities += kb.facilities.length;
}

/** Every alias of every entity: one statement for those without a source, one row each for those a source backs (with its citation). */
export async function writeAliases(context: SeedContext, kb: KnowledgeBase): Promise<void> {
  const entries = [...kb.organizations, ...kb.models, ...kb.products, ...kb.facilities, ...kb.people];
  const rows = entries.flatMap((entry) => entry.aliases.map((alias) => ({ entityId: context.id(entry.slug), alias })));
  const columns = (entityId: number, alias: AliasInput) => {
    const name = normalizeQuote(alias.name);
    return { entityId, name, normalized: foldForSearch(name), language: alias.language, kind: upper(alias.kind), ambiguous: alias.ambiguous, note: alias.note ?? null };
  };
  await context.tx.alias.createMany({ data: rows.filter((row) => !row.alias.source).map((row) => columns(row.entityId, row.alias)) });
  for (const { entityId, alias } of rows.filter((row) => row.alias.source)) {
    const data = columns(entityId, alias);
    const citation = { source: alias.source!, quote: data.name, stance: "supports" as const, official: false };
    await context.tx.alias.create({ data: { ...data, citations: { create: context.citationRows([citation]) } } });
  }
  context.summary.aliases += rows.length;
}

/** An entity whose kind changed (a "model" that is really a platform) loses its old kind's row. */
export async function dropRowsOfOtherKinds(tx: Tx, kindOf: Map<number, EntityKind>): Promise<void> {
  const idsNot = (kind: EntityKind) => [...kindOf].filter(([, k]) => k !== kind).map(([id]) => id);
  await tx.organization.deleteMany({ where: { entityId: { in: idsNot("ORGANIZATION") } } });
  await tx.aiModel.deleteMany({ where: { entityId: { in: idsNot("MODEL") } } });
  await tx.product.deleteMany({ where: { entityId: { in: idsNot("PRODUCT") } } });
  await tx.facility.deleteMany({ where: { entityId: { in: idsNot("FACILITY") } } });
  await tx.person.deleteMany({ where: { entityId: { in: idsNot("PERSON") } } });
}
