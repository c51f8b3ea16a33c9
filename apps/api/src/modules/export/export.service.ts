import type { PrismaClient } from "../../db/prisma";
import type { SqlReader } from "../../db/sql-reader";
import { toGlobalId } from "../../common/global-id";
import { entityInclude, toEntityNode, toSourceNode } from "../../common/nodes";
import { day, entityIds, fuzzy, fuzzyColumns, organizationId, page } from "./export-values";
import { eventBatches } from "./export-events";
import { citationsBatch } from "./export-citations";
import type { EventFilter } from "../event/event.type";
import { toRole } from "../person/person.service";
import type { RoleRow } from "../../common/read-rows";
import { asOfDay, roleColumnsAsOf, visibleAsOf } from "../../common/as-of";
import type { OrganizationKind } from "../../common/enums";

/**
 * Bulk exports: every row of a resource matching the filter, read in batches (constant memory however
 * many rows), with the values the GraphQL API returns. Events come in the `events` query's default
 * order, so an export equals paging through the API row for row; other resources in ascending ID.
 */
export const EXPORT_RESOURCES = ["events", "entities", "people", "roles", "sources", "citations", "mentions"] as const;
export type ExportResource = (typeof EXPORT_RESOURCES)[number];

export type ExportValue = string | number | boolean | null;
export type ExportRow = Record<string, ExportValue>;

/** The query-string filter: the `events` query's filter (EventFilter), as far as a resource uses it. */
export type ExportFilter = EventFilter;
export type FilterName = keyof ExportFilter;

/** Rows per statement: large enough that planning and round trips are a small part of each (at 500, meta's export ran 86 statements). */
const BATCH_SIZE = 2000;

interface ExportSpec {
  /** Column names, in order; also the keys of every row (NDJSON). */
  columns: string[];
  /** Query-string filters the resource understands. */
  filters: FilterName[];
  /** Every matching row, batch by batch, for a resource that resumes from its own position (events: sort keys). */
  batches?(options: { prisma: PrismaClient; reader: SqlReader; filter: ExportFilter; size: number }): AsyncGenerator<ExportRow[]>;
  /** Otherwise: one batch of rows after the database ID `after`, and the ID to continue from (null at the end). */
  batch?(options: { prisma: PrismaClient; filter: ExportFilter; after: number; size: number }): Promise<{ rows: ExportRow[]; last: number | null }>;
}

