import { WEEKDAY_NAME, weekdayIndex } from "./calendar";
import { ALPHABETIC_CHAR, WORD_END } from "./numbers";
import { clauseAround, sentenceAround, speaksOfFuture } from "./tense";
import type { Figure, FigureContext, FuzzyDate } from "./types";

// Dates a reader places only with the article's own date: weekdays, a day of the month alone ("2日", "9일"),
// yesterday and today, last/this/next week and month.

const DAY_MS = 86_400_000;
const iso = (time: number) => new Date(time).toISOString().slice(0, 10);
const day = (time: number): FuzzyDate => ({ start: iso(time), end: iso(time), precision: "DAY", fuzzy: iso(time) });
/** An ISO week (Monday–Sunday): the knowledge base has no week notation, so it is its Monday with the Sunday as end. */
const week = (monday: number): FuzzyDate => ({ start: iso(monday), end: iso(monday + 6 * DAY_MS), precision: "DAY", fuzzy: iso(monday) });
function month(year: number, monthIndex: number): FuzzyDate {
  const first = Date.UTC(year, monthIndex, 1);
  const last = Date.UTC(year, monthIndex + 1, 0);
  return { start: iso(first), end: iso(last), precision: "MONTH", fuzzy: iso(first).slice(0, 7) };
}

function season(seasonYear: number, firstMonth: number, name: string): FuzzyDate {
  const start = Date.UTC(seasonYear, firstMonth - 1, 1);
  return { start: iso(start), end: iso(Date.UTC(seasonYear, firstMonth + 2, 0)), precision: "SEASON", fuzzy: `${seasonYear}-${name}` };
}

// The edges before a match are checked on it rather than as lookbehinds, which would run at every position.
const WORD_BEFORE = new RegExp(`${ALPHABETIC_CHAR}$`, "u");
const COUNT_BEFORE = /[一二两兩三四五六七八九十几幾数數每]$/u;
const DATE_BEFORE = /[\d月年./-]$/u;
const EDGE_AFTER = `${WORD_END}(?!\\p{Script=Arabic})`;
const phrase = (words: string) => words.normalize("NFKC");

// A week before, the week of, and the week after the article's; the CJK prefixes shift by ISO week.
const LAST_WEEK = phrase(
  "last week|minggu lalu|pekan lalu|la semaine dernière|letzte woche|letzten woche|vergangene woche|vergangenen woche|la semana pasada|na semana passada|a semana passada|la settimana scorsa|la scorsa settimana|на прошлой неделе|الأسبوع الماضي|पिछले सप्ताह|पिछले हफ्ते|पिछले हफ़्ते|上周|上週|上星期|先週|지난주|지난 주",
);
const THIS_WEEK = phrase(
  "this week|minggu ini|pekan ini|earlier this week|cette semaine|diese woche|dieser woche|esta semana|nesta semana|questa settimana|на этой неделе|هذا الأسبوع|इस सप्ताह|इस हफ्ते|इस हफ़्ते|本周|本週|这周|這週|今週|이번 주|이번주",
);
const NEXT_WEEK = phrase(
  "next week|minggu depan|pekan depan|la semaine prochaine|nächste woche|nächsten woche|la próxima semana|la semana que viene|na próxima semana|la prossima settimana|la settimana prossima|на следующей неделе|الأسبوع المقبل|الأسبوع القادم|अगले सप्ताह|अगले हफ्ते|अगले हफ़्ते|下周|下週|下星期|来週|다음 주|다음주",
);
const LAST_MONTH = phrase("el mes pasado|no mês passado|o mês passado|в прошлом месяце|الشهر الماضي|पिछले महीने");
const THIS_MONTH = phrase(
  "this month|earlier this month|ce mois-ci|diesen monat|dieses monats|este mes|este mês|neste mês|questo mese|в этом месяце|هذا الشهر|इस महीने|本月|这个月|這個月|今月|이번 달|이달",
);
const NEXT_MONTH = phrase(
  "next month|le mois prochain|nächsten monat|el próximo mes|el mes que viene|no próximo mês|il mese prossimo|il prossimo mese|в следующем месяце|الشهر المقبل|الشهر القادم|अगले महीने|下个月|下個月|来月|다음 달",
);
/** A season without a year in Chinese ("在夏天"): the coming one in a sentence about the future, else the last one begun. */
const BARE_SEASON = "(?<=[在到于於])(?<season>春天|春季|夏天|夏季|秋天|秋季|冬天|冬季)";
const SEASON_START: Record<string, number> = { 春: 3, 夏: 6, 秋: 9, 冬: 12 };
const SEASON_NAME: Record<string, string> = { 春: "spring", 夏: "summer", 秋: "autumn", 冬: "winter" };
const YESTERDAY = phrase("yesterday|hier|gestern|ayer|ontem|ieri|вчера|أمس|الأمس|昨天|昨日|어제");
// "اليوم نفسه" is "the same day", the day the text last named.
const TODAY = phrase("today|aujourd'hui|heute|hoy|hoje|oggi|сегодня|اليوم(?! نفسه| ذاته)|आज|今天|今日(?!头条|頭條)|오늘");
const TOMORROW = phrase("tomorrow|demain|amanhã|domani|завтра|غدا|غداً|明天|明日|내일");

