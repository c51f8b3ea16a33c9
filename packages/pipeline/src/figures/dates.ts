import * as chrono from "chrono-node";
import { AMBIGUOUS_MONTH_WORDS, MONTH_NAME, monthNumber } from "./calendar";
import { parseHanNumeral } from "./numbers";
import { dayDate, halfDate, monthDate, quarterDate, seasonDate, yearDate, yearPartDate, type Season } from "./fuzzy-dates";
import { clauseAround, speaksOfFuture } from "./tense";
import type { Figure, FigureContext, FuzzyDate } from "./types";

// ── Dates ───────────────────────────────────────────────────────────────────────────────────────

// prettier-ignore
const ORDINALS: Record<string, number> = {
  primo: 1, prima: 1, first: 1, premier: 1, première: 1, ersten: 1, erste: 1, primer: 1, pertama: 1, 一: 1, 1: 1,
  secondo: 2, seconda: 2, second: 2, deuxième: 2, zweiten: 2, zweite: 2, segundo: 2, kedua: 2, 二: 2, 2: 2,
  terzo: 3, third: 3, troisième: 3, dritten: 3, dritte: 3, tercer: 3, ketiga: 3, 三: 3, 3: 3,
  quarto: 4, fourth: 4, quatrième: 4, vierten: 4, vierte: 4, cuarto: 4, keempat: 4, 四: 4, 4: 4,
};
const ORDINAL = Object.keys(ORDINALS).join("|");
const RUSSIAN_ORDINALS: Record<string, number> = { перв: 1, втор: 2, трет: 3, четверт: 4 };

const SEASON_NAMES: Array<[string, Season]> = [
  ["primavera|spring|printemps|frühling|frühjahr|musim semi|весной|春季|春天|春|春|봄", "spring"],
  ["estate|summer|été|sommer|verano|verão|musim panas|летом|夏季|夏天|夏|여름", "summer"],
  ["autunno|autumn|fall|automne|herbst|otoño|outono|musim gugur|осенью|秋季|秋天|秋|가을", "autumn"],
  ["inverno|winter|hiver|invierno|musim dingin|зимой|冬季|冬天|冬|겨울", "winter"],
];
const SEASON_NAME = SEASON_NAMES.map(([pattern]) => pattern).join("|");

const WHOLE_SEASONS = SEASON_NAMES.map(([pattern, season]) => ({ whole: new RegExp(`^(?:${pattern})$`, "iu"), season }));

function seasonOf(written: string): Season {
  return WHOLE_SEASONS.find(({ whole }) => whole.test(written))?.season ?? "summer";
}

/** A year written near the phrase, or a relative year ("quest'anno", "明年", "last year"). */
const THIS_YEAR =
  "quest'anno|questo anno|this year|cette année|dieses jahr|diesem jahr|este año|tahun ini|este ano|neste ano|deste ano|в этом году|этого года|هذا العام|العام الجاري|इस साल|इस वर्ष|今年|올해";
const NEXT_YEAR =
  "il prossimo anno|l'anno prossimo|next year|l'année prochaine|nächstes jahr|nächsten jahr|kommenden jahr|kommendes jahr|el próximo año|el año que viene|tahun depan|no próximo ano|o ano que vem|в следующем году|العام المقبل|العام القادم|अगले साल|अगले वर्ष|明年|来年|來年|翌年|내년";
const LAST_YEAR =
  "l'anno scorso|lo scorso anno|last year|l'année dernière|letztes jahr|letzten jahr|el año pasado|tahun lalu|no ano passado|o ano passado|в прошлом году|العام الماضي|पिछले साल|पिछले वर्ष|지난해|去年|上一年|昨年|작년";
const RELATIVE_YEAR = `${THIS_YEAR}|${NEXT_YEAR}|${LAST_YEAR}`;

const WHOLE_NEXT_YEAR = new RegExp(`^(?:${NEXT_YEAR})$`, "iu");
const WHOLE_LAST_YEAR = new RegExp(`^(?:${LAST_YEAR})$`, "iu");

function relativeYear(written: string, publishedYear: number): number {
  const lower = written.toLowerCase();
  if (WHOLE_NEXT_YEAR.test(lower)) return publishedYear + 1;
  if (WHOLE_LAST_YEAR.test(lower)) return publishedYear - 1;
  return publishedYear;
}

