/**
 * An event's confidence, derived from its citations: each independent source that supports it adds
 * evidence (more when the article names the outlet it relies on), each source that denies it takes
 * some away. Deterministic, in [0, 1], rounded to two decimals.
 */
export interface CitationEvidence {
  sourceId: number | string;
  stance: "SUPPORTS" | "DENIES";
  attributed: boolean;
}

const SUPPORT_WEIGHT = 0.5;
const ATTRIBUTED_SUPPORT_WEIGHT = 0.6;
const DENIAL_FACTOR = 0.85;

export function computeConfidence(citations: CitationEvidence[]): number {
  const supportBySource = new Map<string, number>();
  const denyingSources = new Set<string>();
  for (const citation of citations) {
    const source = String(citation.sourceId);
    if (citation.stance === "DENIES") {
      denyingSources.add(source);
      continue;
    }
    const weight = citation.attributed ? ATTRIBUTED_SUPPORT_WEIGHT : SUPPORT_WEIGHT;
    supportBySource.set(source, Math.max(supportBySource.get(source) ?? 0, weight));
  }
  let doubt = 1;
  for (const weight of supportBySource.values()) doubt *= 1 - weight;
  const confidence = (1 - doubt) * DENIAL_FACTOR ** denyingSources.size;
  return Math.round(confidence * 100) / 100;
}
