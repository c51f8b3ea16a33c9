/** Parsing, validation and building of comparison-page URLs (`/compare?c=meta&c=openai&asOf=2025-11-01`). */

export const DEFAULT_COMPARE_SLUGS: readonly string[] = ["meta", "openai", "google", "mistral"];
export const MIN_COMPARED = 2;
export const MAX_COMPARED = 6;

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export type SearchParamValue = string | string[] | undefined;
export type SearchParamRecord = Record<string, SearchParamValue>;

export interface CompareState {
  slugs: string[];
  /** A valid YYYY-MM-DD date, or null for "today". */
  asOf: string | null;
}

export interface ParsedCompare extends CompareState {
  /** Human-readable notes about input that was ignored or corrected. */
  notices: string[];
  /** True when no company was requested and the default set is shown. */
  isDefault: boolean;
}

/** All values of a search parameter, as an array. */
export function paramValues(value: SearchParamValue): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** First value of a search parameter, or undefined. */
export function paramValue(value: SearchParamValue): string | undefined {
  return paramValues(value)[0];
}

export function isSlug(value: string): boolean {
  return SLUG_PATTERN.test(value);
}

/** True for a real calendar date written YYYY-MM-DD (2025-02-30 is rejected). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE_PATTERN.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.getUTCFullYear() === Number(y) && date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d);
}

/** Slugs from `c` parameters (repeated, or comma-separated), normalised, de-duplicated, capped. */
export function parseCompareParams(params: SearchParamRecord): ParsedCompare {
  const notices: string[] = [];
  const raw = paramValues(params.c)
    .flatMap((value) => value.split(","))
    .map((value) => value.trim().toLowerCase())
    .filter((value) => value.length > 0);

  const slugs: string[] = [];
  for (const candidate of raw) {
    if (!isSlug(candidate)) {
      notices.push(`Ignored “${candidate}”: not a valid company slug.`);
      continue;
    }
    if (slugs.includes(candidate)) continue;
    if (slugs.length >= MAX_COMPARED) {
      notices.push(`At most ${MAX_COMPARED} companies can be compared; ignored “${candidate}”.`);
      continue;
    }
    slugs.push(candidate);
  }

  const isDefault = slugs.length === 0;
  const asOfRaw = paramValue(params.asOf)?.trim() ?? "";
  let asOf: string | null = null;
  if (asOfRaw !== "") {
    if (isIsoDate(asOfRaw)) asOf = asOfRaw;
    else notices.push(`Ignored the as-of date “${asOfRaw}”: expected a date such as 2025-11-01.`);
  }

  return { slugs: isDefault ? [...DEFAULT_COMPARE_SLUGS] : slugs, asOf, notices, isDefault };
}

/** `/compare?c=meta&c=openai&asOf=2025-11-01` (asOf omitted when null). */
export function buildCompareHref(state: CompareState): string {
  const search = new URLSearchParams();
  for (const slug of state.slugs) search.append("c", slug);
  if (state.asOf) search.set("asOf", state.asOf);
  const query = search.toString();
  return query ? `/compare?${query}` : "/compare";
}

export function withSlugAdded(state: CompareState, slug: string): CompareState {
  if (state.slugs.includes(slug) || state.slugs.length >= MAX_COMPARED) return state;
  return { ...state, slugs: [...state.slugs, slug] };
}

export function withSlugRemoved(state: CompareState, slug: string): CompareState {
  return { ...state, slugs: state.slugs.filter((s) => s !== slug) };
}

export function withAsOf(state: CompareState, asOf: string | null): CompareState {
  return { ...state, asOf };
}

/** Today's date as YYYY-MM-DD in UTC. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
