/**
 * Deterministic randomness addressed by position: every row draws from a generator seeded by
 * (corpus seed, stream, row index), so any row can be recomputed alone, in any order, and two runs
 * with the same seed write the same bytes.
 */

/** A 32-bit avalanche mix (the finaliser of MurmurHash3). */
function mix32(value: number): number {
  let h = value | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** One uint32 for (seed, stream, index). */
export function hash32(seed: number, stream: number, index: number): number {
  return mix32(mix32(mix32(seed ^ 0x9e3779b9) ^ Math.imul(stream + 1, 0x27d4eb2d)) ^ index);
}

/** The streams: one per kind of row, so adding draws to one kind never shifts another. */
export const STREAM = {
  organization: 1,
  model: 2,
  person: 3,
  role: 4,
  alias: 5,
  source: 6,
  event: 7,
  citation: 8,
  figure: 9,
} as const;

/** A small sequential generator (mulberry32) for the draws of one row. */
export class Draw {
  private state: number;

  constructor(seed: number, stream: number, index: number) {
    this.state = hash32(seed, stream, index);
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** An index chosen with the given cumulative weights (see `cumulative`). */
  weighted(cumulativeWeights: Float64Array): number {
    return searchCumulative(cumulativeWeights, this.next() * cumulativeWeights[cumulativeWeights.length - 1]);
  }
}

/** Running sums of weights, for `Draw.weighted`. */
export function cumulative(weights: readonly number[]): Float64Array {
  const sums = new Float64Array(weights.length);
  let total = 0;
  weights.forEach((weight, index) => {
    total += weight;
    sums[index] = total;
  });
  return sums;
}

/** The first index whose running sum exceeds `target`. */
function searchCumulative(sums: Float64Array, target: number): number {
  let low = 0;
  let high = sums.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sums[middle] > target) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * Ranks 0..n-1 drawn with probability ∝ 1 / (rank + 1)^exponent: a few items take most of the
 * draws, most items take few (the heavy tail of who is in the news).
 */
export class Zipf {
  private readonly sums: Float64Array;

  constructor(
    readonly size: number,
    exponent: number,
  ) {
    if (size < 1) throw new Error("a Zipf distribution needs at least one item");
    this.sums = new Float64Array(size);
    let total = 0;
    for (let rank = 0; rank < size; rank++) {
      total += 1 / (rank + 1) ** exponent;
      this.sums[rank] = total;
    }
  }

  sample(draw: Draw): number {
    return searchCumulative(this.sums, draw.next() * this.sums[this.size - 1]);
  }
}
