import { extractFigures } from ".";
import { clauseAround, speaksOfFuture } from "./tense";

// Invented sentences: the tense that decides a weekday is the reporting verb's, not the reported clause's.
const dates = (text: string, language: string, publishedOn = "2025-12-11") => extractFigures(text, { language, publishedOn }).map((f) => [f.text, f.date?.fuzzy]);

describe("the tense around a relative date", () => {
  it("reads the clause of the weekday, not the clause it reports", () => {
    // 2025-12-11 is a Thursday.
    expect(dates("The lab said on Monday that it will open an office in Lisbon.", "en")).toEqual([["Monday", "2025-12-08"]]);
    expect(dates("On Monday, the lab will open an office in Lisbon.", "en")).toEqual([["Monday", "2025-12-15"]]);
    expect(dates("أعلنت الشركة يوم الاثنين أنها سوف تفتح مكتبا", "ar")).toEqual([["الاثنين", "2025-12-08"]]);
    expect(dates("Lo studio lo ha annunciato lunedì sera, e domani aprirà.", "it")).toEqual([
      ["lunedì", "2025-12-08"],
      ["domani", "2025-12-12"],
    ]);
  });

  it("ends Hindi and Arabic sentences at their own stops", () => {
    expect(dates("कंपनी ने सोमवार को घोषणा की। अगला मॉडल जल्द होगा।", "hi")).toEqual([["सोमवार", "2025-12-08"]]);
  });

  it("does not read a future particle inside a longer word", () => {
    expect(speaksOfFuture("أعلنت شركة مايكروسوفت")).toBe(false);
    expect(speaksOfFuture("سوف تفتح")).toBe(true);
  });

  it("takes a weekday shifted by a word before or after it", () => {
    expect(dates("Presentará el próximo lunes.", "es")).toEqual([["próximo lunes", "2025-12-15"]]);
    expect(dates("Perusahaan itu meluncurkan layanan pada Senin lalu.", "id")).toEqual([["Senin lalu", "2025-12-08"]]);
    expect(dates("Model baru dirilis minggu lalu.", "id")).toEqual([["minggu lalu", "2025-12-01"]]);
  });

  it("widens a clause of two words to the next one", () => {
    const text = "On Monday, the lab will open.";
    expect(clauseAround(text, 3, 9)).toBe("On Monday, the lab will open");
  });
});