const YEAR = String.raw`(?:19|20)\d{2}`;
const EARLY = "inizio|all'inizio|early|beginning of|the start of|début|anfang|principios|comienzos|início|inicio|awal|年初|初め|초";
const LATE = "fine|alla fine|end of|the end of|late|fin|fim|ende|finales|final|akhir|年底|年末|末|말";

const WHOLE_EARLY = new RegExp(`^(?:${EARLY})$`, "iu");

/** The publication year and month, and whether the clause around the match speaks of the future (asked only when needed). */
interface Reference {
  year: number;
  month: number;
  future(): boolean;
}

interface DateRule {
  pattern: RegExp;
  /** A cheap test of the whole text first: a rule whose words are absent does not scan the text at every position. */
  requires?: RegExp;
  /** What may not precede the match (it must start a word): checked on the match, as a lookbehind would run at every position of the text. */
  wordStart?: RegExp;
  resolve(groups: Record<string, string | undefined>, context: Reference): FuzzyDate | undefined;
}

const yearFrom = (groups: Record<string, string | undefined>, publishedYear: number) =>
  groups.year ? Number(groups.year) : groups.rel ? relativeYear(groups.rel, publishedYear) : publishedYear;

/** A month without a year: the last one in a report ("a ottobre" in December), the next one in an announcement ("im Oktober soll"). */
function yearOfMonth(month: number, context: Reference): number {
  if (context.future()) return month >= context.month ? context.year : context.year + 1;
  return month <= context.month ? context.year : context.year - 1;
}

const SEASON_FIRST_MONTH: Record<Season, number> = { spring: 3, summer: 6, autumn: 9, winter: 12 };

/** A season without a year, as a month without one: the next in an announcement, else the last one begun. */
function yearOfSeason(season: Season, context: Reference): number {
  const first = SEASON_FIRST_MONTH[season];
  if (context.future()) return first > context.month ? context.year : context.year + 1;
  return first <= context.month ? context.year : context.year - 1;
}

const OF = String.raw`(?:\s?(?:del|dell'|di|of|de|du|des|von|tahun|del año)?\s?)`;

/** Season names that stand alone after a preposition ("au printemps", "entro l'autunno"); not "fall", a verb. */
const BARE_SEASON = "printemps|été|automne|hiver|spring|summer|autumn|winter|frühling|frühjahr|sommer|herbst|primavera|verano|otoño|invierno|verão|outono|inverno|estate|autunno";

const SEASON_WORD = new RegExp(`[春夏秋冬]|봄|여름|가을|겨울|${SEASON_NAME}|${BARE_SEASON}`, "iu");
const LETTER_OR_DIGIT = /[\p{L}\p{M}\p{N}]/u;
const LATIN_OR_DIGIT = /[\p{Script=Latin}\p{Script=Cyrillic}\p{M}\p{N}]/u;

