import { createTimeScale, isoToTime, layoutMarks, monthTicks, timelineDomain, timeToIso } from "./timeline";

describe("createTimeScale", () => {
  const domain = { start: isoToTime("2025-01-01"), end: isoToTime("2026-01-01") };
  const scale = createTimeScale(domain, 0, 365);

  it("maps dates linearly onto the range", () => {
    expect(scale(isoToTime("2025-01-01"))).toBe(0);
    expect(scale(isoToTime("2026-01-01"))).toBe(365);
    expect(scale(isoToTime("2025-01-11"))).toBeCloseTo(10);
  });

  it("clamps dates outside the domain", () => {
    expect(scale(isoToTime("2024-06-01"))).toBe(0);
    expect(scale(isoToTime("2027-06-01"))).toBe(365);
  });

  it("puts everything in the middle of an empty domain", () => {
    const flat = createTimeScale({ start: 5, end: 5 }, 100, 200);
    expect(flat(5)).toBe(150);
  });
});

describe("timelineDomain", () => {
  it("returns null without periods", () => {
    expect(timelineDomain([])).toBeNull();
  });

  it("widens to whole months and a minimum span", () => {
    const domain = timelineDomain([{ start: "2025-12-10", end: "2025-12-10" }], { minMonths: 4 });
    expect(domain).not.toBeNull();
    expect(timeToIso(domain!.start)).toBe("2025-10-01");
    expect(timeToIso(domain!.end)).toBe("2026-02-01");
  });

  it("includes the as-of date", () => {
    const domain = timelineDomain([{ start: "2025-01-01", end: "2025-12-31" }], { includeDate: "2026-03-15", minMonths: 1 });
    expect(timeToIso(domain!.start)).toBe("2025-01-01");
    expect(timeToIso(domain!.end)).toBe("2026-04-01");
  });
});

describe("monthTicks", () => {
  it("uses quarters for a two-year span", () => {
    const ticks = monthTicks({ start: isoToTime("2025-01-01"), end: isoToTime("2027-01-01") }, 10);
    expect(ticks.map((t) => t.label)).toEqual(["2025", "Apr", "Jul", "Oct", "2026", "Apr", "Jul", "Oct", "2027"]);
    expect(ticks.filter((t) => t.major)).toHaveLength(3);
  });

  it("uses months for a short span", () => {
    const ticks = monthTicks({ start: isoToTime("2025-10-01"), end: isoToTime("2026-02-01") });
    expect(ticks.map((t) => t.label)).toEqual(["Oct", "Nov", "Dec", "2026", "Feb"]);
  });

  it("uses years for a long span", () => {
    const ticks = monthTicks({ start: isoToTime("2015-01-01"), end: isoToTime("2025-01-01") }, 12);
    expect(ticks[0].label).toBe("2015");
    expect(ticks.every((t) => t.major)).toBe(true);
  });
});

describe("layoutMarks", () => {
  const scale = createTimeScale({ start: isoToTime("2025-01-01"), end: isoToTime("2026-01-01") }, 0, 365);

  it("stacks overlapping periods into separate rows", () => {
    const { marks, rows } = layoutMarks(
      [
        { id: "year", start: "2025-01-01", end: "2025-12-31" },
        { id: "dec", start: "2025-12-01", end: "2025-12-31" },
        { id: "mar", start: "2025-03-01", end: "2025-03-01" },
      ],
      scale,
    );
    expect(rows).toBe(2);
    const byId = Object.fromEntries(marks.map((m) => [m.item.id, m]));
    expect(byId.year.row).toBe(0);
    expect(byId.year.width).toBeCloseTo(365);
    expect(byId.mar.width).toBe(8);
    expect(byId.dec.row).toBe(1);
    expect(byId.mar.row).toBe(1);
  });

  it("keeps a single row for disjoint periods", () => {
    const { rows } = layoutMarks(
      [
        { id: "a", start: "2025-01-01", end: "2025-01-31" },
        { id: "b", start: "2025-06-01", end: "2025-06-30" },
      ],
      scale,
    );
    expect(rows).toBe(1);
  });
});
