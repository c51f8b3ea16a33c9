import fc from "fast-check";
import { extractFigures } from ".";

// Invented sentences: periods named by their place in a year, decade, month or week, and months and seasons
// without a year, resolved against the publication date.
const dates = (text: string, language: string, publishedOn = "2025-10-15") =>
  extractFigures(text, { language, publishedOn })
    .filter((f) => f.kind === "DATE")
    .map((f) => [f.text, f.date?.fuzzy, ...(f.qualifier === "RANGE" ? [f.date?.end] : []), ...(f.qualifier ? [f.qualifier] : [])]);

describe("periods of a year, a decade, a month and a week", () => {
  it("reads the end and start of this, next and last year in each language", () => {
    expect(dates("The startup expects profits by the end of the year.", "en")).toEqual([["the end of the year", "2025-late"]]);
    expect(dates("La start-up vise la rentabilité d'ici la fin de l'année.", "fr")).toEqual([["fin de l'année", "2025-late"]]);
    expect(dates("Il servizio arriverà entro la fine dell'anno.", "it")).toEqual([["fine dell'anno", "2025-late"]]);
    expect(dates("O serviço chega até ao final do ano e a fábrica no início de 2027.", "pt")).toEqual([
      ["final do ano", "2025-late"],
      ["início de 2027", "2027-early"],
    ]);
    expect(dates("Сервис запустят до конца года.", "ru")).toEqual([["конца года", "2025-late"]]);
    expect(dates("Layanan ditargetkan rampung akhir tahun ini.", "id")).toEqual([["akhir tahun ini", "2025-late"]]);
    expect(dates("Die Plattform soll bis Ende Jahr bereit sein.", "de")).toEqual([["Ende Jahr", "2025-late"]]);
    expect(dates("工場は来年末までに稼働する。", "ja")).toEqual([["来年末", "2026-late"]]);
    expect(dates("该模型在年初发布。", "zh-Hans")).toEqual([["年初", "2025-early"]]);
    expect(dates("कंपनी अगले साल की शुरुआत में दफ्तर खोलेगी।", "hi")).toEqual([["अगले साल की शुरुआत", "2026-early"]]);
    expect(dates("회사는 연내 새 기능을 추가한다.", "ko")).toEqual([["연내", "2025-late", "AT_MOST"]]);
  });

  it("reads decades, years before a year, and ranges of years", () => {
    expect(dates("Demand will grow until the end of the decade.", "en")).toEqual([["end of the decade", "2029-late", "APPROXIMATE"]]);
    expect(dates("O plano prevê obras na próxima década.", "pt")).toEqual([["na próxima década", "2026", "2035-12-31", "RANGE"]]);
    expect(dates("Quieren terminarlo antes de 2028.", "es")).toEqual([["antes de 2028", "2027", "AT_MOST"]]);
    expect(dates("ستستثمر الشركة بين عامي 2024 و2030.", "ar")).toEqual([["2024 و2030", "2024", "2030-12-31", "RANGE"]]);
  });

  it("reads the end of the month and of the week, Christmas, Japanese fiscal periods and 'the first N months'", () => {
    expect(dates("预计月底前完成。", "zh-Hans")).toEqual([["月底", "2025-10", "APPROXIMATE"]]);
    // 2025-10-15 is a Wednesday: its week ends on Sunday the 19th.
    expect(dates("La mise à jour arrive d'ici la fin de la semaine.", "fr")).toEqual([["la fin de la semaine", "2025-10-19", "AT_MOST"]]);
    expect(dates("A decisão sai antes do Natal.", "pt")).toEqual([["antes do Natal", "2025-12-24", "AT_MOST"]]);
    expect(dates("同社は2027年3月期に黒字化を目指す。", "ja")).toEqual([["2027年3月期", "2026-04", "2027-03-31", "RANGE"]]);
    expect(dates("2025年4〜9月期の決算。", "ja")).toEqual([["2025年4〜9月期", "2025-04", "2025-09-30", "RANGE"]]);
    expect(dates("2027年度までに達成する。", "ja")).toEqual([["2027年度", "2027-04", "2028-03-31", "RANGE"]]);
    expect(dates("今年前九個月營收成長。", "zh-Hant")).toEqual([["今年前九個月", "2025-01", "2025-09-30", "RANGE"]]);
  });

  it("puts a month or a season without a year in the future when the clause announces it", () => {
    // Published in October: a December in a plan is this December, in a report last December.
    expect(dates("Das Team soll im Dezember starten.", "de")).toEqual([["Dezember", "2025-12"]]);
    expect(dates("Das Team startete im Dezember.", "de")).toEqual([["Dezember", "2024-12"]]);
    expect(dates("La société a levé des fonds au printemps.", "fr")).toEqual([["au printemps", "2025-spring"]]);
    expect(dates("Обновление ожидается весной.", "ru")).toEqual([["весной", "2026-spring"]]);
    expect(dates("Elle recrutera d'ici l'été 2027.", "fr")).toEqual([["été 2027", "2027-summer"]]);
    expect(dates("Релиз намечен на втором квартале 2026 года.", "ru")).toEqual([["втором квартале 2026 года", "2026-Q2"]]);
  });

  it("takes a bare 'May' after a preposition, and leaves the verb and a decimal after a month alone", () => {
    expect(dates("She led the lab until May, then left.", "en")).toEqual([["May", "2025-05"]]);
    expect(dates("The model may ship soon.", "en")).toEqual([]);
    expect(extractFigures("Le groupe a levé en mars 1,2 milliard d'euros.", { language: "fr", publishedOn: "2025-10-15" }).map((f) => f.text)).toEqual([
      "mars",
      "1,2 milliard d'euros",
    ]);
    expect(dates("Die nächsten Jahre bleibt sie privat; im kommenden Jahr nicht.", "de")).toEqual([["kommenden Jahr", "2026"]]);
  });

  it("resolves a Japanese fiscal period ending in any month to the twelve months before it (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2090 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        const [figure] = extractFigures(`${year}年${month}月期`, { language: "ja", publishedOn: "2025-10-15" });
        const start = new Date(`${figure.date?.start}T00:00:00Z`);
        const end = new Date(`${figure.date?.end}T00:00:00Z`);
        const months = (end.getUTCFullYear() - start.getUTCFullYear()) * 12 + end.getUTCMonth() - start.getUTCMonth() + 1;
        return months === 12 && end.getUTCFullYear() === year && end.getUTCMonth() + 1 === month;
      }),
    );
  });
});
