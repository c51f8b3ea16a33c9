import { answerData, canonical, differences, formatDifferences, UNORDERED } from "./normalise";

describe("canonical", () => {
  it("sorts object keys, so field order never counts", () => {
    expect(JSON.stringify(canonical({ b: 1, a: { d: 2, c: 3 } }))).toBe('{"a":{"c":3,"d":2},"b":1}');
  });

  it("keeps list order unless the path is declared unordered", () => {
    const answer = { company: { labs: [{ slug: "tbd-lab" }, { slug: "fair" }], models: [{ slug: "z" }, { slug: "a" }] } };
    const result = canonical(answer, UNORDERED.company) as { company: { labs: { slug: string }[]; models: { slug: string }[] } };
    expect(result.company.labs.map((lab) => lab.slug)).toEqual(["fair", "tbd-lab"]);
    expect(result.company.models.map((model) => model.slug)).toEqual(["z", "a"]);
  });

  it("matches [] in a path against every index of an enclosing list", () => {
    const answer = { compare: { companies: [{ labs: [{ slug: "b" }, { slug: "a" }] }, { labs: [{ slug: "d" }, { slug: "c" }] }] } };
    const result = canonical(answer, UNORDERED.compare) as { compare: { companies: { labs: { slug: string }[] }[] } };
    expect(result.compare.companies.map((c) => c.labs.map((lab) => lab.slug))).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
  });

  it("rounds numbers to 12 significant digits and turns undefined into null", () => {
    expect(canonical({ score: 0.1 + 0.2, missing: undefined })).toEqual({ missing: null, score: 0.3 });
    expect(canonical(66000000000.00001)).toBe(66000000000);
  });
});

describe("differences", () => {
  it("finds nothing between equal answers", () => {
    const answer = canonical({ events: { totalCount: 2, edges: [{ node: { title: "a" } }] } });
    expect(differences(answer, answer)).toEqual([]);
  });

  it("names the path of each differing field", () => {
    const expected = canonical({ company: { name: "Meta", models: [{ slug: "avocado", status: "DELAYED" }] } });
    const actual = canonical({ company: { name: "Meta", models: [{ slug: "avocado", status: "RELEASED" }] } });
    expect(differences(expected, actual)).toEqual([{ path: "company.models[0].status", expected: "DELAYED", actual: "RELEASED" }]);
  });

  it("reports list lengths, missing and extra fields, and changed kinds", () => {
    const expected = canonical({ a: [1, 2], b: 1, c: { d: 1 } });
    const actual = canonical({ a: [1], c: null, e: true });
    expect(differences(expected, actual)).toEqual([
      { path: "a (length)", expected: 2, actual: 1 },
      { path: "b", expected: 1, actual: "(missing)" },
      { path: "c", expected: { d: 1 }, actual: null },
      { path: "e", expected: "(no such field)", actual: true },
    ]);
  });

  it("formats at most `limit` lines and says how many more there are", () => {
    const found = [1, 2, 3].map((i) => ({ path: `x[${i}]`, expected: i, actual: -i }));
    const text = formatDifferences(found, { expected: "Orchard", actual: "floor" }, 2);
    expect(text).toContain("x[1]:");
    expect(text).toContain("Orchard      1");
    expect(text).toContain("floor        -1");
    expect(text).not.toContain("x[3]");
    expect(text).toContain("and 1 more differences");
  });
});

describe("answerData", () => {
  it("returns data and refuses answers with errors or without data", () => {
    expect(answerData({ data: { a: 1 } }, "floor")).toEqual({ a: 1 });
    expect(() => answerData({ errors: [{ message: "boom" }] }, "floor")).toThrow("floor answered with errors: boom");
    expect(() => answerData({}, "floor")).toThrow("floor answered without data");
  });
});
