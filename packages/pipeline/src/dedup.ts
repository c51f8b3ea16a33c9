import crypto from "node:crypto";

/** Number of MinHash functions: 128 gives a similarity estimate within about ±0.09 (1/√128). */
const HASH_COUNT = 128;
/** Character shingles, so the measure works the same for Han text (no spaces) and Latin text. */
const SHINGLE_LENGTH = 5;
const MERSENNE_PRIME = 2 ** 31 - 1; // range of the random hash parameters

export interface Fingerprint {
  /** sha256 of the NFKC-normalized text: identical documents. */
  contentHash: string;
  /** MinHash signature over character shingles: re-publications with small edits. */
  minHash: number[];
}

/** Fixed pseudo-random (a, b) pairs so that fingerprints computed at different times are comparable. */
const HASH_PARAMETERS: Array<[number, number]> = Array.from({ length: HASH_COUNT }, (_, i) => {
  const digest = crypto.createHash("sha256").update(`orchard-minhash-${i}`).digest();
  return [(digest.readUInt32BE(0) % (MERSENNE_PRIME - 1)) + 1, digest.readUInt32BE(4) % MERSENNE_PRIME];
});

export function contentHash(text: string): string {
  return crypto.createHash("sha256").update(text.normalize("NFKC")).digest("hex");
}

/** Whitespace and case differences do not make a different article. */
function shingleText(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/gu, " ").trim();
}

/** FNV-1a over the code points of one shingle: a cheap, well-spread 32-bit hash (no crypto needed here). */
function fnv1a(codePoints: Uint32Array, from: number, to: number): number {
  let hash = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    hash ^= codePoints[i];
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The distinct hashes of the text's shingles, in typed arrays (sorted, then deduplicated in place). */
function shingleHashes(text: string): Uint32Array {
  const normalized = shingleText(text);
  const codePoints = new Uint32Array(normalized.length);
  let length = 0;
  for (let i = 0; i < normalized.length; i++) {
    const codePoint = normalized.codePointAt(i)!;
    codePoints[length++] = codePoint;
    if (codePoint > 0xffff) i++; // the low half of a surrogate pair
  }
  const count = Math.max(1, length - SHINGLE_LENGTH + 1);
  const hashes = new Uint32Array(count);
  for (let i = 0; i < count; i++) hashes[i] = fnv1a(codePoints, i, Math.min(length, i + SHINGLE_LENGTH));
  hashes.sort();
  let distinct = 0;
  for (let i = 0; i < count; i++) if (i === 0 || hashes[i] !== hashes[i - 1]) hashes[distinct++] = hashes[i];
  return hashes.subarray(0, distinct);
}

const MULTIPLIERS = Int32Array.from(HASH_PARAMETERS, ([a]) => a | 1);
const OFFSETS = Int32Array.from(HASH_PARAMETERS, ([, b]) => b);

/**
 * For each hash function (a·x + b) mod 2^32 — odd multiplier, a universal family exact in 32-bit
 * integer arithmetic — the minimum over all shingles. One function at a time over a typed array of
 * the shingles keeps the inner loop to a multiply, an add and a compare.
 */
export function fingerprint(text: string): Fingerprint {
  const shingles = shingleHashes(text);
  const minHash = new Array<number>(HASH_COUNT);
  for (let i = 0; i < HASH_COUNT; i++) {
    const multiplier = MULTIPLIERS[i];
    const offset = OFFSETS[i];
    let minimum = 0xffffffff;
    for (let j = 0; j < shingles.length; j++) {
      const value = (Math.imul(multiplier, shingles[j]) + offset) >>> 0;
      if (value < minimum) minimum = value;
    }
    minHash[i] = minimum;
  }
  return { contentHash: contentHash(text), minHash };
}

/** Estimated Jaccard similarity of the two documents' shingle sets (1 for identical content). */
export function similarity(a: Fingerprint, b: Fingerprint): number {
  if (a.contentHash === b.contentHash) return 1;
  let equal = 0;
  for (let i = 0; i < HASH_COUNT; i++) if (a.minHash[i] === b.minHash[i]) equal++;
  return equal / HASH_COUNT;
}

/**
 * The most similar earlier document at or above the threshold, if any: an exact copy (same hash) or a
 * re-publication. Compares against every candidate (no LSH banding; fine for thousands of documents).
 */
export function findNearDuplicate<T extends { fingerprint: Fingerprint }>(
  fp: Fingerprint,
  candidates: Iterable<T>,
  threshold = 0.8,
): { candidate: T; similarity: number } | undefined {
  let best: { candidate: T; similarity: number } | undefined;
  for (const candidate of candidates) {
    const score = similarity(fp, candidate.fingerprint);
    if (score >= threshold && (!best || score > best.similarity)) best = { candidate, similarity: score };
  }
  return best;
}
