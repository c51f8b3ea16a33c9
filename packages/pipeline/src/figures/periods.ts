import { lastDayOfMonth, monthDate, monthRangeDate, yearDate, yearPartDate, yearRangeDate } from "./fuzzy-dates";
import { parseHanNumeral } from "./numbers";
import type { Figure, FigureContext, FigureQualifier, FuzzyDate } from "./types";

// Periods named by their place in a year, a decade, a month or a week, resolved against the publication date:
// "end of the year", "来年末", "연내", "the next decade", "2026年3月期", "between 2023 and 2029", "before 2027".

type Part = "early" | "late";
const phrase = (words: string) => words.normalize("NFKC");

/** The start or end of the publication year (0), the next one (1) or the last one (-1), in each language. */
// prettier-ignore
const YEAR_PARTS: Array<[string, number, Part]> = [
  ["end of (?:the|this) year|year-end|the end of the year|fin de l'année|fin de cette année|fin d'année|fin de año|fin del año|finales de año|finales del año|final del año|final do ano|fim do ano|fim de ano|final de ano|ende des jahres|ende dieses jahres|ende jahr|jahresende|fine dell'anno|fine anno|fine di quest'anno|akhir tahun ini|akhir tahun|конца года|конце года|конца этого года|نهاية العام الجاري|نهاية العام الحالي|نهاية هذا العام|نهاية العام|इस साल के अंत|साल के अंत|今年年底|今年底|今年末|年底|年末|올해 말|연말", 0, "late"],
  ["beginning of (?:the|this) year|start of (?:the|this) year|début de l'année|début d'année|anfang des jahres|anfang dieses jahres|jahresanfang|inizio dell'anno|inizio anno|principios de año|principios del año|comienzos de año|início do ano|início deste ano|awal tahun ini|начале года|начала года|بداية العام الجاري|بداية العام|इस साल की शुरुआत|साल की शुरुआत|今年年初|今年初|年初|올해 초|연초", 0, "early"],
  ["end of next year|fin de l'année prochaine|ende nächsten jahres|ende kommenden jahres|fine del prossimo anno|finales del próximo año|final do próximo ano|fim do próximo ano|akhir tahun depan|конца следующего года|конце следующего года|نهاية العام المقبل|نهاية العام القادم|अगले साल के अंत|明年年底|明年底|明年末|来年末|내년 말", 1, "late"],
  ["early next year|beginning of next year|start of next year|début de l'année prochaine|anfang nächsten jahres|anfang kommenden jahres|inizio del prossimo anno|principios del próximo año|início do próximo ano|awal tahun depan|начале следующего года|بداية العام المقبل|بداية العام القادم|अगले साल की शुरुआत|明年年初|明年初|来年初|来年初め|내년 초", 1, "early"],
  ["end of last year|fin de l'année dernière|ende letzten jahres|ende vergangenen jahres|fine dell'anno scorso|finales del año pasado|final do ano passado|fim do ano passado|akhir tahun lalu|конце прошлого года|نهاية العام الماضي|पिछले साल के अंत|去年年底|去年底|去年末|昨年末|작년 말|지난해 말", -1, "late"],
  ["early last year|beginning of last year|début de l'année dernière|anfang letzten jahres|inizio dell'anno scorso|principios del año pasado|início do ano passado|awal tahun lalu|начале прошлого года|بداية العام الماضي|去年年初|去年初|昨年初め|작년 초|지난해 초", -1, "early"],
];

/** "Within the year": by its end, an upper bound. */
const WITHIN_YEAR = phrase("연내|年内|年內|within the year|dans l'année|innerhalb des jahres|entro l'anno|dentro del año|dentro do ano|в течение года");

const DECADE_END = phrase(
  "end of the decade|fin de la décennie|ende des jahrzehnts|fine del decennio|finales de la década|final da década|fim da década|akhir dekade|конца десятилетия|конце десятилетия|نهاية العقد|दशक के अंत",
);
const NEXT_DECADE = phrase(
  "the next decade|the coming decade|la prochaine décennie|la décennie à venir|im nächsten jahrzehnt|im kommenden jahrzehnt|nel prossimo decennio|la próxima década|na próxima década|a próxima década|dekade mendatang|dekade berikutnya|следующее десятилетие|ближайшее десятилетие|العقد المقبل|العقد القادم|अगले दशक|未来十年|今後10年|향후 10년",
);
/** By the end of the publication week: its Sunday, an upper bound. */
const WEEK_END = phrase("la fin de la semaine|the end of the week|ende der woche|fine della settimana|final da semana|fim da semana|конца недели");
/** The end or start of the publication month, without a month number before it ("月底", "이달 말"). */
const MONTH_END = phrase(
  "(?<![\\d一二三四五六七八九十])月底|(?<![\\d一二三四五六七八九十])月末|이달 말|이번 달 말|the end of the month|fin du mois|ende des monats|monatsende|fine del mese|finales de mes|fim do mês|final do mês|akhir bulan ini|конца месяца|نهاية الشهر|महीने के अंत",
);
const BEFORE_YEAR = phrase("before|avant|vor|prima del|antes de|antes do|sebelum|قبل عام|قبل");
const BEFORE_CHRISTMAS = phrase(
  "before christmas|avant noël|vor weihnachten|prima di natale|antes de navidad|antes do natal|до рождества|圣诞节前|聖誕節前|クリスマス前|크리스마스 전",
);

