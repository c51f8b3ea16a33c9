import { DEFAULT_PAGE_SIZE } from "./pagination";

/**
 * What each field costs in points before it runs (docs/api.md "Query cost"): a field value is 1
 * point; fields that do work of their own cost what that work is worth, measured against a plain
 * field. Lists multiply their items' cost by how many items they may return.
 */

/** Plain lists without a `first` argument (citations, aliases, roles…) are assumed to hold this many items. */
export const ASSUMED_LIST_SIZE = 10;

/** A root connection runs a page query and a count. */
const ROOT_CONNECTION_WORK = 10;
/** A nested connection is batched with its siblings (one query for all parents), but still pages and counts. */
const NESTED_CONNECTION_WORK = 3;
/**
 * A compared company is a dozen statements and a few hundred rows (models, roles, figures, events,
 * talent moves); measured ~10–30 ms each on PGlite, i.e. the time of a few hundred plain fields.
 */
const COMPARE_WORK_PER_COMPANY = 250;
/** Search: trigram similarity over every alias, more work for longer queries. */
const SEARCH_BASE_WORK = 20;
const SEARCH_WORK_PER_CHARACTER = 0.25;

export const INTROSPECTION_LIST_FIELDS = new Set(["types", "fields", "args", "inputFields", "interfaces", "possibleTypes", "enumValues", "directives"]);

const count = (value: unknown) => (Array.isArray(value) ? value.length : value == null ? 0 : 1);

/** Points for the field's own work, before its children. */
export function fieldWork(options: { parentType: string; field: string; args: Record<string, unknown>; returnsConnection: boolean }): number {
  const { parentType, field, args } = options;
  if (parentType === "Query" && field === "compare") return 1 + COMPARE_WORK_PER_COMPANY * Math.max(1, count(args.slugs));
  if (parentType === "Query" && field === "search") return SEARCH_BASE_WORK + Math.ceil((typeof args.query === "string" ? args.query.length : 0) * SEARCH_WORK_PER_CHARACTER);
  if (options.returnsConnection) return parentType === "Query" ? ROOT_CONNECTION_WORK : NESTED_CONNECTION_WORK;
  return 1;
}

/** Items a connection's `edges` may hold: `first`, or the default page size. */
export function pageSize(args: Record<string, unknown>): number {
  return typeof args.first === "number" ? Math.max(args.first, 1) : DEFAULT_PAGE_SIZE;
}

/** Items a plain list may hold: its `first` argument where it has one. */
export function listSize(args: Record<string, unknown>): number {
  return typeof args.first === "number" ? Math.max(args.first, 1) : ASSUMED_LIST_SIZE;
}