const DATE_RULES: DateRule[] = [
  // 2026 年第一季度, 2026年第1四半期, 2026년 1분기, 第一季度
  {
    requires: /季|四半期|분기/u,
    pattern: new RegExp(`(?:(?<year>${YEAR})\\s?[年년]\\s?|(?<rel>${RELATIVE_YEAR})\\s?)?(?:第\\s?(?<q>[一二三四1-4])\\s?(?:季度|季|四半期)|(?<qk>[1-4])\\s?분기)`, "gu"),
    resolve: (g, c) => quarterDate(yearFrom(g, c.year), ORDINALS[g.q ?? g.qk ?? "1"]),
  },
  // Q1 2026, Q1-2026, 1Q26
  {
    pattern: new RegExp(`\\bQ(?<q>[1-4])\\s?[-/]?\\s?(?<year>${YEAR})?\\b`, "gu"),
    resolve: (g, c) => quarterDate(yearFrom(g, c.year), Number(g.q)),
  },
  // primo trimestre del 2026, first quarter of 2026, premier trimestre 2026, ersten Quartal 2026, kuartal pertama 2026
  {
    pattern: new RegExp(
      `\\b(?:(?<ord>${ORDINAL})\\s(?:trimestre|quarter|quartal)|(?:kuartal|triwulan)\\s(?<ord2>${ORDINAL}))${OF}(?:(?<year>${YEAR})|(?<rel>${RELATIVE_YEAR}))?`,
      "giu",
    ),
    resolve: (g, c) => quarterDate(yearFrom(g, c.year), ORDINALS[(g.ord ?? g.ord2 ?? "").toLowerCase()] ?? 1),
  },
  // в первом квартале 2026 года, третьего квартала
  {
    requires: /квартал/iu,
    pattern: new RegExp(
      `(?<![\\p{L}])(?<ord>перв|втор|трет|четв[её]рт)\\p{L}*\\sквартал\\p{L}*(?:\\s(?<year>${YEAR})(?:\\sг(?:ода|\\.))?|\\s(?<rel>этого года|следующего года|прошлого года))?`,
      "giu",
    ),
    resolve: (g, c) =>
      quarterDate(
        g.rel
          ? relativeYear(g.rel.replace("этого года", "в этом году").replace("следующего года", "в следующем году").replace("прошлого года", "в прошлом году"), c.year)
          : yearFrom(g, c.year),
        RUSSIAN_ORDINALS[(g.ord ?? "").toLowerCase().replace("ё", "е")] ?? 1,
      ),
  },
  // H1 2026, first half of 2026, prima metà del 2026, 上半年 / 下半年
  {
    requires: /半年|H[12]|half|metà|semestre|halbjahr|mitad/iu,
    pattern: new RegExp(
      `\\bH(?<h>[12])\\s?(?<year>${YEAR})\\b|\\b(?<ord>first|second|prima|seconda|premier|second|ersten|zweiten|primer|segundo)\\s(?:half|metà|semestre|halbjahr|mitad)${OF}(?:(?<year2>${YEAR})|(?<rel>${RELATIVE_YEAR}))?|(?:(?<year3>${YEAR})\\s?年\\s?|(?<rel2>${RELATIVE_YEAR}))?(?<hz>上|下)半年`,
      "giu",
    ),
    resolve: (g, c) => {
      const year = g.year ?? g.year2 ?? g.year3;
      const rel = g.rel ?? g.rel2;
      const resolvedYear = year ? Number(year) : rel ? relativeYear(rel, c.year) : c.year;
      const half = g.h ? Number(g.h) : g.hz ? (g.hz === "上" ? 1 : 2) : (ORDINALS[(g.ord ?? "").toLowerCase()] ?? 1);
      return halfDate(resolvedYear, half);
    },
  },
  // 2025 年底, 2026年初, 2025년 말
  {
    requires: /\d\s?[年년]/u,
    pattern: new RegExp(`(?<year>${YEAR})\\s?[年년]\\s?(?<part>底|末|初|말|초)(?!\\s?[月])`, "gu"),
    resolve: (g) => yearPartDate(Number(g.year), /[初초]/.test(g.part ?? "") ? "early" : "late"),
  },
  // fine del 2025, all'inizio del 2025, end of 2025, awal tahun 2026, Ende 2025
  {
    pattern: new RegExp(`\\b(?<part>${EARLY}|${LATE})${OF}(?<year>${YEAR})\\b`, "giu"),
    resolve: (g) => yearPartDate(Number(g.year), WHOLE_EARLY.test(g.part ?? "") ? "early" : "late"),
  },
  // Seasons: 2025 年夏天, 明年春季, 今年夏天, this autumn, questo autunno, autunno 2025, summer of 2025
  {
    requires: SEASON_WORD,
    // Han text runs straight into a season ("公司今年夏天"); a Latin or Cyrillic word may not.
    wordStart: LATIN_OR_DIGIT,
    pattern: new RegExp(
      `(?:(?<year>${YEAR})\\s?年\\s?|(?<rel>${THIS_YEAR}|${NEXT_YEAR}|${LAST_YEAR})\\s?の?\\s?)(?<season>春季|春天|夏季|夏天|秋季|秋天|冬季|冬天|[春夏秋冬]|봄|여름|가을|겨울)` +
        `|(?<thisword>this|questo|quest'|quest’|cet|ce|diesen|diesem|este|dieser)\\s?(?<season2>${SEASON_NAME})\\b` +
        `|(?<nextword>next|prossimo|prochain|nächsten|próximo)\\s(?<season3>${SEASON_NAME})\\b` +
        `|(?:(?:in|im|nel|nell'|en|di|pada)\\s)?(?<season4>${SEASON_NAME})${OF}(?<year4>${YEAR})\\b` +
        `|(?:entro|durante|during|in|in the|nell'|dell'|de l'|im|au|en|na|no|pada musim)\\s?(?:l'|el |la |o |a )?(?<season5>${BARE_SEASON})(?![\\p{L}\\p{M}])(?!${OF}${YEAR})` +
        `|(?<season6>весной|летом|осенью|зимой)(?![\\p{L}\\p{M}])`,
      "giu",
    ),
    resolve: (g, c) => {
      if (g.season) return seasonDate(g.year ? Number(g.year) : relativeYear(g.rel ?? "", c.year), seasonOf(g.season));
      if (g.season2) return seasonDate(c.year, seasonOf(g.season2));
      if (g.season3) return seasonDate(c.year + 1, seasonOf(g.season3));
      if (g.season4) return seasonDate(Number(g.year4), seasonOf(g.season4));
      const bare = g.season5 ?? g.season6;
      if (bare) return seasonDate(yearOfSeason(seasonOf(bare), c), seasonOf(bare));
      return undefined;
    },
  },
  // 2025年10月22日, 12 月 9 日, 2025年10月(底), 2025년 10월 22일, 今年一月
  {
    requires: /\d\s?[月월]|[一二三四五六七八九十]月/u,
    pattern: new RegExp(
      `(?:(?<year>${YEAR})\\s?[年년]\\s?|(?<rel>${RELATIVE_YEAR})\\s?)?(?<month>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\\s?[月월](?:\\s?(?<day>3[01]|[12]\\d|0?[1-9])\\s?[日일号號])?(?<part>底|末|初)?`,
      "gu",
    ),
    resolve: (g, c) => {
      const month = /\d/.test(g.month ?? "") ? Number(g.month) : parseHanNumeral(g.month ?? "");
      const year = g.year ? Number(g.year) : g.rel ? relativeYear(g.rel, c.year) : yearOfMonth(month, c);
      return g.day ? dayDate(year, month, Number(g.day)) : monthDate(year, month);
    },
  },
  // 22 ottobre 2025, 22 ottobre, October 22, 2025, ottobre 2025, settembre di quest'anno, lo scorso settembre, bulan Mei 2025
  {
    wordStart: LETTER_OR_DIGIT,
    pattern: new RegExp(
      `(?:(?<day>3[01]|[12]\\d|0?[1-9])(?:er|\\.)?\\s(?:de\\s)?(?<month>${MONTH_NAME})|(?<month2>${MONTH_NAME})\\s(?<day2>3[01]|[12]\\d|0?[1-9])(?![.,]\\d)(?:st|nd|rd|th)?,?|(?<last>lo scorso|last|l'ultimo)\\s(?<month3>${MONTH_NAME})|(?:bulan\\s)?(?<month4>${MONTH_NAME}))(?![\\p{L}\\p{M}\\p{N}])(?:${OF}(?:(?<year>${YEAR})\\b|(?<rel>${RELATIVE_YEAR})))?`,
      "giu",
    ),
    resolve: (g, c) => {
      const month = monthNumber(g.month ?? g.month2 ?? g.month3 ?? g.month4 ?? "");
      if (Number.isNaN(month)) return undefined;
      const day = g.day ?? g.day2;
      let year = g.year ? Number(g.year) : g.rel ? relativeYear(g.rel, c.year) : yearOfMonth(month, c);
      // "Lo scorso settembre": the September before the current one.
      if (g.month3 && !g.year && month >= c.month) year = c.year - 1;
      return day ? dayDate(year, month, Number(day)) : monthDate(year, month);
    },
  },
  // il mese scorso, last month, 上个月, 先月, 지난달
  {
    pattern: /\b(?:il mese scorso|lo scorso mese|last month|le mois dernier|letzten monat|el mes pasado|bulan lalu)\b|上个月|上個月|上月|先月|지난달/giu,
    resolve: (_, c) => (c.month === 1 ? monthDate(c.year - 1, 12) : monthDate(c.year, c.month - 1)),
  },
  // quest'anno, il prossimo anno, 明年, 2025 年, nel 2025
  {
    pattern: new RegExp(
      `(?<rel>${RELATIVE_YEAR})(?:(?<![\\p{Script=Latin}\\p{Script=Cyrillic}])|(?![\\p{L}]))|(?<![\\d$€£¥])(?<!\\d[.,])(?<year>${YEAR})(?:\\s?[年년])?(?![\\d%％])`,
      "giu",
    ),
    resolve: (g, c) => yearDate(yearFrom(g, c.year)),
  },
];

