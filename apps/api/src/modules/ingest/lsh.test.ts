import fc from "fast-check";
import { decodeMinHash, encodeMinHash, lshBands } from "./lsh";

describe("MinHash storage", () => {
  it("round-trips any signature of uint32 values", () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 2 ** 32 - 1 }), { minLength: 1, maxLength: 128 }), (values) => {
        expect(decodeMinHash(encodeMinHash(values))).toEqual(values);
      }),
    );
  });
});

describe("lshBands", () => {
  const signature = Array.from({ length: 128 }, (_, i) => (i * 2654435761) >>> 0);

  it("gives 32 bands of int32 hashes", () => {
    const bands = lshBands(signature);
    expect(bands).toHaveLength(32);
    expect(bands.map((b) => b.band)).toEqual(Array.from({ length: 32 }, (_, i) => i));
    for (const { hash } of bands) expect(hash).toBe(hash | 0);
  });

  it("shares the bands whose rows agree and only those", () => {
    const edited = [...signature];
    edited[5] += 1; // band 1
    const a = lshBands(signature);
    const b = lshBands(edited);
    const shared = a.filter((band, i) => band.hash === b[i].hash).map((band) => band.band);
    expect(shared).toHaveLength(31);
    expect(shared).not.toContain(1);
  });
});
