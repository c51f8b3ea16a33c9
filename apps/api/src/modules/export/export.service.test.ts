import { parseExportFilter } from "./export.query";

describe("parseExportFilter", () => {
  it("reads repeated and comma-separated lists, dates and numbers", () => {
    expect(parseExportFilter("events", { types: ["LAYOFF,HIRE", "DELAY"], entities: "meta,openai", asOf: "2025-11-01", minConfidence: "0.5" })).toEqual({
      types: ["LAYOFF", "HIRE", "DELAY"],
      entities: ["meta", "openai"],
      from: null,
      to: null,
      status: null,
      minConfidence: 0.5,
      language: null,
      asOf: new Date("2025-11-01T00:00:00.000Z"),
    });
  });

  it("refuses parameters a resource does not take, unknown enum values, bad dates and numbers", () => {
    expect(() => parseExportFilter("people", { asOf: "2025-01-01" })).toThrow(/takes the parameters entities; not `asOf`/);
    expect(() => parseExportFilter("events", { status: "RUMOURED" })).toThrow(/`status` has "RUMOURED", which is not an event status/);
    expect(() => parseExportFilter("events", { from: "2025-13-45" })).toThrow(/YYYY-MM-DD/);
    expect(() => parseExportFilter("events", { minConfidence: "high" })).toThrow(/number/);
  });
});
