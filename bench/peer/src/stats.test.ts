import { fixed, median, ratio, rotation } from "./stats";
import { ratioLine, summarise, type CellSummary } from "./report";

describe("median", () => {
  it("takes the middle value, or the mean of the two middle ones", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
  });

  it("ignores values that are not numbers, and is NaN for none", () => {
    expect(median([Number.NaN, 5, 1])).toBe(3);
    expect(median([])).toBeNaN();
  });
});

describe("ratio and fixed", () => {
  it("divides, and is NaN when the divisor is zero or unknown", () => {
    expect(ratio(30, 120)).toBe(0.25);
    expect(ratio(30, 0)).toBeNaN();
    expect(ratio(30, Number.NaN)).toBeNaN();
  });

  it("prints a dash for NaN", () => {
    expect(fixed(0.2549, 2)).toBe("0.25");
    expect(fixed(Number.NaN, 2)).toBe("—");
  });
});

describe("rotation", () => {
  it("starts each round with the next contender", () => {
    const names = ["Orchard", "PostGraphile", "floor"];
    expect(rotation(names, 0)).toEqual(names);
    expect(rotation(names, 1)).toEqual(["PostGraphile", "floor", "Orchard"]);
    expect(rotation(names, 3)).toEqual(names);
  });
});

describe("report", () => {
  const round = (requestsPerSecond: number) => ({ requestsPerSecond, p50: 10, p99: requestsPerSecond, completed: 100, cpuMsPerRequest: 2, failures: 0 });
  const cell = (contender: string, connections: number, rates: number[]): CellSummary =>
    summarise({ contender, request: "company", label: "company page (meta)", connections, sql: { statements: 1, execMs: 0.5 } }, rates.map(round));

  it("summarises rounds by their medians", () => {
    const summary = cell("Orchard", 10, [40, 10, 30]);
    expect(summary.requestsPerSecond).toBe(30);
    expect(summary.p99).toBe(30);
    expect(summary.cpuMsPerRequest).toBe(2);
  });

  it("ends with Orchard ÷ PostGraphile and Orchard ÷ floor per query and connection count", () => {
    const cells = [cell("Orchard", 10, [40]), cell("PostGraphile", 10, [80]), cell("floor", 10, [400]), cell("Orchard", 32, [50])];
    expect(ratioLine(cells)).toBe("ratios req/s Orchard÷PostGraphile/Orchard÷floor: company@10 0.50/0.10 · company@32 —/—");
  });
});
