/**
 * SQL fragments shared by the floor's statements: the JSON of a list (empty list, not null, when
 * there is nothing) and of a fuzzy date, the way Orchard's GraphQL answer spells them.
 */

/** `coalesce(json_agg(item ORDER BY order), '[]')` over `from`. */
export function jsonList(item: string, from: string, orderBy: string): string {
  return `(SELECT coalesce(json_agg(${item} ORDER BY ${orderBy}), '[]'::json) FROM ${from})`;
}

/** A FuzzyDate object with the given fields, or null when the date is unknown (no start or precision). */
export function fuzzyDate(columns: { text: string; start: string; end: string; precision: string }, fields: ("text" | "start" | "end" | "precision")[]): string {
  const known = `${columns.start} IS NOT NULL AND ${columns.precision} IS NOT NULL`;
  const values: Record<string, string> = {
    text: `peer.date_text(${columns.text}, ${columns.start}, ${columns.end}, ${columns.precision})`,
    start: columns.start,
    end: `coalesce(${columns.end}, ${columns.start})`,
    precision: columns.precision,
  };
  return `CASE WHEN ${known} THEN json_build_object(${fields.map((field) => `'${field}', ${values[field]}`).join(", ")}) END`;
}

/** The columns of an Event's occurredOn. */
export const occurred = (alias: string) => ({
  text: `${alias}."occurredText"`,
  start: `${alias}."occurredStart"`,
  end: `${alias}."occurredEnd"`,
  precision: `${alias}."occurredPrecision"`,
});

/** Orchard's event order: occurred (unknown last), then first reported, then id, newest first. */
export const EVENT_ORDER = (alias: string) => `${alias}."occurredStart" DESC NULLS LAST, ${alias}."firstReportedOn" DESC, ${alias}.id DESC`;
