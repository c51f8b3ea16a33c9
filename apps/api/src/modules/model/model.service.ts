import DataLoader from "dataloader";
import type { Figure } from "../../db/prisma";
import { SqlParams, sql, type SqlReader } from "../../db/sql-reader";
import { toIsoDay } from "../../common/fuzzy-date";
import type { EntityNode } from "../../common/nodes";
import type { ConnectionShape, Page } from "../../common/pagination";

import { idOfSlug, listEntities, type EntityOrderInput } from "../entity/entity-list";
import type { ModelAccess, ModelKind, ModelStatus } from "../../common/enums";
import { toFigure } from "../event/event.service";
import type { FigureType } from "../event/event.type";

export interface ModelListOptions {
  reader: SqlReader;
  filter?: {
    kinds?: ModelKind[] | null;
    status?: ModelStatus[] | null;
    access?: ModelAccess[] | null;
    owner?: string | null;
    developer?: string | null;
  } | null;
  orderBy?: EntityOrderInput | null;
  page: Page;
}

/** Models and products only: an entity is listed here when it has a model row. */
export function listModels(options: ModelListOptions): Promise<ConnectionShape<EntityNode>> {
  const { reader, filter, orderBy, page } = options;
  const params = new SqlParams();
  const conditions = [`m."entityId" IS NOT NULL`];
  if (filter?.kinds?.length) conditions.push(`m.kind = ANY(${params.add(filter.kinds, '::text[]::"ModelKind"[]')})`);
  if (filter?.status?.length) conditions.push(`m.status = ANY(${params.add(filter.status, '::text[]::"ModelStatus"[]')})`);
  if (filter?.access?.length) conditions.push(`m.access = ANY(${params.add(filter.access, '::text[]::"ModelAccess"[]')})`);
  if (filter?.owner) conditions.push(`m."ownerId" = ${idOfSlug(params, filter.owner)}`);
  if (filter?.developer) conditions.push(`m."developerId" = ${idOfSlug(params, filter.developer)}`);
  return listEntities({ reader, prefix: "models", conditions, params, orderBy, page });
}

export const EXPECTED_RELEASE_METRIC = "expected_release";

const EXPECTED_RELEASES = sql(
  "expected_releases",
  `SELECT DISTINCT ON (p."entityId") p."entityId" AS "modelId", f.*
   FROM "Figure" f JOIN "Event" ev ON ev.id = f."eventId" JOIN "EventParticipant" p ON p."eventId" = f."eventId"
   WHERE f.metric = '${EXPECTED_RELEASE_METRIC}' AND p."entityId" = ANY($1::int[])
     AND ev."firstReportedOn" <= $2::date AND COALESCE(f."effectiveStart", ev."firstReportedOn") <= $2::date
   ORDER BY p."entityId", COALESCE(f."effectiveStart", ev."firstReportedOn") DESC, f.id DESC`,
);

/**
 * The release date expected on `asOf`: the latest `expected_release` figure on the model's events
 * that had been reported and had taken effect by then (its effective date, else the event's first
 * report). Older values stay in the history, so Avocado reads "end of 2025" until the delay to
 * Q1 2026 is reported. A figure reported after `asOf` is never shown, whatever date it speaks of.
 */
export function createExpectedReleaseLoader(options: { reader: SqlReader; asOf: Date }) {
  const { reader, asOf } = options;
  return new DataLoader<number, FigureType | null>(async (modelIds) => {
    const rows = await reader.query<Figure & { modelId: number }>(EXPECTED_RELEASES, [modelIds, toIsoDay(asOf)]);
    const byModel = new Map(rows.map((row) => [row.modelId, toFigure(row)]));
    return modelIds.map((modelId) => byModel.get(modelId) ?? null);
  });
}
