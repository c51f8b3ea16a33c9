/**
 * The canonical record form of an answer, and a field-by-field comparison. Answers are compared
 * in Orchard's shape (PostGraphile's are reshaped first, see postgraphile/to-orchard.ts).
 * Canonical form: object keys sorted, numbers rounded to 12 significant digits, and lists whose
 * order is not part of Orchard's contract sorted by a key (UNORDERED). Every other list keeps its
 * order: events newest first, search hits best first, compared companies as asked, talent flows
 * oldest first, roles oldest first, citations by source, figures by position.
 */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

type SortKey = (item: JsonValue) => string;
const bySlug: SortKey = (item) => String((item as { slug?: string }).slug);

/** Per request: list paths ("[]" stands for any index) whose order Orchard does not promise. */
export const UNORDERED: Record<string, Record<string, SortKey>> = {
  // Company.labs come in the order of a recursive SQL walk of the organization tree.
  company: { "company.labs": bySlug },
  compare: { "compare.companies[].labs": bySlug },
};

export function canonical(value: unknown, unordered: Record<string, SortKey> = {}, path = ""): JsonValue {
  if (Array.isArray(value)) {
    const items = value.map((item) => canonical(item, unordered, `${path}[]`));
    const key = unordered[path];
    return key ? [...items].sort((a, b) => key(a).localeCompare(key(b))) : items;
  }
  if (value !== null && typeof value === "object") {
    const entries = Object.keys(value)
      .sort()
      .map((name): [string, JsonValue] => [name, canonical((value as Record<string, unknown>)[name], unordered, path ? `${path}.${name}` : name)]);
    return Object.fromEntries(entries);
  }
  if (typeof value === "number") return Number(value.toPrecision(12));
  if (value === undefined) return null;
  return value as JsonValue;
}

export interface Difference {
  path: string;
  expected: unknown;
  actual: unknown;
}

const kindOf = (value: unknown) => (value === null ? "null" : Array.isArray(value) ? "list" : typeof value);

/** Every field where `actual` differs from `expected` (both canonical), with its path. */
export function differences(expected: JsonValue, actual: JsonValue, path = ""): Difference[] {
  if (kindOf(expected) !== kindOf(actual)) return [{ path, expected, actual }];
  if (Array.isArray(expected) && Array.isArray(actual)) {
    const found: Difference[] = [];
    if (expected.length !== actual.length) found.push({ path: `${path} (length)`, expected: expected.length, actual: actual.length });
    for (let i = 0; i < Math.min(expected.length, actual.length); i++) found.push(...differences(expected[i], actual[i], `${path}[${i}]`));
    return found;
  }
  if (expected !== null && typeof expected === "object") {
    const e = expected as { [key: string]: JsonValue };
    const a = actual as { [key: string]: JsonValue };
    const names = [...new Set([...Object.keys(e), ...Object.keys(a)])].sort();
    return names.flatMap((name) => {
      const child = path ? `${path}.${name}` : name;
      if (!(name in e)) return [{ path: child, expected: "(no such field)", actual: a[name] }];
      if (!(name in a)) return [{ path: child, expected: e[name], actual: "(missing)" }];
      return differences(e[name], a[name], child);
    });
  }
  return expected === actual ? [] : [{ path, expected, actual }];
}

const show = (value: unknown) => {
  const text = JSON.stringify(value);
  return text === undefined ? "undefined" : text.length > 120 ? `${text.slice(0, 117)}...` : text;
};

/** A readable list of differences: one line per field, at most `limit` lines. */
export function formatDifferences(found: Difference[], names: { expected: string; actual: string }, limit = 20): string {
  const lines = found
    .slice(0, limit)
    .map((d) => `  ${d.path || "(whole answer)"}:\n    ${names.expected.padEnd(12)} ${show(d.expected)}\n    ${names.actual.padEnd(12)} ${show(d.actual)}`);
  if (found.length > limit) lines.push(`  … and ${found.length - limit} more differences`);
  return lines.join("\n");
}

/** The `data` of a GraphQL response body; an answer with errors (or none) is a failure. */
export function answerData(body: unknown, contender: string): unknown {
  const response = body as { data?: unknown; errors?: { message: string }[] };
  if (response?.errors?.length) throw new Error(`${contender} answered with errors: ${response.errors.map((e) => e.message).join("; ")}`);
  if (response?.data === undefined) throw new Error(`${contender} answered without data: ${show(body)}`);
  return response.data;
}