const YEAR = String.raw`(?:19|20)\d{2}`;
const MONTH_NUMBER = `(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])`;
/** Between the two years of a range: a dash, a word, or Arabic و written solid with the second year ("2023 و2029"). */
const YEAR_TO = phrase("\\s?(?:[-–—~〜～]|至|到|から|부터|and|to|à|a|al|bis|und|e|y|hingga|sampai|و)\\s?");

type Script = "Latin" | "Cyrillic" | "Arabic" | "Devanagari" | "Han" | "Hangul";
const SCRIPT_OF_LANGUAGE: Record<string, Script> = {
  ru: "Cyrillic",
  uk: "Cyrillic",
  bg: "Cyrillic",
  ar: "Arabic",
  fa: "Arabic",
  ur: "Arabic",
  hi: "Devanagari",
  mr: "Devanagari",
  zh: "Han",
  ja: "Han",
  ko: "Hangul",
};
const SCRIPT_LETTER: Record<Script, RegExp> = {
  Latin: /\p{Script=Latin}/u,
  Cyrillic: /\p{Script=Cyrillic}/u,
  Arabic: /\p{Script=Arabic}/u,
  Devanagari: /\p{Script=Devanagari}/u,
  Han: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u,
  Hangul: /\p{Script=Hangul}/u,
};

/** The top-level alternatives of a pattern ("a|(?:b|c)d" → "a", "(?:b|c)d"). */
function alternativesOf(pattern: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] === "\\") i++;
    else if (pattern[i] === "(") depth++;
    else if (pattern[i] === ")") depth--;
    else if (pattern[i] === "|" && depth === 0) {
      parts.push(pattern.slice(start, i));
      start = i + 1;
    }
  }
  return [...parts, pattern.slice(start)];
}

/** The first letter an alternative matches (past a look-behind and its escapes): its script. */
const firstLetter = (alternative: string) => /\p{L}/u.exec(alternative.replace(/^\(\?<?[!=](?:\\.|[^)])*\)/u, "").replace(/\\[pP]\{[^}]*\}|\\./gu, ""))?.[0] ?? "";

/** The alternatives of a phrase list written in one script; none at all never matches. */
function inScript(pattern: string, script: Script): string {
  const kept = alternativesOf(phrase(pattern)).filter((alternative) => SCRIPT_LETTER[script].test(firstLetter(alternative)));
  return kept.length > 0 ? kept.join("|") : "(?!)";
}

// The Latin and Cyrillic phrases must stand as whole words; CJK and Hangul run on.
// The edge before is checked on the match: a look-behind would run at every position of the text.
const ALPHABETIC_BEFORE = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Devanagari}\p{N}]/u;
const EDGE_AFTER = "(?![\\p{Script=Latin}\\p{Script=Cyrillic}\\p{Script=Arabic}\\p{Script=Devanagari}\\p{N}])";

/** The phrases of the document's script, then the periods written with digits (fiscal years, ranges of years). */
function periodPattern(script: Script, flags: string): RegExp {
  const words = (pattern: string) => inScript(pattern, script);
  return new RegExp(
    `(?:${YEAR_PARTS.map(([pattern], i) => `(?<p${i}>${words(pattern)})`).join("|")}` +
      `|(?<within>${words(WITHIN_YEAR)})|(?<decadeEnd>${words(DECADE_END)})|(?<nextDecade>${words(NEXT_DECADE)})|(?<weekEnd>${words(WEEK_END)})|(?<monthEnd>${words(MONTH_END)})` +
      `|(?<beforeChristmas>${words(BEFORE_CHRISTMAS)})|(?:${words(BEFORE_YEAR)})\\s(?<beforeYear>${YEAR})` +
      `|(?<fy>${YEAR})\\s?年\\s?(?:(?<fyFrom>\\d{1,2})\\s?[〜~～-]\\s?)?(?<fyTo>\\d{1,2})\\s?月期|(?<fiscal>${YEAR})\\s?年度` +
      `|(?:(?<firstYear>${YEAR})\\s?年|(?<firstRel>今年|去年|明年))\\s?前\\s?(?<firstMonths>${MONTH_NUMBER})\\s?(?:个|個|ヶ|カ|か)?月` +
      `|(?<y1>${YEAR})(?:\\s?[年년])?${YEAR_TO}(?<y2>${YEAR})(?:\\s?[年년])?)${EDGE_AFTER}`,
    flags,
  );
}

/**
 * One pattern per script, compiled when first needed. The phrases are written in lower case: a text whose
 * lower-case form keeps its length is searched lower-cased, without the slower case-insensitive flag.
 */
