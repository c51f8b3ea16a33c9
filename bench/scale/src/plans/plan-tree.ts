/**
 * EXPLAIN (FORMAT JSON) plans: the nodes of a plan tree, and the sequential scans on the tables a
 * query must reach through an index.
 */
export interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  Plans?: PlanNode[];
  [key: string]: unknown;
}

export function* planNodes(node: PlanNode): Generator<PlanNode> {
  yield node;
  for (const child of node.Plans ?? []) yield* planNodes(child);
}

/** The plan of an `EXPLAIN (FORMAT JSON)` result row, as pg or PGlite hands it over (parsed or text). */
export function planOf(row: Record<string, unknown>): PlanNode {
  const value = row["QUERY PLAN"];
  const parsed = (typeof value === "string" ? JSON.parse(value) : value) as { Plan: PlanNode }[];
  return parsed[0].Plan;
}

/** The relations, among `tables`, of the plan's nodes whose type `counts`. */
function relationsOf(plan: PlanNode, tables: ReadonlySet<string>, counts: (nodeType: string) => boolean): string[] {
  return [...planNodes(plan)].flatMap((node) => (node["Relation Name"] && tables.has(node["Relation Name"]) && counts(node["Node Type"]) ? [node["Relation Name"]] : []));
}

/** Tables that are scanned from end to end in this plan, among `tables`. */
export const sequentialScans = (plan: PlanNode, tables: ReadonlySet<string>) => relationsOf(plan, tables, (type) => type === "Seq Scan");

/** Tables, among `tables`, that this plan reads rows of (any scan but an index-only one). */
export const tableReads = (plan: PlanNode, tables: ReadonlySet<string>) => relationsOf(plan, tables, (type) => type !== "Index Only Scan");

/** A compact one-line-per-node rendering of a plan, for failure messages. */
export function outline(plan: PlanNode, depth = 0): string {
  const relation = plan["Relation Name"] ? ` on ${plan["Relation Name"]}` : "";
  const index = plan["Index Name"] ? ` using ${plan["Index Name"] as string}` : "";
  const rows = plan["Plan Rows"] !== undefined ? ` (rows ${plan["Plan Rows"] as number})` : "";
  return [`${"  ".repeat(depth)}${plan["Node Type"]}${relation}${index}${rows}`, ...(plan.Plans ?? []).map((child) => outline(child, depth + 1))].join("\n");
}
