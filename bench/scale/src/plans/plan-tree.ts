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

/** Tables that are scanned from end to end in this plan, among `tables`. */
export function sequentialScans(plan: PlanNode, tables: ReadonlySet<string>): string[] {
  const scanned: string[] = [];
  for (const node of planNodes(plan)) if (node["Node Type"] === "Seq Scan" && node["Relation Name"] && tables.has(node["Relation Name"])) scanned.push(node["Relation Name"]);
  return scanned;
}

/** Tables, among `tables`, that this plan reads rows of (any scan but an index-only one). */
export function tableReads(plan: PlanNode, tables: ReadonlySet<string>): string[] {
  const read: string[] = [];
  for (const node of planNodes(plan)) if (node["Node Type"] !== "Index Only Scan" && node["Relation Name"] && tables.has(node["Relation Name"])) read.push(node["Relation Name"]);
  return read;
}

/** A compact one-line-per-node rendering of a plan, for failure messages. */
export function outline(plan: PlanNode, depth = 0): string {
  const relation = plan["Relation Name"] ? ` on ${plan["Relation Name"]}` : "";
  const index = plan["Index Name"] ? ` using ${plan["Index Name"] as string}` : "";
  const rows = plan["Plan Rows"] !== undefined ? ` (rows ${plan["Plan Rows"] as number})` : "";
  return [`${"  ".repeat(depth)}${plan["Node Type"]}${relation}${index}${rows}`, ...(plan.Plans ?? []).map((child) => outline(child, depth + 1))].join("\n");
}