/** Shifts written before a weekday: "last Tuesday", "上周三", "지난 화요일", "am kommenden Montag". */
const BEFORE = phrase(
  "(?<back>(?:last|letzten|vergangenen|pasado|passada)\\s|上|先週の?|지난\\s?)|(?<ahead>(?:next|nächsten|kommenden|próximo|próxima|prossimo)\\s|下|来週の?|다음\\s?)|(?<same>this\\s|本|这|這|今週の?|이번\\s?)",
);
/** Shifts written after it: "mardi dernier", "el martes pasado", "martedì prossimo". */
const AFTER = phrase("\\s(?:(?<back2>dernier|pasado|passada|passado|scorso|lalu)|(?<ahead2>prochain|próximo|que viene|prossimo|depan))");

/** A month named by its distance from the publication month, before a day of it: "지난달 1일", "上月12日", "来月5日". */
const MONTH_SHIFT = "지난달|지난 달|上个月|上個月|上月|先月|이달|이번 달|本月|今月|다음 달|下个月|下個月|下月|来月";
const monthShift = (written: string) => (/^(?:지난|上|先)/u.test(written) ? -1 : /^(?:다음|下|来)/u.test(written) ? 1 : 0);

const RELATIVE = new RegExp(
  `(?:${BEFORE})?(?<weekday>${WEEKDAY_NAME})(?:abend|morgen|nachmittag|vormittag)?${EDGE_AFTER}(?:${AFTER}${EDGE_AFTER})?` +
    `|(?<domMonth>${MONTH_SHIFT})\\s?(?<dom2>3[01]|[12]\\d|0?[1-9])\\s?(?:日|일|号|號)` +
    `|(?<dom>3[01]|[12]\\d|0?[1-9])\\s?(?:日|일)(?![本元圓圆币幣間间前後后以内內起째간동])` +
    `|${BARE_SEASON}` +
    `|(?:(?<lastWeek>${LAST_WEEK})|(?<thisWeek>${THIS_WEEK})|(?<nextWeek>${NEXT_WEEK})|(?<lastMonth>${LAST_MONTH})|(?<thisMonth>${THIS_MONTH})|(?<nextMonth>${NEXT_MONTH})|(?<yesterday>${YESTERDAY})|(?<today>${TODAY})|(?<tomorrow>${TOMORROW}))${EDGE_AFTER}`,
  "giu",
);

export function relativeDateFigures(text: string, context: FigureContext): Figure[] {
  const [year, monthNumber, dayNumber] = context.publishedOn.split("-").map(Number);
  // A publication date without a day gives no anchor for weekdays or days of the month.
  if (!dayNumber) return [];
  const published = Date.UTC(year, monthNumber - 1, dayNumber);
  const weekdayOfPublication = (new Date(published).getUTCDay() + 6) % 7;
  const monday = published - weekdayOfPublication * DAY_MS;
  const figures: Figure[] = [];
  for (const match of text.matchAll(RELATIVE)) {
    const g = match.groups ?? {};
    const before = text.slice(Math.max(0, match.index - 1), match.index);
    if (g.dom ? DATE_BEFORE.test(before) : !g.season && (WORD_BEFORE.test(before) || (g.weekday && COUNT_BEFORE.test(before)))) continue;
    let date: FuzzyDate | undefined;
    if (g.weekday) {
      const target = weekdayIndex(g.weekday);
      if (target < 0) continue;
      const cjkShift = /^(?:上|下|本|这|這|先週|来週|今週|지난|다음|이번)/u.test(g.back ?? g.ahead ?? g.same ?? "");
      if (cjkShift) date = day(monday + (target + (g.back ? -7 : g.ahead ? 7 : 0)) * DAY_MS);
      else if (g.same) date = day(monday + target * DAY_MS);
      else {
        const before = published - ((weekdayOfPublication - target + 7) % 7) * DAY_MS;
        const after = published + ((target - weekdayOfPublication + 7) % 7 || 7) * DAY_MS;
        const ahead = g.ahead || g.ahead2 || (!g.back && !g.back2 && speaksOfFuture(clauseAround(text, match.index, match.index + match[0].length)));
        // A past report names the latest such day (the publication day itself when it is that weekday).
        date = day(ahead ? after : g.back || g.back2 ? (before === published ? before - 7 * DAY_MS : before) : before);
      }
    } else if (g.season) {
      const first = SEASON_START[g.season[0]];
      const future = speaksOfFuture(sentenceAround(text, match.index, match.index + match[0].length));
      const seasonYear = future ? (first > monthNumber ? year : year + 1) : first <= monthNumber ? year : year - 1;
      date = season(seasonYear, first, SEASON_NAME[g.season[0]]);
    } else if (g.domMonth) {
      date = day(Date.UTC(year, monthNumber - 1 + monthShift(g.domMonth), Number(g.dom2)));
    } else if (g.dom) {
      const dom = Number(g.dom);
      // A day after the publication day belongs to the month before.
      date = day(dom <= dayNumber ? Date.UTC(year, monthNumber - 1, dom) : Date.UTC(year, monthNumber - 2, dom));
    } else if (g.lastWeek) date = week(monday - 7 * DAY_MS);
    else if (g.thisWeek) date = week(monday);
    else if (g.nextWeek) date = week(monday + 7 * DAY_MS);
    else if (g.lastMonth) date = month(year, monthNumber - 2);
    else if (g.thisMonth) date = month(year, monthNumber - 1);
    else if (g.nextMonth) date = month(year, monthNumber);
    // German "hier" is "here".
    else if (g.yesterday && !(g.yesterday.toLowerCase() === "hier" && context.language.startsWith("de"))) date = day(published - DAY_MS);
    else if (g.today) date = day(published);
    else if (g.tomorrow) date = day(published + DAY_MS);
    if (date) figures.push({ kind: "DATE", start: match.index, end: match.index + match[0].length, text: match[0], date });
  }
  return figures;
}
