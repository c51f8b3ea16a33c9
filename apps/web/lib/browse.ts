/** URL state of browse pages: filters, sort and cursor paging live in the query string. */
import type { SearchParamRecord } from "./compareUrl";
import { isIsoDate, paramValue, paramValues } from "./compareUrl";

export const PAGE_SIZE = 25;

/** Every value of a repeated or comma-separated parameter, trimmed, empty ones dropped. */
export function listParam(params: SearchParamRecord, name: string): string[] {
  return paramValues(params[name])
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter(Boolean);
}

/** Values of `name` that belong to `allowed` (enum filters); others are ignored. */
export function enumListParam<T extends string>(params: SearchParamRecord, name: string, allowed: readonly T[]): T[] {
  return listParam(params, name).filter((v): v is T => (allowed as readonly string[]).includes(v));
}

export function textParam(params: SearchParamRecord, name: string, maxLength = 100): string | null {
  const value = paramValue(params[name])?.trim().slice(0, maxLength);
  return value ? value : null;
}

export function dateParam(params: SearchParamRecord, name: string): string | null {
  const value = textParam(params, name, 10);
  return value && isIsoDate(value) ? value : null;
}

export function oneOfParam<T extends string>(params: SearchParamRecord, name: string, allowed: readonly T[], fallback: T): T {
  const value = textParam(params, name);
  return value && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

/**
 * Relay connections page forward only. The cursors of the pages before this one travel in `trail`
 * (oldest first), so "previous" is a plain link too.
 */
export interface Paging {
  after: string | null;
  trail: string[];
}

export function pagingFrom(params: SearchParamRecord): Paging {
  return { after: textParam(params, "after", 200), trail: listParam(params, "trail").slice(-50) };
}

export type QueryState = Record<string, string | readonly string[] | null | undefined>;

/** `path?…` from a state object: arrays repeat the key, empty values are left out. */
export function hrefWith(path: string, state: QueryState): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(state)) {
    if (value === null || value === undefined || value === "") continue;
    if (typeof value === "string") search.set(key, value);
    else for (const v of value) search.append(key, v);
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}

/** Links to the next and previous pages, keeping the filters. */
export function pageLinks(path: string, filters: QueryState, paging: Paging, endCursor: string | null, hasNextPage: boolean) {
  const next =
    hasNextPage && endCursor
      ? hrefWith(path, { ...filters, after: endCursor, trail: paging.after ? [...paging.trail, paging.after].join(",") || null : paging.trail.join(",") || null })
      : null;
  const previous =
    paging.after === null ? null : hrefWith(path, { ...filters, after: paging.trail[paging.trail.length - 1] ?? null, trail: paging.trail.slice(0, -1).join(",") || null });
  const pageNumber = paging.after === null ? 1 : paging.trail.length + 2;
  return { next, previous, pageNumber };
}
