import { describeFuzzyDate, parseFuzzyDate, type FuzzyDate } from "../common/fuzzy-date";
import type { Prisma } from "../db/prisma";
import { evidenceOf, type CitationEvidence } from "../modules/event/confidence";
import type { CitingSource, StatedPublicDate } from "./first-reported";
import { normalizeQuote } from "./kb-loader";
import type { CitationInput, DatedClaimInput } from "./kb-schema";

export type Tx = Prisma.TransactionClient;
export const upper = <T extends string>(value: T) => value.toUpperCase() as Uppercase<T>;

export interface SeedSummary {
  sources: number;
  organizations: number;
  models: number;
  products: number;
  facilities: number;
  people: number;
  roles: number;
  aliases: number;
  events: number;
  figures: number;
  citations: number;
  mentions: number;
}

export interface SeededSource {
  id: number;
  key: string;
  text: string;
  published: FuzzyDate;
  /** Slug of the publisher, when known. */
  publisher: string | null;
}

/** What the writers share inside the seeding transaction. */
export class SeedContext {
  readonly summary: SeedSummary = {
    sources: 0,
    organizations: 0,
    models: 0,
    products: 0,
    facilities: 0,
    people: 0,
    roles: 0,
    aliases: 0,
    events: 0,
    figures: 0,
    citations: 0,
    mentions: 0,
  };
  readonly entityIds = new Map<string, number>();
  readonly sources = new Map<string, SeededSource>();

  constructor(readonly tx: Tx) {}

  id(slug: string): number {
    const found = this.entityIds.get(slug);
    if (found === undefined) throw new Error(`unknown entity "${slug}"`);
    return found;
  }

  source(key: string): SeededSource {
    const found = this.sources.get(key);
    if (!found) throw new Error(`unknown source "${key}"`);
    return found;
  }

  /** Citation rows (without their owner column); `claim` names the claim of the owner they back. */
  citationRows(citations: CitationInput[], claim: string | null = null) {
    return citations.map((citation) => {
      const source = this.source(citation.source);
      const quote = normalizeQuote(citation.quote);
      this.summary.citations += 1;
      return {
        sourceId: source.id,
        quote,
        quoteStart: source.text.indexOf(quote),
        attributedToId: citation.attributedTo ? this.id(citation.attributedTo) : null,
        stance: upper(citation.stance),
        official: citation.official,
        claim,
      };
    });
  }

  /** The distinct sources of some citations, for first-reported dates. */
  citingSources(citations: CitationInput[]): CitingSource[] {
    const keys = [...new Set(citations.map((c) => c.source))];
    return keys.map((key) => ({ key, published: this.source(key).published }));
  }

  /** A stated public date: the citation that quotes its dating wording states it (else its first). */
  statedPublicDate(date: DatedClaimInput | null | undefined): StatedPublicDate | null {
    const quoted = date?.quoted?.normalize("NFKC");
    const stating = date?.citations?.find((c) => quoted && normalizeQuote(c.quote).includes(quoted)) ?? date?.citations?.[0];
    if (!date || !stating) return null;
    return { date: parseFuzzyDate(date.date), sourceKey: stating.source, quote: normalizeQuote(stating.quote), basis: date.basis };
  }

  /** Confidence inputs (the origin rule is modules/event/confidence.ts evidenceOf). */
  evidence(citations: CitationInput[]): CitationEvidence[] {
    return evidenceOf(
      citations.map((citation) => ({
        source: citation.source,
        stance: upper(citation.stance),
        attributedTo: citation.attributedTo ?? null,
        official: citation.official,
        publisher: this.source(citation.source).publisher,
      })),
    );
  }

  /** Evidence with the day each piece became public (its source's last day), for assessments over time. */
  datedEvidence(citations: CitationInput[]): Array<{ evidence: CitationEvidence; day: Date }> {
    const evidence = this.evidence(citations);
    return citations.map((citation, index) => ({ evidence: evidence[index], day: this.source(citation.source).published.end }));
  }
}

/**
 * Stored columns of a dated claim. The text is always our English wording ("end of 2025", "by June
 * 2025"), never the source's fragment ("即将离职", "il mese scorso"): the quote keeps the original,
 * and a role's single stored day cannot rebuild a four-month "end of 2025" on its own.
 */
export function dateColumns(input: DatedClaimInput | null | undefined) {
  if (!input) return { text: null, date: null, isUpperBound: false };
  const date = parseFuzzyDate(input.date);
  const isUpperBound = input.bound === "by";
  return { text: `${isUpperBound ? "by " : ""}${describeFuzzyDate(date)}`, date, isUpperBound };
}

/** The earliest publication day (last day of its period) among the citations' sources. */
export function earliestDay(context: SeedContext, citations: CitationInput[]): Date | null {
  const days = context.citingSources(citations).map((source) => source.published.end.getTime());
  return days.length > 0 ? new Date(Math.min(...days)) : null;
}
