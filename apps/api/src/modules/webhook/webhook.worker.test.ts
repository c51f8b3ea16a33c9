import { backoffDelay } from "./webhook.worker";

describe("webhook retry backoff", () => {
  const base = { baseMs: 10_000, capMs: 3_600_000 };

  it("doubles from the base, between half and all of the exponential delay", () => {
    for (const [attempt, full] of [
      [1, 10_000],
      [2, 20_000],
      [3, 40_000],
      [6, 320_000],
    ] as const) {
      expect(backoffDelay({ ...base, attempt, random: () => 0 })).toBe(full / 2);
      expect(backoffDelay({ ...base, attempt, random: () => 1 })).toBe(full);
    }
  });

  it("never exceeds the cap, however many attempts", () => {
    for (const attempt of [10, 20, 100, 2000]) {
      expect(backoffDelay({ ...base, attempt, random: () => 1 })).toBe(3_600_000);
      expect(backoffDelay({ ...base, attempt, random: () => 0 })).toBe(1_800_000);
    }
  });

  it("spreads retries with jitter", () => {
    const delays = new Set(Array.from({ length: 50 }, () => backoffDelay({ ...base, attempt: 4 })));
    expect(delays.size).toBeGreaterThan(40);
    for (const delay of delays) {
      expect(delay).toBeGreaterThanOrEqual(40_000);
      expect(delay).toBeLessThanOrEqual(80_000);
    }
  });
});
