import type { AiModel, Citation, Facility, OrganizationKind, Product, Role } from "../db/prisma";
import { sql } from "../db/sql-reader";
import { eventAssessmentAsOf, modelColumnsAsOf, visibleAsOf, type AsOfDay } from "./as-of";
import { toEntityNode, type EntityNode } from "./nodes";

/**
 * Column lists and row shapes of the read path's hand-shaped SQL. Columns keep Prisma's field names,
 * so the node mappers (nodes.ts) serve rows from either.
 */
export const ENTITY_JOINS = `LEFT JOIN "Organization" o ON o."entityId" = e.id
  LEFT JOIN "AiModel" m ON m."entityId" = e.id
  LEFT JOIN "Product" pr ON pr."entityId" = e.id
  LEFT JOIN "Facility" fa ON fa."entityId" = e.id`;

export const ENTITY_FROM = `FROM "Entity" e ${ENTITY_JOINS}`;

/** An entity's columns as of the day whose placeholder is `d` (a model's claims as reported by then). */
export const entityColumns = (d: string) => `e.id, e.slug, e.name, e.description,
  o.kind AS "orgKind", o.country, o."parentId",
  m.kind AS "modelKind", m."familyId", m.modality, m."developerId", m."ownerId", ${modelColumnsAsOf("m", d)},
  pr.kind AS "productKind", pr."ownerId" AS "productOwnerId", pr."developerId" AS "productDeveloperId",
  fa.kind AS "facilityKind", fa."ownerId" AS "facilityOwnerId", fa.location AS "facilityLocation", fa.country AS "facilityCountry"`;

export interface EntityFlatRow extends Pick<
  AiModel,
  "familyId" | "modality" | "status" | "access" | "developerId" | "ownerId" | "releasedText" | "releasedStart" | "releasedEnd" | "releasedPrecision"
> {
  id: number;
  slug: string;
  name: string;
  description: string | null;
  orgKind: OrganizationKind | null;
  country: string | null;
  parentId: number | null;
  modelKind: AiModel["kind"] | null;
  productKind: Product["kind"] | null;
  productOwnerId: number | null;
  productDeveloperId: number | null;
  facilityKind: Facility["kind"] | null;
  facilityOwnerId: number | null;
  facilityLocation: string | null;
  facilityCountry: string | null;
}

export function entityNodeFromRow(row: EntityFlatRow, day: AsOfDay): EntityNode {
  return toEntityNode(
    {
      id: row.id,
      slug: row.slug,
      name: row.name,
      description: row.description,
      organization: row.orgKind ? { kind: row.orgKind, country: row.country, parentId: row.parentId } : null,
      model: row.modelKind
        ? {
            kind: row.modelKind,
            familyId: row.familyId,
            modality: row.modality,
            status: row.status,
            access: row.access,
            developerId: row.developerId,
            ownerId: row.ownerId,
            releasedText: row.releasedText,
            releasedStart: row.releasedStart,
            releasedEnd: row.releasedEnd,
            releasedPrecision: row.releasedPrecision,
          }
        : null,
      product: row.productKind ? { kind: row.productKind, ownerId: row.productOwnerId, developerId: row.productDeveloperId } : null,
      facility: row.facilityKind ? { kind: row.facilityKind, ownerId: row.facilityOwnerId, location: row.facilityLocation, country: row.facilityCountry } : null,
    },
    day,
  );
}

/**
 * The entity `id` names, as one JSON column (null when it is not reported by the day `d`): rows
 * that point at an entity bring it along, so the entity loader is primed instead of sent another
 * statement one level down (a lineage edge's other model, a role's person).
 */
export function entityJsonSql(id: string, d: string): string {
  return `(SELECT to_json(x) FROM (${entityByIdSql(id, d)}) x)`;
}

/** The entity `id` names, with its columns as of the day `d`: no row when it is not reported by then. */
export function entityByIdSql(id: string, d: string): string {
  return `SELECT ${entityColumns(d)} ${ENTITY_FROM} WHERE e.id = ${id} AND ${visibleAsOf.entity("e", d)}`;
}

/** An entity as `entityJsonSql` renders it: its release days as ISO strings. */
export type EntityJson = Omit<EntityFlatRow, "releasedStart" | "releasedEnd"> & { releasedStart: string | null; releasedEnd: string | null };

const isoDay = (value: string | null) => (value == null ? null : new Date(`${value}T00:00:00Z`));

export function entityRowFromJson(json: EntityJson): EntityFlatRow {
  return { ...json, releasedStart: isoDay(json.releasedStart), releasedEnd: isoDay(json.releasedEnd) };
}

/**
 * An event's columns as of the day whose placeholder is `d`: its status and confidence as they stood
 * then (`current`: the day is today, the stored values; common/as-of.ts).
 */
export function eventColumns(d: string, current: boolean): string {
  const { status, confidence } = eventAssessmentAsOf("ev", d, current);
  return `ev.id, ev.key, ev.type, ev.title, ev.summary, ev."occurredText", ev."occurredStart", ev."occurredEnd",
  ev."occurredPrecision", ev."firstReportedOn", ${status} AS status, ${confidence} AS confidence`;
}

export type { EventFields as EventRow } from "./nodes";

/** Everything of a source but its text (loaded only when asked for) and its MinHash signature. */
export const SOURCE_COLUMNS = `s.id, s.key, s.url, s.title, s."publisherId", s.language, s."publishedOn", s."contentHash"`;

export type { SourceFields as SourceRow } from "./nodes";

/** Entities by id or slug that had been reported by the day ($2). */
export const entitiesById = sql("entities_by_id", `SELECT ${entityColumns("$2::date")} ${ENTITY_FROM} WHERE e.id = ANY($1::int[]) AND ${visibleAsOf.entity("e", "$2::date")}`);
export const entitiesBySlug = sql(
  "entities_by_slug",
  `SELECT ${entityColumns("$2::date")} ${ENTITY_FROM} WHERE e.slug = ANY($1::text[]) AND ${visibleAsOf.entity("e", "$2::date")}`,
);

/**
 * A role as the read path selects it as of a day (as-of.ts roleColumnsAsOf): its end only
 * once reported, `ended` and `isCurrent` judged on that day.
 */
export type RoleRow = Pick<
  Role,
  | "id"
  | "personId"
  | "organizationId"
  | "title"
  | "position"
  | "startText"
  | "startDate"
  | "startPrecision"
  | "startIsUpperBound"
  | "endText"
  | "endDate"
  | "endPrecision"
  | "endIsUpperBound"
> & { ended: boolean; isCurrent: boolean };

/** A citation as the read path selects it (as-of.ts citationColumns): with the day it states, for a stating passage. */
export type CitationRow = Citation & { publicSince: Date | null };

/** A citation shown for an event (as-of.ts eventCitationsSql): its own, or one of its figures'. */
export type EventCitationRow = CitationRow & { ofEvent: number };