const SPECS: Record<ExportResource, ExportSpec> = {
  events: {
    columns: ["id", "key", "type", "title", "summary", ...fuzzyColumns("occurredOn"), "firstReportedOn", "status", "confidence", "participants"],
    filters: ["types", "entities", "from", "to", "status", "minConfidence", "language", "asOf"],
    batches: eventBatches,
  },
  entities: {
    columns: [
      "id",
      "type",
      "slug",
      "name",
      "description",
      "kind",
      "country",
      "parentId",
      "modality",
      "status",
      "access",
      "developerId",
      "ownerId",
      "familyId",
      ...fuzzyColumns("releasedOn"),
    ],
    filters: ["entities"],
    async batch({ prisma, filter, after, size }) {
      const ids = await entityIds(prisma, filter.entities);
      const rows = await prisma.entity.findMany({
        where: { id: ids ? { gt: after, in: ids } : { gt: after } },
        orderBy: { id: "asc" },
        take: size,
        include: {
          ...entityInclude,
          organization: { include: { parent: { select: { kind: true } } } },
          model: { include: { developer: { select: { kind: true } }, owner: { select: { kind: true } } } },
        },
      });
      return {
        ...page(rows, size),
        rows: rows.map((row) => {
          const node = toEntityNode(row);
          const org = row.organization;
          const model = row.model;
          return {
            id: node.id,
            type: node.__typename,
            slug: node.slug,
            name: node.name,
            description: node.description,
            kind: org?.kind ?? model?.kind ?? null,
            country: org?.country ?? null,
            parentId: organizationId(org?.parentId ?? null, org?.parent?.kind),
            modality: model?.modality ?? null,
            status: model?.status ?? null,
            access: model?.access ?? null,
            developerId: organizationId(model?.developerId ?? null, model?.developer?.kind),
            ownerId: organizationId(model?.ownerId ?? null, model?.owner?.kind),
            familyId: model?.familyId == null ? null : toGlobalId("AiModel", model.familyId),
            ...fuzzy("releasedOn", node.__typename === "AiModel" ? node.releasedOn : null),
          };
        }),
      };
    },
  },
  people: {
    columns: ["id", "slug", "name", "description"],
    filters: ["entities"],
    async batch({ prisma, filter, after, size }) {
      const ids = await entityIds(prisma, filter.entities);
      const rows = await prisma.entity.findMany({
        where: { kind: "PERSON", id: ids ? { gt: after, in: ids } : { gt: after } },
        orderBy: { id: "asc" },
        take: size,
        include: entityInclude,
      });
      return { ...page(rows, size), rows: rows.map((row) => toEntityNode(row)).map((node) => ({ id: node.id, slug: node.slug, name: node.name, description: node.description })) };
    },
  },
  roles: {
    columns: ["personId", "personSlug", "organizationId", "organizationSlug", "title", ...fuzzyColumns("start"), ...fuzzyColumns("end"), "isCurrent"],
    filters: ["entities", "asOf"],
    async batch({ prisma, filter, after, size }) {
      const ids = await entityIds(prisma, filter.entities);
      // As `Person.roles`: the roles reported by the as-of day, their ends and `isCurrent` as of then.
      const asOf = asOfDay(filter.asOf);
      const rows = await prisma.$queryRawUnsafe<Array<RoleRow & { personSlug: string; organizationSlug: string; organizationKind: OrganizationKind | null }>>(
        `SELECT ${roleColumnsAsOf("r", "$1::date")}, pe.slug AS "personSlug", oe.slug AS "organizationSlug", o.kind::text AS "organizationKind"
         FROM "Role" r JOIN "Entity" pe ON pe.id = r."personId" JOIN "Entity" oe ON oe.id = r."organizationId"
         LEFT JOIN "Organization" o ON o."entityId" = r."organizationId"
         WHERE r.id > $2 AND ${visibleAsOf.role("r", "$1::date")}
           AND ($3::int[] IS NULL OR r."personId" = ANY($3::int[]) OR r."organizationId" = ANY($3::int[]))
         ORDER BY r.id LIMIT $4`,
        asOf,
        after,
        ids,
        size,
      );
      return {
        ...page(rows, size),
        rows: rows.map((row) => {
          const role = toRole(row, asOf);
          return {
            personId: toGlobalId("Person", row.personId),
            personSlug: row.personSlug,
            organizationId: organizationId(row.organizationId, row.organizationKind ?? undefined),
            organizationSlug: row.organizationSlug,
            title: role.title,
            ...fuzzy("start", role.start),
            ...fuzzy("end", role.end),
            isCurrent: role.isCurrent,
          };
        }),
      };
    },
  },
  sources: {
    columns: ["id", "key", "url", "title", "publisherId", "publisherSlug", "language", "publishedOn", "contentHash", "text"],
    filters: ["language", "asOf"],
    async batch({ prisma, filter, after, size }) {
      const rows = await prisma.source.findMany({
        where: {
          id: { gt: after },
          ...(filter.language ? { language: filter.language } : {}),
          // Public by then: the last day of the publication period (docs/trust.md).
          ...(filter.asOf ? { publicOn: { lte: filter.asOf } } : {}),
        },
        orderBy: { id: "asc" },
        take: size,
        include: { publisher: { select: { kind: true, entity: { select: { slug: true } } } } },
      });
      return {
        ...page(rows, size),
        rows: rows.map((row) => {
          const node = toSourceNode(row);
          return {
            id: node.id,
            key: node.key,
            url: node.url,
            title: node.title,
            publisherId: organizationId(row.publisherId, row.publisher?.kind),
            publisherSlug: row.publisher?.entity.slug ?? null,
            language: node.language,
            publishedOn: day(node.publishedOn),
            contentHash: node.contentHash,
            text: row.text,
          };
        }),
      };
    },
  },
  citations: {
    columns: ["fact", "eventId", "sourceId", "quote", "quoteStart", "stance", "attributedToId", "attributedToSlug", "sourceLanguage", "publicSince"],
    filters: ["types", "entities", "from", "to", "status", "minConfidence", "language", "asOf"],
    batch: citationsBatch,
  },
  mentions: {
    columns: ["sourceId", "entityId", "entitySlug", "start", "end", "surface"],
    filters: ["entities", "language", "asOf"],
    async batch({ prisma, filter, after, size }) {
      const ids = await entityIds(prisma, filter.entities);
      const rows = await prisma.mention.findMany({
        where: {
          id: { gt: after },
          ...(ids ? { entityId: { in: ids } } : {}),
          ...(filter.language || filter.asOf
            ? { source: { ...(filter.language ? { language: filter.language } : {}), ...(filter.asOf ? { publicOn: { lte: filter.asOf } } : {}) } }
            : {}),
        },
        orderBy: { id: "asc" },
        take: size,
        include: { entity: { include: entityInclude } },
      });
      return {
        ...page(rows, size),
        rows: rows.map((row) => ({
          sourceId: toGlobalId("Source", row.sourceId),
          entityId: toEntityNode(row.entity).id,
          entitySlug: row.entity.slug,
          start: row.start,
          end: row.end,
          surface: row.surface,
        })),
      };
    },
  },
};

export function exportColumns(resource: ExportResource): string[] {
  return SPECS[resource].columns;
}

/** The query-string filters a resource takes. */
export function exportFilters(resource: ExportResource): readonly FilterName[] {
  return SPECS[resource].filters;
}

/** Every matching row, batch by batch: a caller writing each batch out holds one batch at a time. */
export async function* exportRows(options: {
  prisma: PrismaClient;
  reader: SqlReader;
  resource: ExportResource;
  filter: ExportFilter;
  batchSize?: number;
}): AsyncGenerator<ExportRow[]> {
  const spec = SPECS[options.resource];
  const size = options.batchSize ?? BATCH_SIZE;
  if (spec.batches) {
    yield* spec.batches({ prisma: options.prisma, reader: options.reader, filter: options.filter, size });
    return;
  }
  if (!spec.batch) throw new Error(`export ${options.resource} has no way to read its rows`);
  let after = 0;
  for (;;) {
    const { rows, last } = await spec.batch({ prisma: options.prisma, filter: options.filter, after, size });
    if (rows.length) yield rows;
    if (last == null) return;
    after = last;
  }
}
