import { extractFigures } from ".";

// Invented sentences: figures whose unit or anchor is written elsewhere in the text.
const read = (text: string, language: string, publishedOn = "2025-10-15") =>
  extractFigures(text, { language, publishedOn }).map((f) => [f.kind, f.text, f.kind === "DATE" ? f.date?.fuzzy : f.value, ...(f.kind === "MONEY" ? [f.unit] : [])]);

describe("figures whose unit or anchor is written elsewhere", () => {
  it("gives an amount after 'dont' / 'of which' the currency of the amount it divides", () => {
    expect(read("La société a levé 2,4 milliards d’euros, dont 0,9 milliard apportés par un fonds.", "fr")).toEqual([
      ["MONEY", "2,4 milliards d’euros", 2.4e9, "EUR"],
      ["MONEY", "0,9 milliard", 0.9e9, "EUR"],
    ]);
    expect(read("Das Modell hat 40 Milliarden Parameter, davon 3 Milliarden aktiv.", "de")).toEqual([]);
  });

  it("gives a number after 'contre' / 'versus' the noun of the head count it is compared with", () => {
    expect(read("Le studio emploie 420 personnes, contre environ 180 l’an passé.", "fr")).toEqual([
      ["COUNT", "420 personnes", 420],
      ["COUNT", "environ 180", 180],
    ]);
    expect(read("Le studio emploie 420 personnes. Le score passe à 180 contre 150.", "fr")).toEqual([["COUNT", "420 personnes", 420]]);
  });

  it("reads a number after the people it counts", () => {
    expect(read("该应用月活跃用户超过3亿,用户一直在增长。", "zh-Hans")).toEqual([["COUNT", "超过3亿", 3e8]]);
    expect(read("देश में ग्राहकों की संख्या 5 करोड़ से ज़्यादा है।", "hi")).toEqual([["COUNT", "5 करोड़ से ज़्यादा", 5e7]]);
  });

  it("resolves 이날 and 전날 against the day the lead names, and a day of a relative month", () => {
    // Published 2025-10-15: the lead's day is the 14th.
    expect(read("회사는 14일 서울에서 신제품을 공개했다. 지난달 3일에도 행사가 있었다. 주가는 이날 2% 올랐고, 전날에는 내렸다.", "ko")).toEqual([
      ["DATE", "14일", "2025-10-14"],
      ["DATE", "지난달 3일", "2025-09-03"],
      ["DATE", "이날", "2025-10-14"],
      ["PERCENT", "2%", 2],
      ["DATE", "전날", "2025-10-13"],
    ]);
    expect(read("主管上月12日表示。", "zh-Hans")).toEqual([["DATE", "上月12日", "2025-09-12"]]);
    expect(read("오늘 이날치 공연", "ko").filter((f) => f[1] === "이날")).toEqual([]);
  });
});
