import { DEFAULT_COMPARE_SLUGS, buildCompareHref, isIsoDate, parseCompareParams, withAsOf, withSlugAdded, withSlugRemoved } from "./compareUrl";

describe("parseCompareParams", () => {
  it("falls back to the default comparison", () => {
    const parsed = parseCompareParams({});
    expect(parsed.slugs).toEqual(DEFAULT_COMPARE_SLUGS);
    expect(parsed.isDefault).toBe(true);
    expect(parsed.asOf).toBeNull();
    expect(parsed.notices).toEqual([]);
  });

  it("reads repeated and comma-separated c parameters, normalised and de-duplicated", () => {
    const parsed = parseCompareParams({ c: ["Meta", "openai,google", "meta", " "] });
    expect(parsed.slugs).toEqual(["meta", "openai", "google"]);
    expect(parsed.isDefault).toBe(false);
  });

  it("ignores invalid slugs with a notice", () => {
    const parsed = parseCompareParams({ c: ["meta", "<script>", "open ai"] });
    expect(parsed.slugs).toEqual(["meta"]);
    expect(parsed.notices).toHaveLength(2);
  });

  it("caps the comparison at six companies", () => {
    const parsed = parseCompareParams({ c: ["a", "b", "c", "d", "e", "f", "g"] });
    expect(parsed.slugs).toEqual(["a", "b", "c", "d", "e", "f"]);
    expect(parsed.notices[0]).toMatch(/At most 6/);
  });

  it("accepts a valid asOf date and rejects malformed ones", () => {
    expect(parseCompareParams({ asOf: "2025-11-01" }).asOf).toBe("2025-11-01");
    const bad = parseCompareParams({ asOf: "2025-13-01" });
    expect(bad.asOf).toBeNull();
    expect(bad.notices[0]).toMatch(/as-of date/);
    expect(parseCompareParams({ asOf: "" }).notices).toEqual([]);
  });
});

describe("isIsoDate", () => {
  it("accepts real dates only", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2025-02-29")).toBe(false);
    expect(isIsoDate("2025-2-1")).toBe(false);
    expect(isIsoDate("yesterday")).toBe(false);
  });
});

describe("buildCompareHref", () => {
  it("round-trips through parseCompareParams", () => {
    const href = buildCompareHref({ slugs: ["meta", "openai"], asOf: "2025-11-01" });
    expect(href).toBe("/compare?c=meta&c=openai&asOf=2025-11-01");
    const params = new URLSearchParams(href.split("?")[1]);
    const parsed = parseCompareParams({ c: params.getAll("c"), asOf: params.get("asOf") ?? undefined });
    expect(parsed.slugs).toEqual(["meta", "openai"]);
    expect(parsed.asOf).toBe("2025-11-01");
  });

  it("omits asOf when it is null", () => {
    expect(buildCompareHref({ slugs: ["meta"], asOf: null })).toBe("/compare?c=meta");
    expect(buildCompareHref({ slugs: [], asOf: null })).toBe("/compare");
  });
});

describe("state helpers", () => {
  const state = { slugs: ["meta", "openai"], asOf: "2025-11-01" };
  it("adds a slug once and never beyond six", () => {
    expect(withSlugAdded(state, "google").slugs).toEqual(["meta", "openai", "google"]);
    expect(withSlugAdded(state, "meta").slugs).toEqual(["meta", "openai"]);
    const full = { slugs: ["a", "b", "c", "d", "e", "f"], asOf: null };
    expect(withSlugAdded(full, "g").slugs).toHaveLength(6);
  });
  it("removes a slug and keeps the date", () => {
    expect(withSlugRemoved(state, "meta")).toEqual({ slugs: ["openai"], asOf: "2025-11-01" });
  });
  it("changes the date", () => {
    expect(withAsOf(state, null).asOf).toBeNull();
  });
});
