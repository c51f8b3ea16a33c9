import { capexSeries, fiscalYearOf, niceTicks, spreadLabels } from "./capexSeries";
import { sharedTypeRows } from "./eventGroups";
import { splitLeadership, roleTier } from "./leadership";
import { binByMonth, monthBounds, monthRange } from "./monthBins";
import { groupMoneyFigures, moneyGroupOf } from "./moneyGroups";
import { flowBands, flowTotals } from "./talentFlow";

const role = (title: string, person: string, org = "meta") => ({ title, person: { slug: person, name: person }, organization: { slug: org, name: org } });

describe("leadership", () => {
  it("ranks executives of the company over heads of its labs, and leaves spokespeople out", () => {
    expect(roleTier(role("Chief Executive Officer", "a"), "meta")).toBe(0);
    expect(roleTier(role("Chief Financial Officer", "a"), "meta")).toBe(1);
    expect(roleTier(role("Head", "a", "fair"), "meta")).toBe(2);
    expect(roleTier(role("Vice President of AI Products", "a"), "meta")).toBe(3);
    expect(roleTier(role("Spokesperson", "a"), "meta")).toBe(4);
    expect(roleTier(role("Research Engineer", "a"), "meta")).toBe(4);
  });

  it("shows at most the limit of leaders, one entry per person, everyone else behind show-all", () => {
    const roles = [
      role("Spokesperson", "dave"),
      role("Head", "wang", "tbd-lab"),
      role("Chief AI Officer", "wang"),
      role("Chief Executive Officer", "mark"),
      role("Researcher", "hugo"),
    ];
    const { leaders, everyone } = splitLeadership(roles, "meta", 6);
    expect(leaders.map((p) => p.person.slug)).toEqual(["mark", "wang"]);
    expect(leaders[1].roles).toHaveLength(2);
    expect(everyone.map((p) => p.person.slug)).toEqual(["mark", "wang", "dave", "hugo"]);
    expect(splitLeadership(roles, "meta", 1).leaders).toHaveLength(1);
  });
});

const money = (metric: string, value: number, event = "e1", valueMax: number | null = null) => ({
  metric,
  value,
  valueMax,
  unit: "USD",
  text: String(value),
  event: { id: event, title: event, firstReportedOn: "2025-12-10" },
  effectiveOn: null as { start: string } | null,
});

describe("money groups", () => {
  it("sorts metrics into kinds", () => {
    expect(moneyGroupOf("deal_value")).toBe("deals");
    expect(moneyGroupOf("bond_issue")).toBe("financing");
    expect(moneyGroupOf("annual_revenue")).toBe("revenue");
    expect(moneyGroupOf("compensation_package")).toBe("compensation");
    expect(moneyGroupOf("capex_actual")).toBe("capex");
    expect(moneyGroupOf("potential_overspend")).toBe("capex");
    expect(moneyGroupOf("head_count")).toBe("other");
  });

  it("collapses reports of one event's metric and leaves charted guidance out", () => {
    const groups = groupMoneyFigures([money("deal_value", 14.3e9), money("deal_value", 14e9), money("capex_guidance", 70e9, "e2"), money("annual_revenue", 160e9, "e3")]);
    expect(groups.map((g) => g.key)).toEqual(["deals", "revenue"]);
    expect(groups[0].lines).toHaveLength(1);
    expect(groups[0].lines[0].others).toHaveLength(1);
  });
});

