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

const sha256Hex = (text: string) => crypto.createHash("sha256").update(text).digest("hex");

export function contentHash(text: string): string {
  return sha256Hex(text.normalize("NFKC"));
}

/** Whitespace and case differences do not make a different article (`normalized` is NFKC already). */
function shingleText(normalized: string): string {
  return normalized.toLowerCase().replace(/\s+/gu, " ").trim();
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
function shingleHashes(normalized: string): Uint32Array {
  const shingled = shingleText(normalized);
  const codePoints = new Uint32Array(shingled.length);
  let length = 0;
  for (let i = 0; i < shingled.length; i++) {
    const codePoint = shingled.codePointAt(i)!;
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
/**
 * The offsets plus 2^31: (a·x + b + 2^31) mod 2^32 read as a signed integer orders like (a·x + b) mod 2^32 read
 * unsigned, so the minimum is found in int32 arithmetic only (no conversion to a double per value).
 */
const BIASED_OFFSETS = Int32Array.from(HASH_PARAMETERS, ([, b]) => b ^ 0x80000000);
/** Hash functions evaluated per pass over the shingles: each shingle is read once for four minima kept in registers. */
const FUNCTIONS_PER_PASS = 4;

/**
 * For each hash function (a·x + b) mod 2^32 — odd multiplier, a universal family exact in 32-bit
 * integer arithmetic — the minimum over all shingles. Four functions per pass over a typed array of
 * the shingles keep the inner loop to multiplies, adds and compares.
 */
export function fingerprint(text: string): Fingerprint {
  const normalized = text.normalize("NFKC");
  const hashes = shingleHashes(normalized);
  // The same bits read as int32: multiplying mod 2^32 does not care, and int32 elements never leave integer registers.
  const shingles = new Int32Array(hashes.buffer, hashes.byteOffset, hashes.length);
  const minHash = new Array<number>(HASH_COUNT);
  for (let i = 0; i < HASH_COUNT; i += FUNCTIONS_PER_PASS) {
    const m0 = MULTIPLIERS[i],
      m1 = MULTIPLIERS[i + 1],
      m2 = MULTIPLIERS[i + 2],
      m3 = MULTIPLIERS[i + 3];
    const o0 = BIASED_OFFSETS[i],
      o1 = BIASED_OFFSETS[i + 1],
      o2 = BIASED_OFFSETS[i + 2],
      o3 = BIASED_OFFSETS[i + 3];
    let min0 = 0x7fffffff,
      min1 = 0x7fffffff,
      min2 = 0x7fffffff,
      min3 = 0x7fffffff;
    for (let j = 0; j < shingles.length; j++) {
      const shingle = shingles[j];
      const v0 = (Math.imul(m0, shingle) + o0) | 0;
      const v1 = (Math.imul(m1, shingle) + o1) | 0;
      const v2 = (Math.imul(m2, shingle) + o2) | 0;
      const v3 = (Math.imul(m3, shingle) + o3) | 0;
      if (v0 < min0) min0 = v0;
      if (v1 < min1) min1 = v1;
      if (v2 < min2) min2 = v2;
      if (v3 < min3) min3 = v3;
    }
    minHash[i] = (min0 ^ 0x80000000) >>> 0;
    minHash[i + 1] = (min1 ^ 0x80000000) >>> 0;
    minHash[i + 2] = (min2 ^ 0x80000000) >>> 0;
    minHash[i + 3] = (min3 ^ 0x80000000) >>> 0;
  }
  return { contentHash: sha256Hex(normalized), minHash };
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
