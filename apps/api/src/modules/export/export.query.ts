import { z } from "zod";
import { EventStatus, EventType } from "../../common/enums";
import { badUserInput } from "../../common/global-id";
import { exportFilters, type ExportFilter, type ExportResource, type FilterName } from "./export.service";

/**
 * The query string of an export, checked with zod before anything reaches the database: enum values
 * by the enum's own keys (`toString` is not an event type), finite numbers, real calendar dates
 * (2025-02-30 is refused, not read as March 2), and no NUL bytes or lone surrogates anywhere.
 */

const MAX_VALUES = 100;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LANGUAGE = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,3}$/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const text = z
  .string()
  .max(2_000, "is too long")
  .refine((value) => !value.includes("\u0000"), "contains a NUL character")
  .refine((value) => !LONE_SURROGATE.test(value), "is not valid Unicode text (lone surrogate)");

/** One value: `?x=a`; repeated `?x=a&x=b` arrives as an array, and is refused where one value is expected. */
const single = z.union(
  [
    text,
    z
      .array(text)
      .length(1)
      .transform(([value]) => value),
  ],
  { error: "must be given once" },
);

/** Comma-separated or repeated (`types=LAYOFF,HIRE` or `types=LAYOFF&types=HIRE`). */
const list = <T extends z.ZodType<string, string>>(item: T) =>
  z
    .union([text, z.array(text)])
    .transform((raw) =>
      (Array.isArray(raw) ? raw : [raw])
        .flatMap((value) => value.split(","))
        .map((value) => value.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item).max(MAX_VALUES, `takes at most ${MAX_VALUES} values`))
    .transform((values) => (values.length ? values : null));

const enumKey = <T extends Record<string, string>>(values: T, name: string) =>
  z.string().superRefine((value, context) => {
    if (!Object.hasOwn(values, value))
      context.addIssue({ code: "custom", message: `has "${value.slice(0, 40)}", which is not ${name} (one of ${Object.keys(values).join(", ")})` });
  });

/** A real day of the Gregorian calendar, from year 1000 on. */
const day = single.transform((value, context) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(0) : null;
  // setUTCFullYear, not Date.UTC, which reads the years 0–99 as 1900–1999.
  date?.setUTCFullYear(Number(match?.[1]), Number(match?.[2]) - 1, Number(match?.[3]));
  if (!match || !date || date.getUTCFullYear() !== Number(match[1]) || date.getUTCMonth() !== Number(match[2]) - 1 || date.getUTCDate() !== Number(match[3])) {
    context.addIssue({ code: "custom", message: `must be a date (YYYY-MM-DD) that exists; got "${value.slice(0, 40)}"` });
    return z.NEVER;
  }
  if (date.getUTCFullYear() < 1000) {
    context.addIssue({ code: "custom", message: "must be a date from the year 1000 on" });
    return z.NEVER;
  }
  return date;
});

const FILTERS = {
  types: list(enumKey(EventType, "an event type")),
  entities: list(z.string().max(100).regex(SLUG, "must be slugs (lower-case words joined by hyphens)")),
  from: day,
  to: day,
  status: list(enumKey(EventStatus, "an event status")),
  minConfidence: single
    .pipe(z.string().regex(/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/, "must be a number"))
    .transform(Number)
    .pipe(z.number().min(0, "must be between 0 and 1").max(1, "must be between 0 and 1")),
  language: single.pipe(z.string().regex(LANGUAGE, "must be a language tag (BCP 47, like en or zh-Hant)")),
  asOf: day,
} satisfies Record<FilterName, z.ZodType>;

/**
 * Reads the query string into a filter, refusing what the resource does not take: a notebook that
 * passes `types=` to /export/sources learns so instead of silently getting everything.
 */
export function parseExportFilter(resource: ExportResource, query: Record<string, unknown>): ExportFilter {
  const allowed = exportFilters(resource);
  for (const name of Object.keys(query)) {
    if (!allowed.includes(name as FilterName))
      throw badUserInput(`/export/${resource} takes the parameters ${allowed.join(", ")}; not \`${name.slice(0, 40)}\``, { argument: name.slice(0, 40) });
  }
  const filter: ExportFilter = { types: null, entities: null, from: null, to: null, status: null, minConfidence: null, language: null, asOf: null };
  for (const name of allowed) {
    if (query[name] == null) continue;
    const parsed = FILTERS[name].safeParse(query[name]);
    if (!parsed.success) throw badUserInput(`\`${name}\` ${parsed.error.issues[0].message}`, { argument: name });
    (filter as Record<string, unknown>)[name] = parsed.data;
  }
  return filter;
}
