import { fuzzyDay, type FuzzyDay } from "./calendar";
import type { Draw } from "./prng";

/**
 * The figures an event of each type reports (money raised, head count cut, an expected release
 * date…) and how each language writes them: the figure's `text` is the words of the quote.
 */
export type FigureKind = "MONEY" | "COUNT" | "PERCENT" | "DATE";

export interface FigurePlan {
  kind: FigureKind;
  metric: string;
  /** MONEY in US dollars, COUNT in units, PERCENT in percent; null for dates. */
  value: number | null;
  unit: string | null;
  qualifier: "EXACT" | "APPROXIMATE" | "AT_LEAST";
  date: FuzzyDay | null;
}

const FIGURE_OF_TYPE: Partial<Record<string, readonly [FigureKind, string, number, number]>> = {
  FINANCING: ["MONEY", "funding_raised", 5e6, 2e10],
  INVESTMENT: ["MONEY", "investment", 1e6, 1e10],
  ACQUISITION: ["MONEY", "deal_value", 1e7, 5e10],
  CAPEX_GUIDANCE: ["MONEY", "capex_guidance", 1e9, 1e11],
  BUDGET_REALLOCATION: ["MONEY", "budget_cut", 1e6, 5e9],
  DATA_CENTER: ["MONEY", "investment", 1e8, 5e10],
  HIRE: ["COUNT", "researchers_hired", 2, 400],
  LAYOFF: ["COUNT", "headcount_cut", 20, 20_000],
  RANKING: ["COUNT", "rank", 1, 50],
  PRODUCT_LAUNCH: ["PERCENT", "ad_revenue_growth", 1, 80],
  STATEMENT: ["PERCENT", "share_departed", 1, 60],
  RELEASE_PLAN: ["DATE", "expected_release", 30, 400],
  DELAY: ["DATE", "expected_release", 60, 500],
};

/** Whether events of this type carry figures. */
export function hasFigures(type: string): boolean {
  return FIGURE_OF_TYPE[type] !== undefined;
}

const twoDigits = (value: number) => {
  const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(value)) - 1);
  return Math.round(value / magnitude) * magnitude;
};

/** A figure of an event reported on `reportedDay`. */
export function planFigure(type: string, draw: Draw, reportedDay: number): FigurePlan {
  const [kind, metric, low, high] = FIGURE_OF_TYPE[type]!;
  const qualifier = draw.chance(0.6) ? "EXACT" : draw.chance(0.6) ? "APPROXIMATE" : "AT_LEAST";
  if (kind === "DATE") {
    const precision = draw.chance(0.7) ? "QUARTER" : "HALF";
    return { kind, metric, value: null, unit: null, qualifier: "EXACT", date: fuzzyDay(reportedDay + draw.int(low, high), precision) };
  }
  // Log-uniform: small amounts are far more common than large ones.
  const value = kind === "MONEY" ? twoDigits(low * (high / low) ** draw.next()) : draw.int(low, high);
  return { kind, metric, value, unit: kind === "MONEY" ? "USD" : kind === "PERCENT" ? "%" : null, qualifier, date: null };
}

const decimal = (value: number, comma: boolean) => {
  const text = value >= 10 ? String(Math.round(value)) : String(Math.round(value * 10) / 10);
  return comma ? text.replace(".", ",") : text;
};

type Scale = { big: number; small: number; bigWord: string; smallWord: string; prefix?: string; comma?: boolean; space?: boolean };

const MONEY_WORDS: Record<string, Scale> = {
  en: { big: 1e9, small: 1e6, bigWord: " billion", smallWord: " million", prefix: "$" },
  "zh-Hans": { big: 1e8, small: 1e4, bigWord: "亿美元", smallWord: "万美元" },
  "zh-Hant": { big: 1e8, small: 1e4, bigWord: "億美元", smallWord: "萬美元" },
  ja: { big: 1e8, small: 1e4, bigWord: "億ドル", smallWord: "万ドル" },
  ko: { big: 1e8, small: 1e4, bigWord: "억 달러", smallWord: "만 달러" },
  de: { big: 1e9, small: 1e6, bigWord: " Mrd. US-Dollar", smallWord: " Mio. US-Dollar", comma: true },
  fr: { big: 1e9, small: 1e6, bigWord: " milliards de dollars", smallWord: " millions de dollars", comma: true },
  es: { big: 1e9, small: 1e6, bigWord: " mil millones de dólares", smallWord: " millones de dólares", comma: true },
  it: { big: 1e9, small: 1e6, bigWord: " miliardi di dollari", smallWord: " milioni di dollari", comma: true },
  pt: { big: 1e9, small: 1e6, bigWord: " bilhões", smallWord: " milhões", prefix: "US$ ", comma: true },
  id: { big: 1e9, small: 1e6, bigWord: " miliar", smallWord: " juta", prefix: "US$", comma: true },
  ru: { big: 1e9, small: 1e6, bigWord: " млрд долларов", smallWord: " млн долларов", comma: true },
  ar: { big: 1e9, small: 1e6, bigWord: " مليار دولار", smallWord: " مليون دولار" },
  hi: { big: 1e9, small: 1e6, bigWord: " अरब डॉलर", smallWord: " मिलियन डॉलर" },
};

const PEOPLE: Record<string, string> = {
  en: " people",
  "zh-Hans": "人",
  "zh-Hant": "人",
  ja: "人",
  ko: "명",
  de: " Personen",
  fr: " personnes",
  es: " personas",
  it: " persone",
  pt: " pessoas",
  id: " orang",
  ru: " человек",
  ar: " شخص",
  hi: " लोग",
};

function quarterText(date: FuzzyDay, language: string): string {
  const year = date.text.slice(-4);
  const part = date.text.slice(1, 2);
  const half = date.precision === "HALF";
  switch (language) {
    case "zh-Hans":
      return half ? `${year}年${part === "1" ? "上" : "下"}半年` : `${year}年第${part}季度`;
    case "zh-Hant":
      return half ? `${year}年${part === "1" ? "上" : "下"}半年` : `${year}年第${part}季`;
    case "ja":
      return half ? `${year}年${part === "1" ? "上" : "下"}半期` : `${year}年第${part}四半期`;
    case "ko":
      return half ? `${year}년 ${part === "1" ? "상" : "하"}반기` : `${year}년 ${part}분기`;
    default:
      return date.text;
  }
}

/** The figure as a source in `language` writes it. */
export function figureText(figure: FigurePlan, language: string): string {
  if (figure.kind === "DATE") return quarterText(figure.date!, language);
  const value = figure.value!;
  if (figure.kind === "PERCENT") return `${value}%`;
  if (figure.kind === "COUNT") return `${value}${PEOPLE[language] ?? PEOPLE.en}`;
  const words = MONEY_WORDS[language] ?? MONEY_WORDS.en;
  const big = value >= words.big;
  const amount = decimal(value / (big ? words.big : words.small), words.comma === true);
  return `${words.prefix ?? ""}${amount}${big ? words.bigWord : words.smallWord}`;
}
