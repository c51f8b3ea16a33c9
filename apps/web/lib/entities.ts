/** Where an entity's page lives, from its GraphQL __typename. */

const ROUTES: Record<string, string> = {
  Company: "companies",
  Lab: "labs",
  AiModel: "models",
  Person: "people",
};

export function entityHref(typename: string | undefined, slug: string): string | null {
  const route = typename ? ROUTES[typename] : undefined;
  return route ? `/${route}/${encodeURIComponent(slug)}` : null;
}

export const TYPE_LABELS: Record<string, { one: string; many: string }> = {
  Company: { one: "Company", many: "Companies" },
  Lab: { one: "Lab", many: "Labs and teams" },
  AiModel: { one: "Model", many: "Models and products" },
  Person: { one: "Person", many: "People" },
  MediaOutlet: { one: "Media outlet", many: "Media outlets" },
  Institution: { one: "Institution", many: "Institutions" },
};

export const TYPE_ORDER = ["Company", "Lab", "AiModel", "Person", "MediaOutlet", "Institution"];

/** Group items by __typename in TYPE_ORDER, unknown types last; order inside groups is kept. */
export function groupByType<T>(items: readonly T[], typeOf: (item: T) => string): Array<{ type: string; items: T[] }> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const type = typeOf(item);
    const list = groups.get(type) ?? [];
    list.push(item);
    groups.set(type, list);
  }
  const rank = (t: string) => {
    const i = TYPE_ORDER.indexOf(t);
    return i === -1 ? TYPE_ORDER.length : i;
  };
  return [...groups.entries()].sort(([a], [b]) => rank(a) - rank(b)).map(([type, list]) => ({ type, items: list }));
}

/** Group aliases by language tag, languages in first-seen order. */
export function groupByLanguage<T extends { language: string }>(aliases: readonly T[]): Array<{ language: string; items: T[] }> {
  const groups = new Map<string, T[]>();
  for (const alias of aliases) {
    const list = groups.get(alias.language) ?? [];
    list.push(alias);
    groups.set(alias.language, list);
  }
  return [...groups.entries()].map(([language, items]) => ({ language, items }));
}
