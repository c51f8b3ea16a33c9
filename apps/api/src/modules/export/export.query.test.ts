import fc from "fast-check";
import { EventStatus, EventType } from "../../common/enums";
import { parseExportFilter } from "./export.query";

describe("export query strings (property)", () => {
  it("accepts exactly the enums' own keys", () => {
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...Object.keys(EventType), "toString", "constructor", "__proto__", "hasOwnProperty"), fc.string({ maxLength: 20 })), (value) => {
        const accepted = (() => {
          try {
            parseExportFilter("events", { types: value });
            return true;
          } catch {
            return false;
          }
        })();
        const values = value
          .split(",")
          .map((part) => part.trim())
          .filter(Boolean);
        expect(accepted).toBe(values.every((part) => Object.hasOwn(EventType, part)));
      }),
    );
    expect(() => parseExportFilter("events", { status: "valueOf" })).toThrow(/not an event status/);
    expect(parseExportFilter("events", { status: Object.keys(EventStatus)[0] }).status).toEqual([Object.keys(EventStatus)[0]]);
  });

  it("accepts real calendar days from the year 1000 on, and nothing else", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (year, month, day) => {
        const text = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
        const date = new Date(0);
        date.setUTCFullYear(year, month - 1, day);
        const real = month >= 1 && month <= 12 && day >= 1 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
        let parsed: Date | null;
        try {
          parsed = parseExportFilter("events", { from: text }).from ?? null;
        } catch {
          parsed = null;
        }
        expect(parsed !== null).toBe(real && year >= 1000);
        if (parsed) expect(parsed.toISOString().slice(0, 10)).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it("accepts finite numbers between 0 and 1 for minConfidence, nothing else", () => {
    fc.assert(
      fc.property(fc.oneof(fc.double().map(String), fc.constantFrom("Infinity", "-Infinity", "NaN", "", " ", "1e400", "0x1", "0.5abc")), (raw) => {
        let value: number | null | undefined;
        try {
          value = parseExportFilter("events", { minConfidence: raw }).minConfidence;
        } catch {
          value = undefined;
        }
        const number = Number(raw);
        const valid = raw.trim() !== "" && /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(raw) && Number.isFinite(number) && number >= 0 && number <= 1;
        expect(value === undefined ? false : value === number).toBe(valid);
      }),
    );
  });
});
