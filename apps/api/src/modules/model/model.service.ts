import DataLoader from "dataloader";
import type { Figure } from "../../db/prisma";
import { SqlParams, sql, type SqlReader } from "../../db/sql-reader";
import { modelClaimsAsOf, visibleAsOf, type AsOfDay } from "../../common/as-of";
import type { EntityNode, ModelNode } from "../../common/nodes";
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
    organization?: string | null;
  } | null;
  orderBy?: EntityOrderInput | null;
  page: Page;
  asOf: AsOfDay;
}

/**
 * Models and products only (an entity is listed here when it has a model row), reported by the
 * as-of day; status and access filter on their values as of that day.
 */
export function listModels(options: ModelListOptions): Promise<ConnectionShape<EntityNode>> {
  const { reader, filter, orderBy, page, asOf } = options;
  const params = new SqlParams();
  const day = params.add(asOf, "::date");
  const conditions = [`m."entityId" IS NOT NULL`];
  const claims = modelClaimsAsOf("m", day);
  if (filter?.kinds?.length) conditions.push(`m.kind = ANY(${params.add(filter.kinds, '::text[]::"ModelKind"[]')})`);
  if (filter?.status?.length) conditions.push(`${claims.status} = ANY(${params.add(filter.status, '::text[]::"ModelStatus"[]')})`);
  if (filter?.access?.length) conditions.push(`${claims.access} = ANY(${params.add(filter.access, '::text[]::"ModelAccess"[]')})`);
  if (filter?.owner) conditions.push(`m."ownerId" = ${idOfSlug(params, filter.owner)}`);
  if (filter?.developer) conditions.push(`m."developerId" = ${idOfSlug(params, filter.developer)}`);
  if (filter?.organization) conditions.push(`m."entityId" IN (${modelsOfOrganizationTree(idOfSlug(params, filter.organization))})`);
  return listEntities({ reader, prefix: "models", conditions, params, orderBy, page, day, asOf });
}

/** Models owned or developed by the organization or any organization below it: what `Company.models` lists. */
function modelsOfOrganizationTree(rootId: string): string {
  return `WITH RECURSIVE tree(id) AS (SELECT ${rootId} UNION SELECT o."entityId" FROM "Organization" o JOIN tree ON o."parentId" = tree.id)
    SELECT a."entityId" FROM "AiModel" a JOIN tree ON a."ownerId" = tree.id
    UNION SELECT a."entityId" FROM "AiModel" a JOIN tree ON a."developerId" = tree.id`;
}

export const EXPECTED_RELEASE_METRIC = "expected_release";

/**
 * A list of models in its own order, cut to `limit` when longer: the ones the sources say most about
 * are kept (released ones, newest first, then those with a reported status or access) before models
 * known by name only (the registry's identifiers). Compare and the company page cut by this rule.
 */
export function keptModels<M extends Pick<ModelNode, "releasedOn" | "status" | "access">>(models: M[], limit: number): M[] {
  if (models.length <= limit) return models;
  const released = (model: M) => model.releasedOn?.start?.getTime() ?? -Infinity;
  const reported = (model: M) => (model.status !== "UNKNOWN" || model.access !== "UNKNOWN" ? 1 : 0);
  const kept = new Set([...models].sort((a, b) => released(b) - released(a) || reported(b) - reported(a)).slice(0, limit));
  return models.filter((model) => kept.has(model));
}

/** When a figure took effect: its stated effective day, else the day it became public. */
const EFFECTIVE = `COALESCE(f."effectiveStart", f."firstReportedOn", ev."firstReportedOn")`;

const EXPECTED_RELEASES = sql(
  "expected_releases",
  `SELECT DISTINCT ON (p."entityId") p."entityId" AS "modelId", f.*
   FROM "Figure" f JOIN "Event" ev ON ev.id = f."eventId"
   JOIN "EventParticipant" p ON p."eventId" = f."eventId" AND p.role = 'subject'
   JOIN "AiModel" m ON m."entityId" = p."entityId"
   WHERE f.metric = '${EXPECTED_RELEASE_METRIC}' AND p."entityId" = ANY($1::int[])
     AND ${visibleAsOf.figure("f", "ev", "$2::date")} AND ${EFFECTIVE} <= $2::date
     AND ${modelClaimsAsOf("m", "$2::date").status} NOT IN ('SHELVED', 'RELEASED')
   ORDER BY p."entityId", ${EFFECTIVE} DESC, f.id DESC`,
);

/**
 * The release date expected on `asOf`: the latest `expected_release` figure of the events the model
 * is the subject of that had been reported and had taken effect by then (its effective date, else
 * its first report). Older values stay in the history, so Avocado reads "end of 2025" until the delay
 * to Q1 2026 is reported. None once the model is reported shelved or released by then.
 */
export function createExpectedReleaseLoader(options: { reader: SqlReader; asOf: AsOfDay }) {
  const { reader, asOf } = options;
  return new DataLoader<number, FigureType | null>(async (modelIds) => {
    const rows = await reader.query<Figure & { modelId: number }>(EXPECTED_RELEASES, [modelIds, asOf]);
    const byModel = new Map(rows.map((row) => [row.modelId, toFigure(row, asOf)]));
    return modelIds.map((modelId) => byModel.get(modelId) ?? null);
  });
}
