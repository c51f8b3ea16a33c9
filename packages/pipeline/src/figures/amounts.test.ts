import fc from "fast-check";
import { extractFigures, type Figure } from ".";

// Invented sentences: amounts, shares and head counts as each language writes them.
const read = (text: string, language: string) =>
  extractFigures(text, { language, publishedOn: "2025-10-15" })
    .filter((f) => f.kind !== "DATE")
    .map((f: Figure) => [
      f.kind,
      f.text,
      Number((f.value ?? 0).toFixed(2)),
      ...(f.valueMax !== undefined ? [f.valueMax] : []),
      ...(f.kind === "MONEY" ? [f.unit] : []),
      f.qualifier,
    ]);

describe("amounts, shares and head counts", () => {
  it("reads Swiss francs, Chinese currencies written first, and a range that is no range", () => {
    expect(read("Der Kanton zahlt Fr. 2’400’000 pro Jahr.", "de")).toEqual([["MONEY", "Fr. 2’400’000", 2.4e6, "CHF", "EXACT"]]);
    expect(read("第三季營收約新台幣1,234.5億元。", "zh-Hant")).toEqual([["MONEY", "約新台幣1,234.5億元", 1.2345e11, "TWD", "APPROXIMATE"]]);
    expect(read("Perusahaan itu menjanjikan US$ 2,5 miliar hingga 2030.", "id")).toEqual([["MONEY", "US$ 2,5 miliar", 2.5e9, "USD", "EXACT"]]);
  });

  it("reads percentage points as percentages", () => {
    expect(read("Il margine è salito di oltre 3 punti percentuali.", "it")).toEqual([["PERCENT", "oltre 3 punti percentuali", 3, "AT_LEAST"]]);
    expect(read("The share fell 2 percentage points.", "en")).toEqual([["PERCENT", "2 percentage points", 2, "EXACT"]]);
  });

  it("reads fractions in words with what follows them left out, and the qualifier after them", () => {
    expect(read("Il fondo investe circa un terzo del capitale.", "it")).toEqual([["PERCENT", "circa un terzo", 33.33, "APPROXIMATE"]]);
    expect(read("La firme consacre un tiers environ à la recherche.", "fr")).toEqual([["PERCENT", "un tiers environ", 33.33, "APPROXIMATE"]]);
    expect(read("Sollte das passieren, fiele ein Fünftel des Umsatzes weg.", "de")).toEqual([["PERCENT", "ein Fünftel", 20, "EXACT"]]);
    expect(read("Survei: hampir separuh responden dan sepertiga guru memakai AI.", "id")).toEqual([
      ["PERCENT", "hampir separuh", 50, "APPROXIMATE"],
      ["PERCENT", "sepertiga", 33.33, "EXACT"],
    ]);
    expect(read("metade deles usa o serviço", "pt")).toEqual([["PERCENT", "metade", 50, "EXACT"]]);
    expect(read("زاد عدد الموظفين بنحو الثلث", "ar")).toEqual([["PERCENT", "الثلث", 33.33, "EXACT"]]);
    expect(read("Setengah jam kemudian.", "id")).toEqual([]);
  });

  it("reads head counts with a scale, a round number in words, or a scale alone", () => {
    expect(read("La piattaforma è usata da oltre 12 milioni di persone.", "it")).toEqual([["COUNT", "oltre 12 milioni di persone", 1.2e7, "AT_LEAST"]]);
    expect(read("A rede tem cerca de 80 milhões de usuários.", "pt")).toEqual([["COUNT", "cerca de 80 milhões de usuários", 8e7, "APPROXIMATE"]]);
    expect(read("Le laboratoire veut embaucher une trentaine de chercheurs.", "fr")).toEqual([["COUNT", "une trentaine de chercheurs", 30, "APPROXIMATE"]]);
    expect(read("ستدرب الحكومة مليون شخص", "ar")).toEqual([["COUNT", "مليون شخص", 1e6, "EXACT"]]);
    expect(read("Am Projekt arbeiten mehr als 40 Forschende.", "de")).toEqual([["COUNT", "mehr als 40 Forschende", 40, "AT_LEAST"]]);
    expect(read("The tool was starred by 9,000 developers.", "en")).toEqual([["COUNT", "9,000 developers", 9000, "EXACT"]]);
    expect(read("कंपनी के 12 करोड़ ग्राहकों को फायदा होगा।", "hi")).toEqual([["COUNT", "12 करोड़ ग्राहकों", 1.2e8, "EXACT"]]);
    expect(read("全球員工已超過6萬2千人。", "zh-Hant")).toEqual([["COUNT", "超過6萬2千人", 62000, "AT_LEAST"]]);
  });

  it("reads any thousands separator, apostrophe or space of any kind, as the same amount (property)", () => {
    const separators = fc.constantFrom("'", "\u2019", "\u02BC", " ", "\u00A0", "\u202F", "\u2009");
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 999_999_999 }), separators, fc.constantFrom("fr", "de", "it"), (amount, separator, language) => {
        const grouped = amount.toLocaleString("en-US").replaceAll(",", separator);
        const [figure] = extractFigures(`Le budget atteint ${grouped} € cette fois.`, { language, publishedOn: "2025-10-15" });
        return figure?.kind === "MONEY" && figure.value === amount && figure.unit === "EUR";
      }),
    );
  });

  it("parses a Chinese or Japanese amount with two myriad units as their sum (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 9 }), (man, sen) => {
        const [figure] = extractFigures(`員工超過${man}萬${sen}千人。`, { language: "zh-Hant", publishedOn: "2025-10-15" });
        return figure?.kind === "COUNT" && figure.value === man * 1e4 + sen * 1e3;
      }),
    );
  });
});
