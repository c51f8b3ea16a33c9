import { z } from "zod";
import { parseFuzzyDate } from "../common/fuzzy-date";

/**
 * The claim-bearing shapes of the knowledge base: citations, dated claims and cited values. The
 * schema accepts a claim written without its citation (a bare "2025", a bare "released") so that the
 * claim checker (kb-claims.ts) can name it, with its file and line, as an uncited claim.
 */

export const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be kebab-case (a-z, 0-9, single dashes)");

export const fuzzyDateCode = z.union([z.string(), z.number()]).transform((value, ctx) => {
  try {
    return parseFuzzyDate(value).code;
  } catch (error) {
    ctx.addIssue({ code: "custom", message: (error as Error).message });
    return z.NEVER;
  }
});

export const citationInput = z
  .object({
    source: slug,
    quote: z.string().min(2),
    /** The outlet or organization the article credits for the fact ("Secondo CNBC" → cnbc). */
    attributedTo: slug.nullish(),
    stance: z.enum(["supports", "denies"]).default("supports"),
    /** The quote is the concerned party's own statement: an announcement, a spokesperson, a memo. */
    official: z.boolean().default(false),
  })
  .strict();
export type CitationInput = z.infer<typeof citationInput>;

export const citations = z.array(citationInput).min(1, "needs at least one citation");

/**
 * A date that is a claim: when something happened, began, ended, was released, became public.
 * `quoted` is the wording that dates it in one of the claim's quotes ("il 22 ottobre", "il mese
 * scorso", "今年夏天"); `basis` says, in our words, how relative wording was resolved against the
 * article's date; `bound: by` when the source only says it had happened by then ("former CEO").
 */
export const datedClaimInput = z
  .object({
    date: fuzzyDateCode,
    quoted: z.string().min(1).optional(),
    basis: z.string().min(1).optional(),
    bound: z.literal("by").optional(),
    citations: citations.optional(),
  })
  .strict();
export type DatedClaimInput = z.infer<typeof datedClaimInput>;

/** A bare code is accepted only to be reported as uncited. */
export const datedClaim = z.union([fuzzyDateCode.transform((date): DatedClaimInput => ({ date })), datedClaimInput]);

/** A value that is a claim ({ value, citations }); `noClaim` values (unknown) need no citation. */
export function citedValue<const T extends readonly [string, ...string[]]>(values: T) {
  const value = z.enum(values);
  return z.union([value.transform((v) => ({ value: v, citations: [] as CitationInput[] })), z.object({ value, citations }).strict()]);
}

export const qualifiers = ["exact", "approximate", "at_least", "at_most", "range"] as const;