export function dateFigures(text: string, context: FigureContext): Figure[] {
  const [year, month] = context.publishedOn.split("-").map(Number);
  const figures: Figure[] = [];
  for (const rule of DATE_RULES) {
    if (rule.requires && !rule.requires.test(text)) continue;
    for (const match of text.matchAll(rule.pattern)) {
      const groups = match.groups ?? {};
      const written = match[0].trim();
      if (written === "" || (rule.wordStart && match.index > 0 && rule.wordStart.test(text[match.index - 1]))) continue;
      // A bare month word that is also a common word ("may", "Mars") needs a day or a year beside it.
      if (groups.month4 && AMBIGUOUS_MONTH_WORDS.test(groups.month4) && !groups.year && !groups.rel && !monthAfterPreposition(text, match.index, groups.month4)) continue;
      // "Llama 4 may ship": English and German capitalize month names, so a lower-case "may" after a number is the verb.
      const dayMonth = groups.month ?? groups.month2;
      if (dayMonth && AMBIGUOUS_MONTH_WORDS.test(dayMonth) && dayMonth === dayMonth.toLowerCase() && /^(?:en|de)/.test(context.language)) continue;
      const reference: Reference = { year, month: month || 12, future: () => speaksOfFuture(clauseAround(text, match.index, match.index + match[0].length)) };
      const date = rule.resolve(groups, reference);
      if (!date) continue;
      const start = match.index + match[0].indexOf(written);
      figures.push({ kind: "DATE", start, end: start + written.length, text: written, date });
    }
  }
  figures.push(...chronoDayDates(text, context));
  return figures;
}

