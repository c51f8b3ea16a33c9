import { z } from "zod";
import { parseFuzzyDate } from "../common/fuzzy-date";

/** The YAML shapes of prisma/kb/*.yaml (documented in prisma/kb/FORMAT.md). */

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be kebab-case (a-z, 0-9, single dashes)");

const fuzzyDateCode = z.union([z.string(), z.number()]).transform((value, ctx) => {
  try {
    return parseFuzzyDate(value).code;
  } catch (error) {
    ctx.addIssue({ code: "custom", message: (error as Error).message });
    return z.NEVER;
  }
});

/** A fuzzy date with optional original wording: "2026-Q1" or { date: "2026-Q1", text: "primo trimestre del 2026" }. */
export const fuzzyDateInput = z.union([
  fuzzyDateCode.transform((code) => ({ date: code, text: undefined as string | undefined })),
  z.object({ date: fuzzyDateCode, text: z.string().min(1).optional() }).strict(),
]);
export type FuzzyDateInput = z.infer<typeof fuzzyDateInput>;

export const citationInput = z
  .object({
    source: slug,
    quote: z.string().min(2),
    attributedTo: slug.nullish(),
    stance: z.enum(["supports", "denies"]).default("supports"),
  })
  .strict();
export type CitationInput = z.infer<typeof citationInput>;

const citations = z.array(citationInput).min(1, "needs at least one citation");

export const aliasInput = z
  .object({
    name: z.string().min(1),
    language: z.string().regex(/^(und|[a-z]{2,3}(-[A-Za-z0-9]{2,8})*)$/, "must be a BCP 47 tag such as it, zh-Hans, id, und"),
    kind: z.enum(["official", "abbreviation", "translation", "transliteration", "nickname", "codename", "former"]),
    source: slug.nullish(),
  })
  .strict();

export const sourceInput = z
  .object({
    key: slug,
    file: z.string().min(1),
    title: z.string().min(1),
    url: z.string().url().nullish(),
    publisher: slug.nullish(),
    language: z.string().min(2),
    publishedOn: fuzzyDateCode,
    publishedOnBasis: z.string().nullish(),
    remove: z.array(z.string().min(1)).default([]),
  })
  .strict();

export const organizationInput = z
  .object({
    slug,
    name: z.string().min(1),
    kind: z.enum(["company", "lab", "team", "division", "investor", "media_outlet", "university", "government", "other"]),
    parent: slug.nullish(),
    country: z.string().length(2).nullish(),
    description: z.string().nullish(),
    aliases: z.array(aliasInput).default([]),
  })
  .strict();

export const modelInput = z
  .object({
    slug,
    name: z.string().min(1),
    kind: z.enum(["model", "product"]),
    family: slug.nullish(),
    modality: z.enum(["text", "image", "video", "image_video", "multimodal", "world_model", "other"]),
    status: z.enum(["rumored", "in_development", "announced", "released", "delayed", "shelved"]),
    access: z.enum(["open_weights", "closed", "api_only", "unknown"]),
    developer: slug.nullish(),
    owner: slug.nullish(),
    releasedOn: fuzzyDateInput.nullish(),
    description: z.string().nullish(),
    aliases: z.array(aliasInput).default([]),
    lineage: z
      .array(
        z
          .object({
            relation: z.enum(["distilled_from", "successor_of", "based_on", "competes_with"]),
            model: slug,
            citations,
          })
          .strict(),
      )
      .default([]),
  })
  .strict();

export const personInput = z
  .object({
    slug,
    name: z.string().min(1),
    description: z.string().nullish(),
    aliases: z.array(aliasInput).default([]),
    roles: z
      .array(
        z
          .object({
            organization: slug,
            title: z.string().min(1),
            start: fuzzyDateInput.nullish(),
            end: fuzzyDateInput.nullish(),
            citations,
          })
          .strict(),
      )
      .default([]),
  })
  .strict();

const eventTypes = [
  "release", "release_plan", "delay", "cancellation", "licensing_change", "distillation_report", "acquisition",
  "investment", "hire", "departure", "appointment", "reorganization", "layoff", "capex_guidance", "financing",
  "budget_reallocation", "data_center", "partnership", "product_launch", "ranking", "policy", "internal_conflict",
  "statement", "founding", "publication",
] as const;

export const figureInput = z
  .object({
    kind: z.enum(["money", "count", "percent", "date", "duration"]),
    metric: z.string().regex(/^[a-z][a-z0-9_]*$/, "must be snake_case"),
    value: z.number().nullish(),
    valueMax: z.number().nullish(),
    unit: z.string().nullish(),
    date: fuzzyDateInput.nullish(),
    text: z.string().min(1),
    effectiveOn: fuzzyDateInput.nullish(),
    citations,
  })
  .strict()
  .superRefine((figure, ctx) => {
    if (figure.kind === "date" && !figure.date) ctx.addIssue({ code: "custom", message: "a date figure needs `date`" });
    if (figure.kind !== "date" && figure.value == null)
      ctx.addIssue({ code: "custom", message: `a ${figure.kind} figure needs a numeric \`value\`` });
    if (figure.valueMax != null && figure.value != null && figure.valueMax < figure.value)
      ctx.addIssue({ code: "custom", message: "valueMax is below value" });
  });

export const eventInput = z
  .object({
    key: slug,
    type: z.enum(eventTypes),
    title: z.string().min(1),
    summary: z.string().nullish(),
    occurredOn: fuzzyDateInput.nullish(),
    status: z.enum(["reported", "confirmed", "denied", "disputed", "retracted"]).default("reported"),
    firstReportedOn: fuzzyDateCode.nullish(),
    firstReportedBasis: z.string().nullish(),
    participants: z
      .array(z.object({ entity: slug, role: z.string().regex(/^[a-z][a-z0-9_]*$/, "must be snake_case") }).strict())
      .min(1, "needs at least one participant"),
    figures: z.array(figureInput).default([]),
    citations,
  })
  .strict();

export type SourceInput = z.infer<typeof sourceInput>;
export type OrganizationInput = z.infer<typeof organizationInput>;
export type ModelInput = z.infer<typeof modelInput>;
export type PersonInput = z.infer<typeof personInput>;
export type EventInput = z.infer<typeof eventInput>;
export type FigureInput = z.infer<typeof figureInput>;
export type AliasInput = z.infer<typeof aliasInput>;
