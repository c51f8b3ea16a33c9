import { extractFigures, type Figure } from ".";

// Invented sentences, one language at a time: values, currencies, qualifiers, and what must stay out.
const read = (text: string, language: string, publishedOn = "2025-12-11") =>
  extractFigures(text, { language, publishedOn }).map((f: Figure) => [
    f.kind,
    f.text,
    f.kind === "DATE" ? f.date?.fuzzy : Number((f.value ?? 0).toFixed(2)),
    ...(f.valueMax !== undefined ? [f.valueMax] : []),
    ...(f.kind === "MONEY" ? [f.unit] : []),
    ...(f.qualifier && f.qualifier !== "EXACT" ? [f.qualifier] : []),
  ]);

describe("figures in each language", () => {
  it("French: typographic apostrophes, grouped thousands, a third", () => {
    expect(read("Mistral a levé 1,7 milliard d’euros, soit 1 700 000 000 €.", "fr")).toEqual([
      ["MONEY", "1,7 milliard d’euros", 1.7e9, "EUR"],
      ["MONEY", "1 700 000 000 €", 1.7e9, "EUR"],
    ]);
    expect(read("Le groupe emploie plus de 1\u202F200 salariés et vise un tiers du marché.", "fr")).toEqual([
      ["COUNT", "plus de 1\u202F200 salariés", 1200, "AT_LEAST"],
      ["PERCENT", "un tiers", 33.33],
    ]);
  });

  it("German: abbreviations, rund, die Hälfte, Dienstag; 'hier' is here", () => {
    expect(read("Die Firma beschäftigt rund 3.000 Mitarbeiter, investierte 5 Mrd. Euro und zahlte die Hälfte am Dienstag.", "de")).toEqual([
      ["COUNT", "rund 3.000 Mitarbeiter", 3000, "APPROXIMATE"],
      ["MONEY", "5 Mrd. Euro", 5e9, "EUR"],
      ["PERCENT", "die Hälfte", 50],
      ["DATE", "Dienstag", "2025-12-09"],
    ]);
    expect(read("Hier wurde Llama 4 vorgestellt, GPT-4.5 ebenso.", "de")).toEqual([]);
  });

  it("Spanish and Portuguese: más de, R$, mil milhões, weekdays with -feira", () => {
    expect(read("Invirtió más de 2.000 millones de dólares y contrató a 300 empleados el martes.", "es")).toEqual([
      ["MONEY", "más de 2.000 millones de dólares", 2e9, "USD", "AT_LEAST"],
      ["COUNT", "300 empleados", 300],
      ["DATE", "martes", "2025-12-09"],
    ]);
    expect(read("Un tercio de los trabajadores; cerca de 40 %.", "es")).toEqual([
      ["PERCENT", "Un tercio", 33.33],
      ["PERCENT", "cerca de 40 %", 40, "APPROXIMATE"],
    ]);
    expect(read("A empresa captou R$ 2,5 bilhões e tem mais de 1.500 funcionários desde terça-feira.", "pt")).toEqual([
      ["MONEY", "R$ 2,5 bilhões", 2.5e9, "BRL"],
      ["COUNT", "mais de 1.500 funcionários", 1500, "AT_LEAST"],
      ["DATE", "terça-feira", "2025-12-09"],
    ]);
    expect(read("Em 22 de outubro de 2025 anunciou 5 mil milhões de euros.", "pt")).toEqual([
      ["DATE", "22 de outubro de 2025", "2025-10-22"],
      ["MONEY", "5 mil milhões de euros", 5e9, "EUR"],
    ]);
  });

  it("Russian: млрд and case forms, около, во вторник, genitive months", () => {
    expect(read("Компания привлекла 1,5 млрд долларов и наняла около 300 сотрудников во вторник.", "ru")).toEqual([
      ["MONEY", "1,5 млрд долларов", 1.5e9, "USD"],
      ["COUNT", "около 300 сотрудников", 300, "APPROXIMATE"],
      ["DATE", "вторник", "2025-12-09"],
    ]);
    expect(read("Выручка выросла на 25 процентов 22 октября 2025 года; 3 млн рублей.", "ru")).toEqual([
      ["PERCENT", "25 процентов", 25],
      ["DATE", "22 октября 2025", "2025-10-22"],
      ["MONEY", "3 млн рублей", 3e6, "RUB"],
    ]);
  });

  it("Arabic: Arabic-Indic digits and separators, أكثر من, riyals", () => {
    expect(read("استثمرت الشركة ٥ مليارات دولار وتوظف أكثر من ٣٠٠ موظف، وارتفعت الأرباح ١٢٫٥٪ يوم الثلاثاء.", "ar")).toEqual([
      ["MONEY", "٥ مليارات دولار", 5e9, "USD"],
      ["COUNT", "أكثر من ٣٠٠ موظف", 300, "AT_LEAST"],
      ["PERCENT", "١٢٫٥٪", 12.5],
      ["DATE", "الثلاثاء", "2025-12-09"],
    ]);
    expect(read("أعلنت في 22 أكتوبر 2025 عن صفقة بقيمة ۱٫۵ مليار ريال سعودي.", "ar")).toEqual([
      ["DATE", "22 أكتوبر 2025", "2025-10-22"],
      ["MONEY", "۱٫۵ مليار ريال سعودي", 1.5e9, "SAR"],
    ]);
  });

  it("Hindi: crore and lakh, ₹, से अधिक, Devanagari digits", () => {
    expect(read("कंपनी ने ₹855 करोड़ का निवेश किया और 500 से अधिक कर्मचारी रखे। मंगलवार को १० प्रतिशत वृद्धि हुई।", "hi")).toEqual([
      ["MONEY", "₹855 करोड़", 8.55e9, "INR"],
      ["COUNT", "500 से अधिक कर्मचारी", 500, "AT_LEAST"],
      ["DATE", "मंगलवार", "2025-12-09"],
      ["PERCENT", "१० प्रतिशत", 10],
    ]);
    expect(read("उसने 5 अरब डॉलर जुटाए, लगभग 2 लाख उपयोगकर्ता।", "hi")).toEqual([
      ["MONEY", "5 अरब डॉलर", 5e9, "USD"],
      ["COUNT", "लगभग 2 लाख उपयोगकर्ता", 2e5, "APPROXIMATE"],
    ]);
  });

  it("Chinese: 周三, 约, 超过, fractions and tenths", () => {
    expect(read("该公司周三宣布投资约50亿元人民币,员工超过3000人,占三分之一,三成股份。", "zh-Hans")).toEqual([
      ["DATE", "周三", "2025-12-10"],
      ["MONEY", "约50亿元人民币", 5e9, "CNY", "APPROXIMATE"],
      ["COUNT", "超过3000人", 3000, "AT_LEAST"],
      ["PERCENT", "三分之一", 33.33],
      ["PERCENT", "三成", 30],
    ]);
    expect(read("公司上週三表示,2日已裁員1.5萬名員工,約佔一半。", "zh-Hant")).toEqual([
      ["DATE", "上週三", "2025-12-03"],
      ["DATE", "2日", "2025-12-02"],
      ["COUNT", "1.5萬名員工", 15000],
      ["PERCENT", "一半", 50],
    ]);
    expect(read("他八成是对的,成为一成不变的公司。", "zh-Hans")).toEqual([]);
  });

  it("Japanese and Korean: 火曜日, 以上, 割, 9일, 이상, 약", () => {
    expect(read("同社は火曜日、3000億円を投じ、社員500人以上を採用すると発表した。3割、三分の一。2日に発表。", "ja")).toEqual([
      ["DATE", "火曜日", "2025-12-09"],
      ["MONEY", "3000億円", 3e11, "JPY"],
      ["COUNT", "500人以上", 500, "AT_LEAST"],
      ["PERCENT", "3割", 30],
      ["PERCENT", "三分の一", 33.33],
      ["DATE", "2日", "2025-12-02"],
    ]);
    expect(read("삼성은 화요일 5조 원을 투자하고 직원 300명 이상을 채용한다고 9일 밝혔다. 약 30퍼센트. 3일간 진행.", "ko")).toEqual([
      ["DATE", "화요일", "2025-12-09"],
      ["MONEY", "5조 원", 5e12, "KRW"],
      ["COUNT", "300명 이상", 300, "AT_LEAST"],
      ["DATE", "9일", "2025-12-09"],
      ["PERCENT", "약 30퍼센트", 30, "APPROXIMATE"],
    ]);
  });

  it("English: relative dates, halves, and no figures in versions, phones, ordinals or model names", () => {
    expect(read("Yesterday OpenAI said it has about 3,000 employees; last week it raised $6.6 billion.", "en")).toEqual([
      ["DATE", "Yesterday", "2025-12-10"],
      ["COUNT", "about 3,000 employees", 3000, "APPROXIMATE"],
      ["DATE", "last week", "2025-12-01"],
      ["MONEY", "$6.6 billion", 6.6e9, "USD"],
    ]);
    expect(read("Meta will release it on Friday. More than half of users; two-thirds of engineers.", "en")).toEqual([
      ["DATE", "Friday", "2025-12-12"],
      ["PERCENT", "More than half of", 50, "AT_LEAST"],
      ["PERCENT", "two-thirds of", 66.67],
    ]);
    expect(read("GPT-4.5 and Llama 4 may ship; call +1 555 123 4567; the 3rd model; version 2.5; 70 billion parameters.", "en")).toEqual([]);
    expect(read("Shares rose 20–30% in Q1 2026.", "en")).toEqual([
      ["PERCENT", "20–30%", 20, 30, "RANGE"],
      ["DATE", "Q1 2026", "2026-Q1"],
    ]);
  });

  it("resolves a weekday against the publication day: the last one in a report, the next one in an announcement", () => {
    // 2025-12-11 is a Thursday.
    expect(read("On Thursday Meta said so.", "en")).toEqual([["DATE", "Thursday", "2025-12-11"]]);
    expect(read("Meta will say so on Thursday.", "en")).toEqual([["DATE", "Thursday", "2025-12-18"]]);
    expect(read("Meta dira mardi prochain.", "fr")).toEqual([["DATE", "mardi prochain", "2025-12-16"]]);
    expect(read("公司下周一发布。", "zh-Hans")).toEqual([["DATE", "下周一", "2025-12-15"]]);
    expect(read("Il 20 Meta ha detto", "it", "2025-12")).toEqual([]);
    expect(read("15日に発表した。", "ja", "2025-12-11")).toEqual([["DATE", "15日", "2025-11-15"]]);
  });
});

describe("a Chinese season without a year", () => {
  it("is the coming one in a sentence about a target, the last one in a report", () => {
    expect(extract("公司的目標是在夏天達到這個水準。")).toEqual(["2026-summer"]);
    expect(extract("公司在夏天發佈了模型。")).toEqual(["2025-summer"]);
    expect(extract("目標是達到Gemini 2.5的水平,並在夏天發佈。")).toEqual(["2026-summer"]);
  });
  const extract = (text: string) => extractFigures(text, { language: "zh-Hant", publishedOn: "2025-12-18" }).map((f) => f.date?.fuzzy);
});
