import {
  countryName,
  enumLabel,
  formatConfidence,
  formatFigure,
  formatIsoDate,
  formatMoney,
  languageName,
  metricLabel,
  modelAccessLabel,
  modelStatusLabel,
  plural,
} from "./format";

describe("modelAccessLabel", () => {
  it("turns enum values into readable labels", () => {
    expect(modelAccessLabel("OPEN_WEIGHTS")).toBe("Open weights");
    expect(modelAccessLabel("API_ONLY")).toBe("API only");
    expect(modelAccessLabel("CLOSED")).toBe("Closed");
    expect(modelAccessLabel("UNKNOWN")).toBe("Unknown access");
  });
});

describe("modelStatusLabel", () => {
  it("turns enum values into readable labels", () => {
    expect(modelStatusLabel("IN_DEVELOPMENT")).toBe("In development");
    expect(modelStatusLabel("RELEASED")).toBe("Released");
    expect(modelStatusLabel("DELAYED")).toBe("Delayed");
  });
});

describe("countryName", () => {
  it("names ISO 3166-1 alpha-2 codes in English", () => {
    expect(countryName("US")).toBe("United States");
    expect(countryName("cn")).toBe("China");
    expect(countryName("FR")).toBe("France");
  });

  it("handles missing or malformed codes", () => {
    expect(countryName(null)).toBe("—");
    expect(countryName(undefined)).toBe("—");
    expect(countryName("")).toBe("—");
    expect(countryName("USA")).toBe("USA");
  });
});

describe("plural", () => {
  it("picks the singular only for exactly one", () => {
    expect(plural(0, "company", "companies")).toBe("0 companies");
    expect(plural(1, "company", "companies")).toBe("1 company");
    expect(plural(12, "lab", "labs")).toBe("12 labs");
  });
});

describe("formatMoney", () => {
  it("is compact and locale-aware", () => {
    expect(formatMoney(14.3e9, "USD", "en-US")).toBe("$14.3B");
    expect(formatMoney(14.3e9, "USD", "de-DE")).toBe("14,3\u00a0Mrd.\u00a0$");
    expect(formatMoney(14.3e9, "USD", "it-IT")).toBe("14,3\u00a0Mld\u00a0USD");
    expect(formatMoney(72e9, "EUR", "en-US")).toBe("€72B");
    expect(formatMoney(14.3e9, "USD", "fr-FR")).toMatch(/^14,3\s?Md\s?\$US$/);
  });

  it("copes with a unit that is not a currency", () => {
    expect(formatMoney(2e9, "credits", "en-US")).toBe("2B credits");
  });
});

describe("formatFigure", () => {
  it("formats money ranges", () => {
    expect(formatFigure({ kind: "MONEY", value: 70e9, valueMax: 72e9, unit: "USD", text: "700 – 720 亿美元" })).toBe("$70B–$72B");
  });
  it("formats counts and percents with their unit", () => {
    expect(formatFigure({ kind: "COUNT", value: 600, unit: "people", text: "600 persone" })).toBe("600 people");
    expect(formatFigure({ kind: "PERCENT", value: 49, unit: "percent", text: "49%" })).toBe("49%");
  });
  it("renders dates by their English text and falls back to the text as written", () => {
    expect(formatFigure({ kind: "DATE", text: "primo trimestre del 2026", date: { text: "Q1 2026" } })).toBe("Q1 2026");
    expect(formatFigure({ kind: "MONEY", value: null, unit: "USD", text: "miliardi" })).toBe("miliardi");
  });
});

describe("labels", () => {
  it("turns enums and metrics into words", () => {
    expect(enumLabel("CAPEX_GUIDANCE")).toBe("Capex guidance");
    expect(metricLabel("expected_release")).toBe("Expected release");
    expect(formatConfidence(0.514)).toBe("51%");
  });
  it("formats dates without shifting the day", () => {
    expect(formatIsoDate("2025-12-11")).toBe("11 Dec 2025");
  });
  it("names languages and scripts", () => {
    expect(languageName("it")).toBe("Italian");
    expect(languageName("zh-Hant")).toBe("Traditional Chinese");
    expect(languageName("und")).toBe("Any language");
  });
});
