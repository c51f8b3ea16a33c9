import { citationText, latestDate } from "./cite";

describe("citationText", () => {
  const source = (id: string, publishedOn: string) => ({ id, title: `T${id}`, publishedOn, language: "it", url: `https://x.test/${id}`, publisher: { name: "Outlet" } });

  it("names the page, the report date and every source once, newest first", () => {
    const text = citationText({
      title: "Meta",
      path: "/companies/meta",
      reportedUpTo: "2025-12-18",
      sources: [source("a", "2025-12-10"), source("b", "2025-12-18"), source("a", "2025-12-10")],
      accessed: "2026-01-02",
      origin: "https://orchard.test",
    });
    expect(text.split("\n")).toEqual([
      "Orchard, “Meta”, as reported up to 18 Dec 2025. https://orchard.test/companies/meta (accessed 2 Jan 2026).",
      "Sources:",
      "- Outlet, “Tb” (it), 18 Dec 2025, https://x.test/b",
      "- Outlet, “Ta” (it), 10 Dec 2025, https://x.test/a",
    ]);
  });

  it("finds the latest date and ignores missing ones", () => {
    expect(latestDate(["2025-01-02", null, "2025-12-01", undefined])).toBe("2025-12-01");
    expect(latestDate([])).toBeNull();
  });
});