const PATTERNS = new Map<string, RegExp>();
function patternFor(script: Script, lowerCased: boolean): RegExp {
  const key = `${script}:${lowerCased}`;
  let pattern = PATTERNS.get(key);
  if (!pattern) PATTERNS.set(key, (pattern = periodPattern(script, lowerCased ? "gu" : "giu")));
  return pattern;
}

interface Period {
  date: FuzzyDate;
  qualifier?: FigureQualifier;
}

const numberOf = (written: string) => (/\d/.test(written) ? Number(written) : parseHanNumeral(written));

function resolve(g: Record<string, string | undefined>, language: string, published: { year: number; month: number; day: number }): Period | undefined {
  const { year, month, day } = published;
  const part = YEAR_PARTS.findIndex((_, i) => g[`p${i}`] !== undefined);
  if (part >= 0) return { date: yearPartDate(year + YEAR_PARTS[part][1], YEAR_PARTS[part][2]) };
  if (g.within) return { date: yearPartDate(year, "late"), qualifier: "AT_MOST" };
  if (g.decadeEnd) return { date: yearPartDate(Math.floor(year / 10) * 10 + 9, "late"), qualifier: "APPROXIMATE" };
  if (g.nextDecade) return { date: yearRangeDate(year + 1, year + 10), qualifier: "RANGE" };
  if (g.weekEnd) {
    const sunday = new Date(Date.UTC(year, month - 1, day + ((7 - new Date(Date.UTC(year, month - 1, day)).getUTCDay()) % 7)));
    const iso = sunday.toISOString().slice(0, 10);
    return { date: { start: iso, end: iso, precision: "DAY", fuzzy: iso }, qualifier: "AT_MOST" };
  }
  if (g.monthEnd) return { date: monthDate(year, month), qualifier: "APPROXIMATE" };
  if (g.beforeChristmas) {
    const christmasYear = month === 12 && day > 24 ? year + 1 : year;
    const iso = `${christmasYear}-12-24`;
    return { date: { start: iso, end: iso, precision: "DAY", fuzzy: iso }, qualifier: "AT_MOST" };
  }
  if (g.beforeYear) return { date: yearDate(Number(g.beforeYear) - 1), qualifier: "AT_MOST" };
  // Japanese fiscal years run April to March: "2026年3月期" ends in March 2026, "2026年度" starts in April 2026.
  if (g.fy && language.startsWith("ja")) {
    const to = Number(g.fyTo);
    if (to < 1 || to > 12) return undefined;
    if (g.fyFrom) {
      const from = Number(g.fyFrom);
      return from >= 1 && from <= 12 ? { date: monthRangeDate(Number(g.fy), from, from <= to ? Number(g.fy) : Number(g.fy) + 1, to), qualifier: "RANGE" } : undefined;
    }
    const start = to === 12 ? { y: Number(g.fy), m: 1 } : { y: Number(g.fy) - 1, m: to + 1 };
    return { date: monthRangeDate(start.y, start.m, Number(g.fy), to), qualifier: "RANGE" };
  }
  if (g.fiscal && language.startsWith("ja")) return { date: monthRangeDate(Number(g.fiscal), 4, Number(g.fiscal) + 1, 3), qualifier: "RANGE" };
  if (g.firstMonths) {
    const firstYear = g.firstYear ? Number(g.firstYear) : year + ({ 今年: 0, 去年: -1, 明年: 1 }[g.firstRel ?? "今年"] ?? 0);
    const months = numberOf(g.firstMonths);
    return months >= 1 && months <= 12 ? { date: monthRangeDate(firstYear, 1, firstYear, months), qualifier: "RANGE" } : undefined;
  }
  if (g.y1 && g.y2 && Number(g.y2) > Number(g.y1)) return { date: yearRangeDate(Number(g.y1), Number(g.y2)), qualifier: "RANGE" };
  return undefined;
}

export function periodFigures(text: string, context: FigureContext): Figure[] {
  const [year, month, day] = context.publishedOn.split("-").map(Number);
  const published = { year, month: month || 12, day: day || lastDayOfMonth(year, month || 12) };
  const lower = text.toLowerCase();
  const lowerCased = lower.length === text.length;
  const script = SCRIPT_OF_LANGUAGE[context.language.split("-")[0]] ?? "Latin";
  const figures: Figure[] = [];
  for (const match of (lowerCased ? lower : text).matchAll(patternFor(script, lowerCased))) {
    if (match.index > 0 && ALPHABETIC_BEFORE.test(text[match.index - 1])) continue;
    const period = resolve(match.groups ?? {}, context.language, published);
    if (!period) continue;
    figures.push({
      kind: "DATE",
      start: match.index,
      end: match.index + match[0].length,
      text: text.slice(match.index, match.index + match[0].length),
      date: period.date,
      ...(period.qualifier ? { qualifier: period.qualifier } : {}),
    });
  }
  return figures;
}
