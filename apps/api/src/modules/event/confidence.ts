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

/** The confidence alone (ingestion recomputes it when a candidate is merged into an event). */
export function computeConfidence(citations: CitationEvidence[]): number {
  return assessEvidence(citations).confidence;
}
