import { z } from "zod";
import { citations, citedValue, datedClaim, fuzzyDateCode, qualifiers, slug } from "./kb-claims-schema";

export { citationInput, type CitationInput, type DatedClaimInput } from "./kb-claims-schema";

/** The YAML shapes of prisma/kb/*.yaml (documented in prisma/kb/FORMAT.md). */

export const aliasInput = z
  .object({
    name: z.string().min(1),
    language: z.string().regex(/^(und|[a-z]{2,3}(-[A-Za-z0-9]{2,8})*)$/, "must be a BCP 47 tag such as it, zh-Hans, id, und"),
    kind: z.enum(["official", "abbreviation", "translation", "transliteration", "nickname", "codename", "former", "misspelling"]),
    source: slug.nullish(),
    /** The name also names someone or something else; `note` must say who or what. */
    ambiguous: z.boolean().default(false),
    note: z.string().min(1).nullish(),
  })
  .strict()
  .refine((alias) => !alias.ambiguous || alias.note, { error: "an ambiguous alias needs a `note` saying what else it names", path: ["note"] });

export const sourceInput = z
  .object({
    key: slug,
    file: z.string().min(1),
    title: z.string().min(1),
    url: z.url().nullish(),
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

export const lineageRelations = ["distilled_from", "successor_of", "based_on", "competes_with"] as const;
export const modelStatuses = ["rumored", "in_development", "announced", "released", "delayed", "shelved", "unknown"] as const;
export const modelAccesses = ["open_weights", "closed", "api_only", "unknown"] as const;

export const modelInput = z
  .object({
    slug,
    name: z.string().min(1),
    kind: z.enum(["model", "product"]),
    family: slug.nullish(),
    modality: z.enum(["text", "image", "video", "image_video", "multimodal", "world_model", "other"]),
    status: citedValue(modelStatuses),
    access: citedValue(modelAccesses),
    developer: slug.nullish(),
    owner: slug.nullish(),
    releasedOn: datedClaim.nullish(),
    description: z.string().nullish(),
    aliases: z.array(aliasInput).default([]),
    lineage: z.array(z.object({ relation: z.enum(lineageRelations), model: slug, citations }).strict()).default([]),
  })
  .strict();

export const productInput = z
  .object({
    slug,
    name: z.string().min(1),
    kind: z.enum(["platform", "app", "device", "chip"]),
    owner: slug.nullish(),
    developer: slug.nullish(),
    description: z.string().nullish(),
    aliases: z.array(aliasInput).default([]),
  })
  .strict();

export const facilityInput = z
  .object({
    slug,
    name: z.string().min(1),
    kind: z.enum(["data_center"]),
    owner: slug.nullish(),
    country: z.string().length(2).nullish(),
    location: z
      .object({ value: z.string().min(1), citations })
      .strict()
      .nullish(),
    description: z.string().nullish(),
    aliases: z.array(aliasInput).default([]),
  })
  .strict();

export const roleInput = z
  .object({
    organization: slug,
    /** Omitted when the sources do not give one: stored as "Title not reported". */
    title: z.string().min(1).optional(),
    start: datedClaim.nullish(),
    /** Omitted: current as far as the sources say. */
    end: datedClaim.nullish(),
    citations,
  })
  .strict();

export const personInput = z
  .object({
    slug,
    name: z.string().min(1),
    description: z.string().nullish(),
    aliases: z.array(aliasInput).default([]),
    /** In the order the person held them (position breaks ties between equally fuzzy dates). */
    roles: z.array(roleInput).default([]),
  })
  .strict();

export const eventTypes = [
  "release",
  "release_plan",
  "delay",
  "cancellation",
  "licensing_change",
  "distillation_report",
  "acquisition",
  "investment",
  "hire",
  "departure",
  "appointment",
  "reorganization",
  "layoff",
  "capex_guidance",
  "financing",
  "budget_reallocation",
  "data_center",
  "partnership",
  "product_launch",
  "ranking",
  "policy",
  "internal_conflict",
  "statement",
  "founding",
  "publication",
  "replication",
] as const;

export const figureInput = z
  .object({
    kind: z.enum(["money", "count", "percent", "date", "duration"]),
    metric: z.string().regex(/^[a-z][a-z0-9_]*$/, "must be snake_case"),
    qualifier: z.enum(qualifiers).default("exact"),
    value: z.number().nullish(),
    valueMax: z.number().nullish(),
    unit: z.string().nullish(),
    date: fuzzyDateCode.nullish(),
    text: z.string().min(1),
    effectiveOn: datedClaim.nullish(),
    publicSince: datedClaim.nullish(),
    citations,
  })
  .strict()
  .superRefine((figure, ctx) => {
    const issue = (message: string, path: string) => ctx.addIssue({ code: "custom", message, path: [path] });
    if (figure.kind === "date" && !figure.date) issue("a date figure needs `date`", "date");
    if (figure.kind !== "date" && figure.value == null) issue(`a ${figure.kind} figure needs a numeric \`value\``, "value");
    if (figure.qualifier === "range" && figure.valueMax == null) issue("a range needs `valueMax`", "valueMax");
    if (figure.qualifier !== "range" && figure.valueMax != null) issue("only a range (qualifier: range) has `valueMax`", "valueMax");
    if (figure.valueMax != null && figure.value != null && figure.valueMax <= figure.value) issue("valueMax must exceed value", "valueMax");
    if (figure.kind === "percent" && figure.unit !== "%") issue('percent figures use the unit "%"', "unit");
  });

/** A field the seeder computes: writing it by hand is refused with the reason. */
const computed = (reason: string) => z.never({ error: reason }).optional();

export const eventInput = z
  .object({
    key: slug,
    type: z.enum(eventTypes),
    title: z.string().min(1),
    summary: z.string().nullish(),
    occurredOn: datedClaim.nullish(),
    /** When a citing source says the fact became public earlier than its own date. */
    publicSince: datedClaim.nullish(),
    participants: z.array(z.object({ entity: slug, role: z.string().regex(/^[a-z][a-z0-9_]*$/, "must be snake_case") }).strict()).min(1, "needs at least one participant"),
    figures: z.array(figureInput).default([]),
    citations,
    status: computed("status is computed from the citations (docs/trust.md): remove it"),
    firstReportedOn: computed("firstReportedOn is computed from the citing sources and `publicSince` (docs/trust.md): remove it"),
    firstReportedBasis: computed("firstReportedBasis is computed (docs/trust.md): give `publicSince` with its quote instead"),
  })
  .strict();

export type SourceInput = z.infer<typeof sourceInput>;
export type OrganizationInput = z.infer<typeof organizationInput>;
export type ModelInput = z.infer<typeof modelInput>;
export type ProductInput = z.infer<typeof productInput>;
export type FacilityInput = z.infer<typeof facilityInput>;
export type PersonInput = z.infer<typeof personInput>;
export type RoleInput = z.infer<typeof roleInput>;
export type EventInput = z.infer<typeof eventInput>;
export type FigureInput = z.infer<typeof figureInput>;
export type AliasInput = z.infer<typeof aliasInput>;