/** "until May", "im Mai", "en mars": a month word after a preposition of time, capitalized where the language capitalizes months. */
const TIME_PREPOSITION = /(?:^|[^\p{L}])(?:in|until|since|by|from|before|after|through|early|late|mid|im|seit|bis|ab|en|depuis|jusqu'en|dès|fin|début|pada|sejak|hingga)\s$/iu;
function monthAfterPreposition(text: string, at: number, month: string): boolean {
  const capitalized = month[0] !== month[0].toLowerCase();
  return TIME_PREPOSITION.test(text.slice(Math.max(0, at - 12), at)) && (capitalized || !/^(?:may|march)$/iu.test(month));
}

const LOWER_CASE_MAY = /\d\s(?:may|mai)\b/u;

const CHRONO_PARSERS: Record<string, chrono.Chrono> = { en: chrono.en.casual, fr: chrono.fr.casual, de: chrono.de.casual, es: chrono.es.casual, ja: chrono.ja.casual };

/** Full calendar dates in languages chrono knows well ("Oct. 22nd, 2025", "le 22 octobre", "22. Oktober 2025"). */
function chronoDayDates(text: string, context: FigureContext): Figure[] {
  const parser = CHRONO_PARSERS[context.language.split("-")[0]];
  if (!parser) return [];
  const reference = new Date(`${context.publishedOn.length === 7 ? `${context.publishedOn}-15` : context.publishedOn}T12:00:00Z`);
  return (
    parser
      .parse(text, reference)
      // Words without digits ("yesterday", "last week") are relative-dates.ts's; "4 may" in "Llama 4 may ship" is no date.
      .filter((result) => result.start.isCertain("day") && result.start.isCertain("month") && /\d/.test(result.text) && !LOWER_CASE_MAY.test(result.text))
      .map((result) => {
        const y = result.start.get("year") ?? reference.getUTCFullYear();
        return {
          kind: "DATE" as const,
          start: result.index,
          end: result.index + result.text.length,
          text: result.text,
          date: dayDate(y, result.start.get("month") ?? 1, result.start.get("day") ?? 1),
        };
      })
  );
}