describe("capex series", () => {
  const at = (figure: ReturnType<typeof money>, start: string) => ({ ...figure, effectiveOn: { start } });

  it("takes the fiscal year from the metric, else from when the guidance was given", () => {
    expect(fiscalYearOf(at(money("capex_guidance_2026", 1), "2025-10-01"))).toBe(2026);
    expect(fiscalYearOf(at(money("capex_guidance", 1), "2025-07-01"))).toBe(2025);
  });

  it("steps at each revision, merging repeated reports of one value", () => {
    const series = capexSeries([
      {
        slug: "meta",
        figures: [
          at(money("capex_guidance", 66e9, "a", 72e9), "2025-07-01"),
          at(money("capex_guidance", 70e9, "b"), "2025-10-01"),
          at(money("capex_guidance", 70e9, "c"), "2025-10-01"),
          at(money("capex_guidance_2026", 100e9, "d"), "2025-10-01"),
          at(money("capex_actual", 39e9), "2025-01-01"),
        ],
      },
    ]);
    expect(series.map((s) => s.fiscalYear)).toEqual([2025, 2026]);
    expect(series[0].points.map((p) => [p.low, p.high, p.figures.length])).toEqual([
      [66e9, 72e9, 1],
      [70e9, 70e9, 2],
    ]);
  });

  it("makes round axis ticks and keeps labels apart", () => {
    expect(niceTicks(60, 104, 4)).toEqual([60, 80, 100, 120]);
    expect(niceTicks(61, 79, 4)).toEqual([60, 65, 70, 75, 80]);
    const ys = spreadLabels([100, 105, 300], 20, 0, 200);
    expect(ys[1] - ys[0]).toBeGreaterThanOrEqual(20);
    expect(ys[2]).toBeLessThanOrEqual(200);
  });
});

describe("event type rows", () => {
  it("gives every panel the same rows and one scale", () => {
    const { rows, counts, max } = sharedTypeRows(
      [
        {
          eventCounts: [
            { type: "HIRE", count: 12 },
            { type: "LAYOFF", count: 1 },
          ],
        },
        {
          eventCounts: [
            { type: "HIRE", count: 2 },
            { type: "RANKING", count: 3 },
          ],
        },
      ],
      2,
    );
    expect(rows).toEqual(["HIRE", "RANKING", "OTHER"]);
    expect(counts[0].get("OTHER")).toBe(1);
    expect(counts[1].get("HIRE")).toBe(2);
    expect(max).toBe(12);
  });
});

describe("month bins", () => {
  const event = (id: string, start: string, precision = "MONTH") => ({
    id,
    title: id,
    type: "HIRE",
    firstReportedOn: "2025-12-10",
    occurredOn: { text: start, start, end: start, precision },
  });

  it("bins month- and day-dated events, keeps coarse ones apart and folds old months into earlier", () => {
    const { months, lanes, max } = binByMonth([[event("a", "2025-10-01"), event("b", "2025-10-20", "DAY"), event("c", "2023-01-01", "YEAR"), event("d", "2020-01-01")]], {
      maxMonths: 12,
    });
    expect(months[months.length - 1]).toBe("2025-10");
    expect(months).toHaveLength(12);
    expect(lanes[0].months.get("2025-10")?.map((e) => e.id)).toEqual(["a", "b"]);
    expect(lanes[0].earlier.map((e) => e.id)).toEqual(["d"]);
    expect([...lanes[0].coarse.keys()]).toEqual(["2023-01-01"]);
    expect(max).toBe(2);
  });

  it("counts months and their bounds across years and leap days", () => {
    expect(monthRange("2024-11", "2025-02")).toEqual(["2024-11", "2024-12", "2025-01", "2025-02"]);
    expect(monthBounds("2024-02")).toEqual({ from: "2024-02-01", to: "2024-02-29" });
  });
});

describe("talent flow", () => {
  it("aggregates moves per direction and counts them per company", () => {
    const move = (p: string, from: string, to: string) => ({ person: { slug: p, name: p }, fromCompany: { slug: from, name: from }, toCompany: { slug: to, name: to } });
    const bands = flowBands([move("a", "meta", "mistral"), move("b", "meta", "mistral"), move("c", "google", "meta")]);
    expect(bands.map((b) => [b.from, b.to, b.moves.length])).toEqual([
      ["meta", "mistral", 2],
      ["google", "meta", 1],
    ]);
    expect(flowTotals(bands, ["meta", "mistral", "google"]).get("meta")).toEqual({ out: 2, in: 1 });
  });
});
