import { graphql } from "../src/gql";
import type { BoundedCountFieldsFragment } from "../src/gql/graphql";
import { plural } from "./format";

/** The fragment's data, whatever else the query selected beside it. */
type Counted = Pick<BoundedCountFieldsFragment, "value" | "exact">;

/** What every list page and the home page read of a list's `boundedCount`. */
export const BoundedCountFields = graphql(`
  fragment BoundedCountFields on BoundedCount {
    value
    exact
  }
`);

/** A list's bounded count: "3 events", or "10,000+ events" when the API stopped counting there. */
export function countOf(count: Counted, one: string, many: string): string {
  return count.exact ? plural(count.value, one, many) : `${count.value.toLocaleString("en")}+ ${many}`;
}

/** The same count without a noun, for a link's note: "65 in all", or "over 10,000". */
export function countInAll(count: Counted): string {
  return count.exact ? `${count.value.toLocaleString("en")} in all` : `over ${count.value.toLocaleString("en")}`;
}
