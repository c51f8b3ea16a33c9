export interface Scores {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Precision, recall and F1 from the three counts; an empty side scores 1 (nothing to find, nothing wrongly found). */
export function scores(truePositives: number, falsePositives: number, falseNegatives: number): Scores {
  const precision = truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives);
  const recall = truePositives + falseNegatives === 0 ? 1 : truePositives / (truePositives + falseNegatives);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives, falsePositives, falseNegatives, precision, recall, f1 };
}

/** Micro-average: the counts are summed, then scored (a long article weighs more than a short one). */
export function sumScores(parts: Scores[]): Scores {
  const total = (key: "truePositives" | "falsePositives" | "falseNegatives") => parts.reduce((sum, part) => sum + part[key], 0);
  return scores(total("truePositives"), total("falsePositives"), total("falseNegatives"));
}

/** Index of the `occurrence`-th (0-based) case-sensitive match of `surface`, each search starting one past the last match. */
export function offsetOf(text: string, surface: string, occurrence: number): number {
  let index = -1;
  for (let seen = 0; seen <= occurrence; seen++) {
    index = text.indexOf(surface, index + 1);
    if (index === -1) throw new Error(`gold surface "${surface}" #${occurrence} is not in the cleaned text`);
  }
  return index;
}

/** Equal up to float noise, or up to `tolerance` (absolute) when given: the gold writes a third as 33.3333 (GUIDELINES.md §5). */
export const sameNumber = (a: number | undefined, b: number | undefined, tolerance = 0) =>
  a === b || (a !== undefined && b !== undefined && Math.abs(a - b) <= Math.max(Math.abs(b) * 1e-9, tolerance));

/** The devset guidelines compare percentages, fractions in words included, to within 0.01. */
export const PERCENT_TOLERANCE = 0.01;

/**
 * Pairs each found item with at most one gold item that `matches` it, in order, and scores the pairing:
 * unmatched found items are false positives, unmatched gold items false negatives.
 */
export function pairUp<F, G>(found: F[], gold: G[], matches: (found: F, gold: G) => boolean): { scores: Scores; spurious: F[]; missed: G[] } {
  const matchedGold = new Set<number>();
  const spurious: F[] = [];
  for (const item of found) {
    const index = gold.findIndex((candidate, i) => !matchedGold.has(i) && matches(item, candidate));
    if (index === -1) spurious.push(item);
    else matchedGold.add(index);
  }
  const missed = gold.filter((_, i) => !matchedGold.has(i));
  return { scores: scores(matchedGold.size, spurious.length, missed.length), spurious, missed };
}
