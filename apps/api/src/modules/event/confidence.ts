/**
 * An event's confidence and status, derived from its citations (the rule is documented in
 * docs/trust.md). Evidence is counted per independent origin, not per quote: the outlet an article
 * attributes the fact to ("according to CNBC"), else the article's publisher, else the article
 * itself. Several quotes from one origin are one piece of evidence.
 *
 * - A supporting origin weighs 0.5; 0.6 when the article names the outlet it relies on; 0.9 when it
 *   is the concerned party's own statement (an announcement, a spokesperson, a memo) relayed by an
 *   article whose publisher is known. An official statement relayed by an unidentified publisher
 *   cannot be checked, so it weighs like any report.
 * - Support combines as independent evidence: 1 − Π(1 − weight).
 * - Each denying origin multiplies the result by 0.85, or by 0.7 when the denial is official.
 * - Status: DENIED when nothing supports and something denies; DISPUTED when both; CONFIRMED when
 *   two independent origins support it or an official statement does; REPORTED otherwise.
 *
 * So a REPORTED event never exceeds 0.6 and a CONFIRMED one (undisputed) is at least 0.75.
 */
export interface CitationEvidence {
  /** The article the quote is in. */
  sourceId: number | string;
  stance: "SUPPORTS" | "DENIES";
  /** The article names the outlet it relies on. */
  attributed: boolean;
  /** Who the evidence independently comes from (attributed outlet, publisher); defaults to the article. */
  origin?: string;
  /** The concerned party's own statement. */
  official?: boolean;
  /** False when the article's publisher is unknown. */
  publisherKnown?: boolean;
}

export type DerivedStatus = "REPORTED" | "CONFIRMED" | "DISPUTED" | "DENIED";

export interface EvidenceAssessment {
  confidence: number;
  status: DerivedStatus;
  /** Distinct origins that support the fact. */
  supportingOrigins: number;
  /** Distinct origins that deny it. */
  denyingOrigins: number;
  /** An official statement from an identified publisher supports it. */
  officiallyStated: boolean;
}

export const WEIGHTS = {
  report: 0.5,
  attributedReport: 0.6,
  officialStatement: 0.9,
  denial: 0.15,
  officialDenial: 0.3,
} as const;

/** Confidence at or above which two independent origins always put an undisputed fact. */
export const CONFIRMED_FLOOR = 1 - (1 - WEIGHTS.report) ** 2;

const round2 = (value: number) => Math.round(value * 100) / 100;

function isCheckableOfficial(citation: CitationEvidence): boolean {
  return citation.official === true && citation.publisherKnown !== false;
}

function weightOf(citation: CitationEvidence): number {
  if (citation.stance === "DENIES") return isCheckableOfficial(citation) ? WEIGHTS.officialDenial : WEIGHTS.denial;
  if (isCheckableOfficial(citation)) return WEIGHTS.officialStatement;
  return citation.attributed ? WEIGHTS.attributedReport : WEIGHTS.report;
}

/** The strongest weight per origin, for one stance. */
function strongestPerOrigin(citations: CitationEvidence[], stance: CitationEvidence["stance"]): Map<string, number> {
  const byOrigin = new Map<string, number>();
  for (const citation of citations) {
    if (citation.stance !== stance) continue;
    const origin = citation.origin ?? `source:${citation.sourceId}`;
    byOrigin.set(origin, Math.max(byOrigin.get(origin) ?? 0, weightOf(citation)));
  }
  return byOrigin;
}

export function assessEvidence(citations: CitationEvidence[]): EvidenceAssessment {
  const support = strongestPerOrigin(citations, "SUPPORTS");
  const denial = strongestPerOrigin(citations, "DENIES");
  let doubt = 1;
  for (const weight of support.values()) doubt *= 1 - weight;
  let confidence = support.size > 0 ? 1 - doubt : 0;
  for (const weight of denial.values()) confidence *= 1 - weight;
  const officiallyStated = citations.some((c) => c.stance === "SUPPORTS" && isCheckableOfficial(c));
  let status: DerivedStatus;
  if (support.size === 0) status = denial.size > 0 ? "DENIED" : "REPORTED";
  else if (denial.size > 0) status = "DISPUTED";
  else status = support.size >= 2 || officiallyStated ? "CONFIRMED" : "REPORTED";
  return { confidence: round2(confidence), status, supportingOrigins: support.size, denyingOrigins: denial.size, officiallyStated };
}

/** A citation as stored, for `evidenceOf`: ids or keys of its source, the outlet it credits, the publisher. */
export interface CitationFacts {
  source: number | string;
  stance: CitationEvidence["stance"];
  /** The outlet the article credits for this quote ("according to CNBC"), when it does. */
  attributedTo: number | string | null;
  official: boolean;
  /** The article's publisher, null when unknown. */
  publisher: number | string | null;
}

/**
 * The evidence of a fact's citations. It comes from the outlet the article attributes the fact to; an
 * article that names its outlet for one quote relays that outlet for its other quotes on the same
 * fact too; otherwise from the publisher, or the article itself when its publisher is unknown.
 */
export function evidenceOf(citations: readonly CitationFacts[]): CitationEvidence[] {
  const relayed = new Map<number | string, number | string>();
  for (const citation of citations) if (citation.attributedTo != null && !relayed.has(citation.source)) relayed.set(citation.source, citation.attributedTo);
  return citations.map((citation) => {
    const outlet = citation.attributedTo ?? relayed.get(citation.source) ?? null;
    return {
      sourceId: citation.source,
      stance: citation.stance,
      attributed: outlet !== null,
      origin: outlet !== null ? `outlet:${outlet}` : citation.publisher !== null ? `publisher:${citation.publisher}` : `source:${citation.source}`,
      official: citation.official,
      publisherKnown: citation.publisher !== null,
    };
  });
}

export interface DatedAssessment {
  /** From this day on (until the next one), the fact stood as assessed. */
  fromDay: Date;
  status: DerivedStatus;
  confidence: number;
}

/**
 * A fact's status and confidence over time: one assessment per day on which a new citing source
 * became public, each from the citations public by then. The first holds from the fact's
 * first-reported day (which a stated public date may put before any citing source) with the
 * citations of the earliest source day. The last equals the assessment of all the citations.
 */
export function assessOverTime(citations: ReadonlyArray<{ evidence: CitationEvidence; day: Date }>, firstReportedOn: Date): DatedAssessment[] {
  const days = [...new Set(citations.map((citation) => citation.day.getTime()))].sort((a, b) => a - b);
  return days.map((day, index) => {
    const { status, confidence } = assessEvidence(citations.filter((citation) => citation.day.getTime() <= day).map((citation) => citation.evidence));
    const fromDay = index === 0 ? new Date(Math.min(day, firstReportedOn.getTime())) : new Date(day);
    return { fromDay, status, confidence };
  });
}
