/** The suggestion box's data: a small, flat shape the browser gets from /api/suggest. */
import { entityHref, TYPE_LABELS } from "./entities";

export interface Suggestion {
  href: string;
  label: string;
  detail: string;
}

export interface SuggestionGroup {
  title: string;
  items: Suggestion[];
}

export interface SuggestResponse {
  query: string;
  fuzzy: boolean;
  groups: SuggestionGroup[];
}

export interface SearchAllLike {
  fuzzy: boolean;
  groups: ReadonlyArray<{ hits: ReadonlyArray<{ matchedAlias: string; language: string; entity: { __typename: string; slug: string; name: string } }> }>;
  events: ReadonlyArray<{ event: { id: string; title: string; type: string } }>;
  sources: ReadonlyArray<{ source: { id: string; title: string; language: string } }>;
}

const TYPE_GROUP: Record<string, string> = Object.fromEntries(Object.entries(TYPE_LABELS).map(([k, v]) => [k, v.many]));

/** Entity groups in the API's order, then events, then sources; entities without a page are left out. */
export function toSuggestions(query: string, data: SearchAllLike): SuggestResponse {
  const groups: SuggestionGroup[] = [];
  for (const group of data.groups) {
    const items = group.hits.flatMap((hit) => {
      const href = entityHref(hit.entity.__typename, hit.entity.slug);
      if (!href) return [];
      const detail = hit.matchedAlias !== hit.entity.name ? `“${hit.matchedAlias}”` : (TYPE_LABELS[hit.entity.__typename]?.one ?? "");
      return [{ href, label: hit.entity.name, detail }];
    });
    const title = TYPE_GROUP[group.hits[0]?.entity.__typename ?? ""] ?? "Other";
    if (items.length) groups.push({ title, items });
  }
  if (data.events.length)
    groups.push({ title: "Events", items: data.events.map(({ event }) => ({ href: `/events/${encodeURIComponent(event.id)}`, label: event.title, detail: "" })) });
  if (data.sources.length)
    groups.push({
      title: "Sources",
      items: data.sources.map(({ source }) => ({ href: `/sources/${encodeURIComponent(source.id)}`, label: source.title, detail: source.language })),
    });
  return { query, fuzzy: data.fuzzy, groups };
}

/** «matched» words in an API snippet → text and highlighted parts. */
export function snippetParts(snippet: string): Array<{ text: string; hit: boolean }> {
  return snippet
    .split(/(«[^»]*»)/)
    .filter(Boolean)
    .map((part) => (part.startsWith("«") && part.endsWith("»") ? { text: part.slice(1, -1), hit: true } : { text: part, hit: false }));
}
