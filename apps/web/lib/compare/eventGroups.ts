import type { EventType } from "../../src/gql/graphql";

/** Event types in four families, for the timeline's filters. */
export const EVENT_FAMILIES = {
  models: {
    label: "Models and products",
    types: ["RELEASE", "RELEASE_PLAN", "DELAY", "CANCELLATION", "DISTILLATION_REPORT", "LICENSING_CHANGE", "PRODUCT_LAUNCH", "RANKING", "PUBLICATION"],
  },
  people: { label: "People", types: ["HIRE", "DEPARTURE", "APPOINTMENT"] },
  money: {
    label: "Money and infrastructure",
    types: ["CAPEX_GUIDANCE", "FINANCING", "INVESTMENT", "ACQUISITION", "BUDGET_REALLOCATION", "DATA_CENTER", "PARTNERSHIP"],
  },
  organization: { label: "Organization", types: ["REORGANIZATION", "LAYOFF", "FOUNDING", "INTERNAL_CONFLICT", "POLICY", "STATEMENT"] },
} as const satisfies Record<string, { label: string; types: readonly EventType[] }>;

export type EventFamily = keyof typeof EVENT_FAMILIES;

export function isEventFamily(value: string | undefined): value is EventFamily {
  return value !== undefined && Object.hasOwn(EVENT_FAMILIES, value);
}

export function familyTypes(family: EventFamily | null): EventType[] | null {
  return family ? [...EVENT_FAMILIES[family].types] : null;
}

export interface TypeCount {
  type: string;
  count: number;
}

/**
 * Rows for the event-type small multiples: the types with the most events across all companies
 * (at most `limit`), then one "Other types" row, so every panel has the same rows on the same scale.
 */
export function sharedTypeRows(
  columns: ReadonlyArray<{ eventCounts: readonly TypeCount[] }>,
  limit = 8,
): {
  rows: string[];
  counts: Array<Map<string, number>>;
  max: number;
} {
  const totals = new Map<string, number>();
  for (const column of columns) for (const { type, count } of column.eventCounts) totals.set(type, (totals.get(type) ?? 0) + count);
  const ranked = [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([type]) => type);
  const top = ranked.slice(0, limit);
  const hasOther = ranked.length > limit;
  const rows = hasOther ? [...top, "OTHER"] : top;
  const counts = columns.map((column) => {
    const map = new Map<string, number>();
    for (const { type, count } of column.eventCounts) {
      const key = top.includes(type) ? type : "OTHER";
      map.set(key, (map.get(key) ?? 0) + count);
    }
    return map;
  });
  const max = Math.max(1, ...counts.flatMap((map) => [...map.values()]));
  return { rows, counts, max };
}
