import DataLoader from "dataloader";
import type { AsOfDay } from "../../common/as-of";
import { keyedLoader, type RequestContext } from "../../common/context";
import { groupBy } from "../../common/group-by";
import type { EntityNode } from "../../common/nodes";
import { entityByIdSql, entityNodeFromRow, type EntityFlatRow } from "../../common/read-rows";
import { sql, type SqlStatement } from "../../db/sql-reader";

const D = "$2::date";

/**
 * Every organization below each root ($1), however deep, as rows of `tree(root, id)`. The planner
 * guesses a recursive tree at hundreds of rows whatever it holds (a handful on the seed data), and
 * then joins it by hashing whole tables; each level's children are looked up by an index probe per
 * parent instead, in a lateral subquery that cannot be flattened (OFFSET 0).
 */
const DESCENDANTS = `tree(root, id) AS (
  SELECT "parentId", "entityId" FROM "Organization" WHERE "parentId" = ANY($1::int[])
  UNION
  SELECT tree.root, child.id FROM tree CROSS JOIN LATERAL (SELECT c."entityId" AS id FROM "Organization" c WHERE c."parentId" = tree.id OFFSET 0) child)`;

/**
 * Each root's descendant organizations with their columns as of the day: one statement instead of
 * ids, then entities, each looked up by its key (as in models_in_scope below: 0.44–0.64 ms → 0.16–0.24
 * ms on the seed data). They keep the order the tree is walked in, level by level (the order the API
 * has always given).
 */
const DESCENDANT_ORGANIZATIONS = sql(
  "descendant_organizations",
  `WITH RECURSIVE ${DESCENDANTS},
   walked AS MATERIALIZED (SELECT root, id, row_number() OVER () AS step FROM tree)
   SELECT walked.root AS "rootId", x.* FROM walked CROSS JOIN LATERAL (${entityByIdSql("walked.id", D)} OFFSET 0) x
   ORDER BY walked.step`,
);

/**
 * The models owned or developed by each root or any organization below it (the company page's
 * models), as of the day: one statement instead of the tree, then owners, then developers. The
 * planner guesses a recursive tree at thousands of rows (meta's has 84 at a million events), so
 * plain joins became hash joins over every model and every entity (174 ms); each lookup is kept an
 * index probe per row by a lateral subquery that cannot be flattened (OFFSET 0): 25–31 ms.
 */
const MODELS_IN_SCOPE = sql(
  "models_in_scope",
  `WITH RECURSIVE ${DESCENDANTS},
   scope(root, id) AS (SELECT k.id, k.id FROM unnest($1::int[]) AS k(id) UNION ALL SELECT root, id FROM tree),
   scoped(root, "modelId") AS (
     SELECT scope.root, owned."entityId" FROM scope CROSS JOIN LATERAL (SELECT a."entityId" FROM "AiModel" a WHERE a."ownerId" = scope.id OFFSET 0) owned
     UNION
     SELECT scope.root, developed."entityId" FROM scope CROSS JOIN LATERAL (SELECT a."entityId" FROM "AiModel" a WHERE a."developerId" = scope.id OFFSET 0) developed)
   SELECT scoped.root AS "rootId", x.* FROM scoped CROSS JOIN LATERAL (${entityByIdSql('scoped."modelId"', D)} OFFSET 0) x
   ORDER BY scoped.root, x.id`,
);

type ScopedRow = EntityFlatRow & { rootId: number };

function scopedLoader(context: RequestContext, statement: SqlStatement, day: AsOfDay): DataLoader<number, EntityNode[]> {
  return keyedLoader(
    context,
    `${statement.name}:${day}`,
    () =>
      new DataLoader<number, EntityNode[]>(async (roots) => {
        const rows = await context.reader.query<ScopedRow>(statement, [roots, day]);
        const byRoot = groupBy(rows, (row) => row.rootId);
        return roots.map((root) => (byRoot.get(root) ?? []).map((row) => entityNodeFromRow(row, day)));
      }),
  );
}

/** Organizations anywhere below each organization, as of the day, level by level. */
export const descendantOrganizations = (context: RequestContext, day: AsOfDay) => scopedLoader(context, DESCENDANT_ORGANIZATIONS, day);

/** Models owned or developed by each organization or one below it, as of the day. */
export const modelsInScope = (context: RequestContext, day: AsOfDay) => scopedLoader(context, MODELS_IN_SCOPE, day);
