import { countryName, modelAccessLabel, modelStatusLabel, plural } from "./format";

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
