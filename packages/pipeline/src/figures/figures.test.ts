import fc from "fast-check";
import { extractFigures, parseDigits, parseHanNumeral, type Figure } from ".";

const summary = (figures: Figure[]) =>
  figures.map((f) => [f.kind, f.text, f.value ?? f.date?.fuzzy, ...(f.valueMax !== undefined ? [f.valueMax] : []), ...(f.unit && f.kind === "MONEY" ? [f.unit] : [])]);
const extract = (text: string, language: string, publishedOn = "2025-12-11") => summary(extractFigures(text, { language, publishedOn }));

describe("extractFigures", () => {
  it("reads money with currency and scale words in each language", () => {
    expect(extract("acquisito per 14,3 miliardi di dollari", "it")).toEqual([["MONEY", "14,3 miliardi di dollari", 14.3e9, "USD"]]);
    expect(extract("a deal worth $14.3 billion", "en")).toEqual([["MONEY", "$14.3 billion", 14.3e9, "USD"]]);
    expect(extract("通过与 Scale AI 的 143 亿美元交易", "zh-Hans")).toEqual([["MONEY", "143 亿美元", 14.3e9, "USD"]]);
    expect(extract("可能超過1000億美元", "zh-Hant")).toEqual([["MONEY", "超過1000億美元", 1e11, "USD"]]);
    expect(extract("belanja modal sebesar $72 miliar", "id")).toEqual([["MONEY", "$72 miliar", 72e9, "USD"]]);
    expect(extract("un contratto da US$ 2 milioni", "it")).toEqual([["MONEY", "US$ 2 milioni", 2e6, "USD"]]);
    expect(extract("Meta investit 14,3 milliards de dollars", "fr")).toEqual([["MONEY", "14,3 milliards de dollars", 14.3e9, "USD"]]);
    expect(extract("Meta zahlte 14,3 Milliarden Dollar", "de")).toEqual([["MONEY", "14,3 Milliarden Dollar", 14.3e9, "USD"]]);
    expect(extract("Meta pagó 14.300 millones de dólares", "es")).toEqual([["MONEY", "14.300 millones de dólares", 14.3e9, "USD"]]);
    expect(extract("メタは143億ドルを投じた", "ja")).toEqual([["MONEY", "143億ドル", 14.3e9, "USD"]]);
    expect(extract("메타는 143억 달러를 투자했다", "ko")).toEqual([["MONEY", "143억 달러", 14.3e9, "USD"]]);
    expect(extract("如果最後我們多花了兩千億美元", "zh-Hant")).toEqual([["MONEY", "兩千億美元", 2e11, "USD"]]);
  });

  it("reads money ranges with the scale written once", () => {
    expect(extract("上调至 700 – 720 亿美元", "zh-Hans")).toEqual([["MONEY", "700 – 720 亿美元", 70e9, 72e9, "USD"]]);
    expect(extract("上调至700亿至720亿美元", "zh-Hans")).toEqual([["MONEY", "700亿至720亿美元", 70e9, 72e9, "USD"]]);
    expect(extract("raised guidance to $70–$72 billion", "en")).toEqual([["MONEY", "$70–$72 billion", 70e9, 72e9, "USD"]]);
  });

  it("leaves vague amounts alone", () => {
    expect(extract("還投入了數百億美元", "zh-Hant")).toEqual([]);
  });

  it("reads percentages", () => {
    expect(extract("49% saham, 49 per cento, 百分之四十九, 49 Prozent", "id").map((f) => f[2])).toEqual([49, 49, 49, 49]);
  });

  it("reads head counts", () => {
    expect(extract("taglierà circa 600 posti di lavoro", "it")).toEqual([["COUNT", "circa 600 posti di lavoro", 600]]);
    expect(extract("600 多名与基础研究相关的人员被裁撤", "zh-Hans")).toEqual([["COUNT", "600 多名", 600]]);
    expect(extract("Pemecatan terhadap 600 karyawan", "id")).toEqual([["COUNT", "600 karyawan", 600]]);
    expect(extract("Meta cut 600 jobs", "en")).toEqual([["COUNT", "600 jobs", 600]]);
    expect(extract("Meta supprime 600 emplois", "fr")).toEqual([["COUNT", "600 emplois", 600]]);
    expect(extract("Meta streicht 600 Stellen", "de")).toEqual([["COUNT", "600 Stellen", 600]]);
    expect(extract("Meta despide a 600 empleados", "es")).toEqual([["COUNT", "600 empleados", 600]]);
    expect(extract("メタは600人を削減", "ja")).toEqual([["COUNT", "600人", 600]]);
    expect(extract("메타는 600명을 감원했다", "ko")).toEqual([["COUNT", "600명", 600]]);
  });

  it("resolves dates and fuzzy periods against the publication date", () => {
    expect(extract("posticipata al primo trimestre del 2026", "it")).toEqual([["DATE", "primo trimestre del 2026", "2026-Q1"]]);
    expect(extract("推迟至 2026 年第一季度", "zh-Hans")).toEqual([["DATE", "2026 年第一季度", "2026-Q1"]]);
    expect(extract("menargetkan rilis pada Q1 2026", "id")).toEqual([["DATE", "Q1 2026", "2026-Q1"]]);
    expect(extract("pada awal tahun 2026", "id")).toEqual([["DATE", "awal tahun 2026", "2026-early"]]);
    expect(extract("previsto per la fine 2025", "it")).toEqual([["DATE", "fine 2025", "2025-late"]]);
    expect(extract("We will see it this autumn.", "en")).toEqual([["DATE", "this autumn", "2025-autumn"]]);
    expect(extract("小扎宣布明年春季发布", "zh-Hans")).toEqual([["DATE", "明年春季", "2026-spring"]]);
    expect(extract("2025年10月,Meta發行債券", "zh-Hant")).toEqual([["DATE", "2025年10月", "2025-10"]]);
    expect(extract("il 22 ottobre 2025 tramite Wang", "it")).toEqual([["DATE", "22 ottobre 2025", "2025-10-22"]]);
    expect(extract("on October 22, 2025, Meta said", "en")).toEqual([["DATE", "October 22, 2025", "2025-10-22"]]);
    expect(extract("Le 22 octobre 2025, Meta a annoncé", "fr")).toEqual([["DATE", "22 octobre 2025", "2025-10-22"]]);
    expect(extract("Am 22. Oktober 2025 kündigte Meta an", "de")).toEqual([["DATE", "Am 22. Oktober 2025", "2025-10-22"]]);
    expect(extract("El 22 de octubre de 2025 Meta anunció", "es")).toEqual([["DATE", "22 de octubre de 2025", "2025-10-22"]]);
    expect(extract("メタは2025年10月22日に発表した", "ja")).toEqual([["DATE", "2025年10月22日", "2025-10-22"]]);
    expect(extract("메타는 2025년 10월 22일 발표했다", "ko")).toEqual([["DATE", "2025년 10월 22일", "2025-10-22"]]);
    expect(extract("un post del 2023; nel 2025 Meta cambiò", "it").map((f) => f[2])).toEqual(["2023", "2025"]);
  });

  it("does not take numbers in URLs for figures", () => {
    expect(extract("https://nypost.com/2025/12/17/business/x", "en")).toEqual([]);
  });

  it("parses numbers by the language's separators", () => {
    expect(parseDigits("14,3", "it")).toBe(14.3);
    expect(parseDigits("1,000", "en")).toBe(1000);
    expect(parseDigits("14.300", "es")).toBe(14300);
    expect(parseDigits("1.234.567,8", "de")).toBe(1234567.8);
    expect(parseHanNumeral("四十九")).toBe(49);
    expect(parseHanNumeral("两千亿")).toBe(2e11);
  });

  it("reads amounts with myriad units inside them (Japanese, Korean, Chinese)", () => {
    const money = (text: string, language: string) =>
      extractFigures(text, { language, publishedOn: "2025-12-19" })
        .filter((f) => f.kind === "MONEY")
        .map((f) => [f.text, f.value, f.unit]);
    expect(money("報酬は4年間で2億5000万ドル規模とされる。", "ja")).toEqual([["2億5000万ドル", 2.5e8, "USD"]]);
    expect(money("보상 규모는 2억5000만 달러다.", "ko")).toEqual([["2억5000만 달러", 2.5e8, "USD"]]);
    expect(money("投资总额达1兆2000億日元。", "zh-Hant")).toEqual([["1兆2000億日元", 1.2e12, "JPY"]]);
  });

  it("returns spans that are the text at their offsets, without overlaps (property)", () => {
    const pieces = fc.constantFrom("14,3", " miliardi di dollari", "$72", " billion", "49%", " 600 jobs", "2026 年第一季度", "Q1 2026", " ", "亿美元", "–", "fine 2025");
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), fc.constantFrom("it", "en", "zh-Hans", "id"), (parts, language) => {
        const text = parts.join("");
        const figures = extractFigures(text, { language, publishedOn: "2025-12-11" });
        return figures.every((f, i) => text.slice(f.start, f.end) === f.text && (i === 0 || figures[i - 1].end <= f.start));
      }),
    );
  });
});
