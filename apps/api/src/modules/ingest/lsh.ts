import crypto from "node:crypto";

/** 32 bands × 4 rows over a 128-value MinHash: pairs at similarity 0.8 share a band with p ≈ 1 − (1 − 0.8⁴)³² > 0.9999. */
const ROWS_PER_BAND = 4;

/** A MinHash signature as stored in Source.minHash: int4 columns, so each uint32 keeps its bit pattern. */
export function encodeMinHash(minHash: readonly number[]): number[] {
  return minHash.map((value) => value | 0);
}

export function decodeMinHash(stored: readonly number[]): number[] {
  return stored.map((value) => value >>> 0);
}

/** One signed 32-bit hash per band: documents sharing any (band, hash) are near-duplicate candidates. */
export function lshBands(minHash: readonly number[]): Array<{ band: number; hash: number }> {
  const bands: Array<{ band: number; hash: number }> = [];
  for (let band = 0; band * ROWS_PER_BAND < minHash.length; band++) {
    const rows = minHash.slice(band * ROWS_PER_BAND, (band + 1) * ROWS_PER_BAND);
    const digest = crypto.createHash("sha1").update(rows.join(",")).digest();
    bands.push({ band, hash: digest.readInt32BE(0) });
  }
  return bands;
}
