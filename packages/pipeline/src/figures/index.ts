import * as chrono from "chrono-node";

export type FigureKind = "MONEY" | "PERCENT" | "COUNT" | "DATE";
export type DatePrecision = "DAY" | "MONTH" | "SEASON" | "QUARTER" | "HALF" | "YEAR";

export interface FuzzyDate {
  start: string;
  end: string;
  precision: DatePrecision;
  /** The knowledge base's fuzzy-date notation: 2025, 2025-H2, 2025-Q1, 2025-10, 2025-10-22, 2025-autumn, 2025-late. */
  fuzzy: string;
}

export interface Figure {
  kind: FigureKind;
  start: number;
  end: number;
  text: string;
  value?: number;
  /** Upper bound of a range ("700 – 720 亿美元"); value is then the lower bound. */
  valueMax?: number;
  /** ISO 4217 code for money, "%" for percentages, "people" for head counts. */
  unit?: string;
  currency?: string;
  date?: FuzzyDate;
}

export interface FigureContext {
  language: string;
  /** The article's date, YYYY-MM-DD: relative periods ("this autumn", "明年春季") are resolved against it. */
  publishedOn: string;
}

// ── Numbers ─────────────────────────────────────────────────────────────────────────────────────

const COMMA_DECIMAL_LANGUAGES = new Set(["it", "fr", "de", "es", "id", "pt", "nl"]);
const DIGITS = String.raw`\d+(?:[.,]\d+)*`;
const HAN_NUMERAL_CHARS = "零〇一二两兩三四五六七八九十百千万萬亿億";
const HAN_NUMERAL = `[${HAN_NUMERAL_CHARS}]+`;

/** "14,3" is 14.3 in Italian and "1,000" is 1000 in English: the separator followed by three digits is a thousands mark. */
export function parseDigits(written: string, language: string): number {
  const commaDecimal = COMMA_DECIMAL_LANGUAGES.has(language.split("-")[0]);
  const separators = written.match(/[.,]/g) ?? [];
  if (separators.length === 0) return Number(written);
  const last = Math.max(written.lastIndexOf("."), written.lastIndexOf(","));
  const lastSeparator = written[last];
  const digitsAfter = written.length - last - 1;
  const mixed = new Set(separators).size > 1;
  const repeated = separators.filter((s) => s === lastSeparator).length > 1;
  const isDecimal = mixed || (!repeated && (digitsAfter !== 3 || (lastSeparator === "," ? commaDecimal : !commaDecimal)));
  const integerPart = (isDecimal ? written.slice(0, last) : written).replace(/[.,]/g, "");
  return isDecimal ? Number(`${integerPart}.${written.slice(last + 1)}`) : Number(integerPart);
}

const HAN_DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const HAN_SMALL_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const HAN_LARGE_UNIT: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

/** 四十九 → 49, 两千亿 → 2e11, 十二 → 12. */
export function parseHanNumeral(written: string): number {
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const char of written) {
    if (char in HAN_DIGIT) digit = HAN_DIGIT[char];
    else if (char in HAN_SMALL_UNIT) {
      section += (digit === 0 ? 1 : digit) * HAN_SMALL_UNIT[char];
      digit = 0;
    } else if (char in HAN_LARGE_UNIT) {
      total = (total + section + digit) * HAN_LARGE_UNIT[char];
      section = 0;
      digit = 0;
    }
  }
  return total + section + digit;
}

/** Spelled-out small numbers, for head counts such as "quattordici ricercatori" or "eleven researchers". */
// prettier-ignore
const NUMBER_WORDS: Record<string, number> = {
  // it
  due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9, dieci: 10, undici: 11, dodici: 12, tredici: 13, quattordici: 14, quindici: 15, venti: 20, trenta: 30, cento: 100,
  // en
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, twenty: 20, thirty: 30, hundred: 100,
  // fr
  deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12, quatorze: 14, quinze: 15, vingt: 20, trente: 30,
  // de
  zwei: 2, drei: 3, vier: 4, "fünf": 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, "zwölf": 12, zwanzig: 20,
  // es
  dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11, doce: 12, catorce: 14, quince: 15, veinte: 20,
  // id
  dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9, sepuluh: 10, sebelas: 11, "dua belas": 12, "empat belas": 14, "dua puluh": 20,
};
const NUMBER_WORD = Object.keys(NUMBER_WORDS)
  .sort((a, b) => b.length - a.length)
  .join("|");

const MYRIAD_UNIT: Record<string, number> = { 兆: 1e12, 조: 1e12, 億: 1e8, 亿: 1e8, 억: 1e8, 万: 1e4, 萬: 1e4, 만: 1e4, 千: 1e3, 천: 1e3 };

/** 2億5000万 → 2.5e8: each group of digits times the unit that follows it. */
function parseCompound(written: string): number {
  let total = 0;
  for (const [, digits, unit] of written.matchAll(/(\d+)\s?([兆조億亿억万萬만千천])/gu)) total += Number(digits) * MYRIAD_UNIT[unit];
  return total;
}

function parseNumberToken(written: string, language: string): number {
  const trimmed = written.trim();
  if (new RegExp(`^${CJK_COMPOUND}$`, "u").test(trimmed)) return parseCompound(trimmed);
  if (/^\d/.test(trimmed)) return parseDigits(trimmed, language);
  if (new RegExp(`^${HAN_NUMERAL}$`, "u").test(trimmed)) return parseHanNumeral(trimmed);
  return NUMBER_WORDS[trimmed.toLowerCase()] ?? Number.NaN;
}

// ── Scale words and currencies ──────────────────────────────────────────────────────────────────

/** Scale words by language; where languages disagree ("billion" is 1e12 in French and German) the document language decides. */
const SCALE_WORDS: Array<{ pattern: string; value: number; languages?: string[] }> = [
  { pattern: "mila miliardi|migliaia di miliardi", value: 1e12 },
  { pattern: "mil millones", value: 1e9 },
  { pattern: "trillions?|tn|triliun|billones|billón", value: 1e12 },
  { pattern: "billions?|billionen|billion", value: 1e12, languages: ["fr", "de"] },
  { pattern: "billions?|bn|b", value: 1e9 },
  { pattern: "miliardi|miliardo|milliards?|milliarden?|mrd\\.?|miliar|millardos?", value: 1e9 },
  { pattern: "millions?|mn|m|milioni|milione|millionen|mio\\.?|millones|millón|juta", value: 1e6 },
  { pattern: "thousand|mila|mille|tausend|mil|ribu|k", value: 1e3 },
  { pattern: "万亿|萬億|兆|조", value: 1e12 },
  { pattern: "千亿|千億", value: 1e11 },
  { pattern: "百亿|百億", value: 1e10 },
  { pattern: "十亿|十億", value: 1e9 },
  { pattern: "亿|億|억", value: 1e8 },
  { pattern: "千万|千萬|천만", value: 1e7 },
  { pattern: "百万|百萬|백만", value: 1e6 },
  { pattern: "万|萬|만", value: 1e4 },
  { pattern: "千|천", value: 1e3 },
];

function scaleFor(word: string | undefined, language: string): number {
  if (!word) return 1;
  const base = language.split("-")[0];
  const lower = word.toLowerCase().trim();
  for (const scale of SCALE_WORDS) {
    if (scale.languages && !scale.languages.includes(base)) continue;
    if (new RegExp(`^(?:${scale.pattern})$`, "iu").test(lower)) return scale.value;
  }
  return 1;
}

const SCALE = SCALE_WORDS.map((scale) => scale.pattern).join("|");

const CURRENCY_SYMBOLS: Array<[string, string]> = [
  ["US\\$", "USD"],
  ["HK\\$", "HKD"],
  ["A\\$", "AUD"],
  ["C\\$", "CAD"],
  ["\\$", "USD"],
  ["€", "EUR"],
  ["£", "GBP"],
  ["¥", "JPY"],
  ["￥", "JPY"],
  ["₩", "KRW"],
  ["Rp\\.?", "IDR"],
  ["USD", "USD"],
  ["EUR", "EUR"],
  ["RMB", "CNY"],
  ["CNY", "CNY"],
];
const CURRENCY_WORDS: Array<[string, string]> = [
  ["dollari(?: statunitensi| americani| USA)?|dollaro|dollars?|dólares|dólar|dollar|dolar(?: AS)?|美元|美金|ドル|달러", "USD"],
  ["euros?|欧元|歐元|ユーロ|유로", "EUR"],
  ["sterline|pounds(?: sterling)?|livres sterling|pfund", "GBP"],
  ["yuan|renminbi|人民币|人民幣|元", "CNY"],
  ["yen|日元|円", "JPY"],
  ["원", "KRW"],
  ["rupiah", "IDR"],
];

function currencyFor(written: string, table: Array<[string, string]>, language: string): string | undefined {
  for (const [pattern, code] of table)
    if (new RegExp(`^(?:${pattern})$`, "iu").test(written.trim())) {
      // ¥ is the yuan sign in Chinese text and the yen sign in Japanese text.
      if (code === "JPY" && /^[¥￥]$/.test(written.trim()) && language.startsWith("zh")) return "CNY";
      return code;
    }
  return undefined;
}

const SYMBOL = CURRENCY_SYMBOLS.map(([pattern]) => pattern).join("|");
const CURRENCY_WORD = CURRENCY_WORDS.map(([pattern]) => pattern).join("|");
/** Digits with East Asian myriad units inside: 2億5000万, 1兆2000億, 2억5000만 (the whole amount, no separate scale word). */
const CJK_COMPOUND = String.raw`\d+\s?[兆조億亿억]\s?\d+\s?[億亿억万萬만千천]`;
const NUMBER = `(?:${CJK_COMPOUND}|${DIGITS}|${HAN_NUMERAL})`;
/** Between the two ends of a range: dashes, "to", "至", and the Romance "da 66 a 72" / "de 66 à 72". */
const RANGE = String.raw`\s?(?:[-–—~〜～]|至|到|to|a|à|bis|hingga|sampai|y)\s?`;
const MORE = "(?:多|余|餘|여)?";

// The left edge must not cut a longer number or Latin word (Han text runs straight into numbers: "超過140億美元").
// "數百億" / "几十万" (several hundred…) are vague amounts, not figures.
const LEFT_EDGE = `(?<![\\p{Script=Latin}\\p{N}$€£¥數数几幾${HAN_NUMERAL_CHARS}])(?<!\\d[.,])`;
const RIGHT_EDGE = String.raw`(?![\p{Script=Latin}\p{N}])`;

const MONEY_SYMBOL_FIRST = new RegExp(
  `${LEFT_EDGE}(?<sym>${SYMBOL})\\s?(?<n1>${DIGITS})(?:\\s?(?<sc1>${SCALE})${RIGHT_EDGE})?(?:${RANGE}(?:${SYMBOL})?\\s?(?<n2>${DIGITS})(?:\\s?(?<sc2>${SCALE})${RIGHT_EDGE})?)?`,
  "giu",
);
const MONEY_NUMBER_FIRST = new RegExp(
  `${LEFT_EDGE}(?<n1>${NUMBER})${MORE}\\s?(?<sc1>${SCALE})?(?:${RANGE}(?<n2>${NUMBER})${MORE}\\s?(?<sc2>${SCALE})?)?\\s?(?:di |de |d'|of |dei |des )?(?<cur>${CURRENCY_WORD})(?![\\p{Script=Latin}])`,
  "giu",
);
const PERCENT = new RegExp(
  `${LEFT_EDGE}(?:(?<n>${DIGITS})\\s?(?:%|％|per ?cento|percento|pour ?cent|prozent|por ?ciento|persen|percent|per cent|パーセント|퍼센트)(?![\\p{Script=Latin}])|百分之(?<han>${HAN_NUMERAL}|${DIGITS}))`,
  "giu",
);

// prettier-ignore
const PEOPLE_NOUNS = [
  // it
  "posti di lavoro", "dipendenti", "lavoratori", "persone", "ricercatori", "ingegneri", "membri", "autori", "collaboratori", "licenziamenti",
  // en
  "jobs", "employees", "workers", "people", "staff", "researchers", "engineers", "members", "authors", "positions", "roles", "layoffs",
  // fr
  "emplois", "postes", "salariés", "employés", "personnes", "chercheurs", "ingénieurs", "membres", "auteurs",
  // de
  "Stellen", "Arbeitsplätze", "Mitarbeiter(?:innen|n)?", "Beschäftigte[n]?", "Menschen", "Personen", "Forscher(?:innen)?", "Ingenieure", "Entlassungen",
  // es
  "puestos de trabajo", "empleos", "empleados", "trabajadores", "personas", "investigadores", "ingenieros", "miembros", "autores", "despidos",
  // id
  "karyawan", "pekerja", "pegawai", "orang", "peneliti", "insinyur", "staf", "anggota",
];
const CJK_PEOPLE = "(?:名|位|个|個)?(?:员工|員工|人员|人員|研究员|研究員|工程师|工程師|雇员|僱員|职位|職位|人|名|位)|(?:人|名)(?:の)?(?:従業員|社員|研究者|エンジニア)?|명(?:의)?";
const COUNT = new RegExp(
  `${LEFT_EDGE}(?:(?<n>${DIGITS}|${NUMBER_WORD})\\s(?:(?:more|other|altri|altre|autres|weitere|otros)\\s)?(?<noun>${PEOPLE_NOUNS.join("|")})(?![\\p{Script=Latin}])|(?<cn>${NUMBER})\\s?${MORE}\\s?(?:${CJK_PEOPLE}))`,
  "giu",
);

// ── Dates ───────────────────────────────────────────────────────────────────────────────────────

const MONTH_NAMES: Array<[string, number]> = [
  ["gennaio|january|jan\\.?|janvier|januar|enero|januari", 1],
  ["febbraio|february|feb\\.?|février|februar|febrero|februari", 2],
  ["marzo|march|mars|märz|maret", 3],
  ["aprile|april|avril|abril", 4],
  ["maggio|may|mai|mayo|mei", 5],
  ["giugno|june|juin|juni|junio", 6],
  ["luglio|july|juillet|juli|julio", 7],
  ["agosto|august|août|agustus", 8],
  ["settembre|september|sept?\\.?|septembre|septiembre", 9],
  ["ottobre|october|oct\\.?|octobre|oktober|octubre", 10],
  ["novembre|november|nov\\.?|noviembre", 11],
  ["dicembre|december|dec\\.?|décembre|dezember|diciembre|desember", 12],
];
const MONTH_NAME = MONTH_NAMES.map(([pattern]) => pattern).join("|");

function monthNumber(written: string): number {
  for (const [pattern, month] of MONTH_NAMES) if (new RegExp(`^(?:${pattern})$`, "iu").test(written)) return month;
  return Number.NaN;
}

// prettier-ignore
const ORDINALS: Record<string, number> = {
  primo: 1, prima: 1, first: 1, premier: 1, première: 1, ersten: 1, erste: 1, primer: 1, pertama: 1, 一: 1, 1: 1,
  secondo: 2, seconda: 2, second: 2, deuxième: 2, zweiten: 2, zweite: 2, segundo: 2, kedua: 2, 二: 2, 2: 2,
  terzo: 3, third: 3, troisième: 3, dritten: 3, dritte: 3, tercer: 3, ketiga: 3, 三: 3, 3: 3,
  quarto: 4, fourth: 4, quatrième: 4, vierten: 4, vierte: 4, cuarto: 4, keempat: 4, 四: 4, 4: 4,
};
const ORDINAL = Object.keys(ORDINALS).join("|");

type Season = "spring" | "summer" | "autumn" | "winter";
const SEASON_NAMES: Array<[string, Season]> = [
  ["primavera|spring|printemps|frühling|frühjahr|musim semi|春季|春天|春|春|봄", "spring"],
  ["estate|summer|été|sommer|verano|musim panas|夏季|夏天|夏|여름", "summer"],
  ["autunno|autumn|fall|automne|herbst|otoño|musim gugur|秋季|秋天|秋|가을", "autumn"],
  ["inverno|winter|hiver|invierno|musim dingin|冬季|冬天|冬|겨울", "winter"],
];
const SEASON_NAME = SEASON_NAMES.map(([pattern]) => pattern).join("|");

function seasonOf(written: string): Season {
  for (const [pattern, season] of SEASON_NAMES) if (new RegExp(`^(?:${pattern})$`, "iu").test(written)) return season;
  return "summer";
}

/** A year written near the phrase, or a relative year ("quest'anno", "明年", "last year"). */
const THIS_YEAR = "quest'anno|questo anno|this year|cette année|dieses jahr|diesem jahr|este año|tahun ini|今年|올해";
const NEXT_YEAR = "il prossimo anno|l'anno prossimo|next year|l'année prochaine|nächstes jahr|nächsten jahr|el próximo año|el año que viene|tahun depan|明年|来年|來年|翌年|내년";
const LAST_YEAR = "l'anno scorso|lo scorso anno|last year|l'année dernière|letztes jahr|letzten jahr|el año pasado|tahun lalu|去年|上一年|昨年|작년";
const RELATIVE_YEAR = `${THIS_YEAR}|${NEXT_YEAR}|${LAST_YEAR}`;

function relativeYear(written: string, publishedYear: number): number {
  const lower = written.toLowerCase();
  if (new RegExp(`^(?:${NEXT_YEAR})$`, "iu").test(lower)) return publishedYear + 1;
  if (new RegExp(`^(?:${LAST_YEAR})$`, "iu").test(lower)) return publishedYear - 1;
  return publishedYear;
}

const pad = (n: number) => String(n).padStart(2, "0");
const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function dayDate(year: number, month: number, day: number): FuzzyDate {
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  return { start: iso, end: iso, precision: "DAY", fuzzy: iso };
}
function monthDate(year: number, month: number): FuzzyDate {
  return { start: `${year}-${pad(month)}-01`, end: `${year}-${pad(month)}-${pad(lastDayOfMonth(year, month))}`, precision: "MONTH", fuzzy: `${year}-${pad(month)}` };
}
function quarterDate(year: number, quarter: number): FuzzyDate {
  const firstMonth = (quarter - 1) * 3 + 1;
  return {
    start: `${year}-${pad(firstMonth)}-01`,
    end: `${year}-${pad(firstMonth + 2)}-${pad(lastDayOfMonth(year, firstMonth + 2))}`,
    precision: "QUARTER",
    fuzzy: `${year}-Q${quarter}`,
  };
}
function halfDate(year: number, half: number): FuzzyDate {
  return half === 1
    ? { start: `${year}-01-01`, end: `${year}-06-30`, precision: "HALF", fuzzy: `${year}-H1` }
    : { start: `${year}-07-01`, end: `${year}-12-31`, precision: "HALF", fuzzy: `${year}-H2` };
}
/** Northern-hemisphere seasons, as in the knowledge base: winter runs from December into the next year. */
function seasonDate(year: number, season: Season): FuzzyDate {
  const ranges: Record<Season, [string, string]> = {
    spring: [`${year}-03-01`, `${year}-05-31`],
    summer: [`${year}-06-01`, `${year}-08-31`],
    autumn: [`${year}-09-01`, `${year}-11-30`],
    winter: [`${year}-12-01`, `${year + 1}-02-${pad(lastDayOfMonth(year + 1, 2))}`],
  };
  return { start: ranges[season][0], end: ranges[season][1], precision: "SEASON", fuzzy: `${year}-${season}` };
}
/** "Early 2026" / "end of 2025": the first or last four months, read as a season-sized period. */
function yearPartDate(year: number, part: "early" | "late"): FuzzyDate {
  return part === "early"
    ? { start: `${year}-01-01`, end: `${year}-04-30`, precision: "SEASON", fuzzy: `${year}-early` }
    : { start: `${year}-09-01`, end: `${year}-12-31`, precision: "SEASON", fuzzy: `${year}-late` };
}
function yearDate(year: number): FuzzyDate {
  return { start: `${year}-01-01`, end: `${year}-12-31`, precision: "YEAR", fuzzy: String(year) };
}

const YEAR = String.raw`(?:19|20)\d{2}`;
const EARLY = "inizio|all'inizio|early|beginning of|the start of|début|anfang|principios|comienzos|awal|年初|初め|초";
const LATE = "fine|alla fine|end of|the end of|late|fin|ende|finales|final|akhir|年底|年末|末|말";

interface DateRule {
  pattern: RegExp;
  resolve(groups: Record<string, string | undefined>, context: { year: number; month: number }): FuzzyDate | undefined;
}

const yearFrom = (groups: Record<string, string | undefined>, publishedYear: number) =>
  groups.year ? Number(groups.year) : groups.rel ? relativeYear(groups.rel, publishedYear) : publishedYear;

/** The most recent occurrence of a month at or before publication ("a ottobre" in December = this October). */
function mostRecentYearOfMonth(month: number, context: { year: number; month: number }): number {
  return month <= context.month ? context.year : context.year - 1;
}

const OF = String.raw`(?:\s?(?:del|dell'|di|of|de|du|des|von|tahun|del año)?\s?)`;

const DATE_RULES: DateRule[] = [
  // 2026 年第一季度, 2026年第1四半期, 2026년 1분기, 第一季度
  {
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
  // H1 2026, first half of 2026, prima metà del 2026, 上半年 / 下半年
  {
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
    pattern: new RegExp(`(?<year>${YEAR})\\s?[年년]\\s?(?<part>底|末|初|말|초)(?!\\s?[月])`, "gu"),
    resolve: (g) => yearPartDate(Number(g.year), /[初초]/.test(g.part ?? "") ? "early" : "late"),
  },
  // fine del 2025, all'inizio del 2025, end of 2025, awal tahun 2026, Ende 2025
  {
    pattern: new RegExp(`\\b(?<part>${EARLY}|${LATE})${OF}(?<year>${YEAR})\\b`, "giu"),
    resolve: (g) => yearPartDate(Number(g.year), new RegExp(`^(?:${EARLY})$`, "iu").test(g.part ?? "") ? "early" : "late"),
  },
  // Seasons: 2025 年夏天, 明年春季, 今年夏天, this autumn, questo autunno, autunno 2025, summer of 2025
  {
    pattern: new RegExp(
      `(?:(?<year>${YEAR})\\s?年\\s?|(?<rel>${THIS_YEAR}|${NEXT_YEAR}|${LAST_YEAR})\\s?の?\\s?)(?<season>春季|春天|夏季|夏天|秋季|秋天|冬季|冬天|[春夏秋冬]|봄|여름|가을|겨울)` +
        `|\\b(?<thisword>this|questo|quest'|quest’|cet|ce|diesen|diesem|este|dieser)\\s?(?<season2>${SEASON_NAME})\\b` +
        `|\\b(?<nextword>next|prossimo|prochain|nächsten|próximo)\\s(?<season3>${SEASON_NAME})\\b` +
        `|\\b(?:(?:in|im|nel|nell'|en|di|pada)\\s)?(?<season4>${SEASON_NAME})${OF}(?<year4>${YEAR})\\b` +
        `|\\b(?:entro|durante|during|in|nell'|dell'|de l'|im)\\s?(?:l')?(?<season5>autunno|estate|inverno|primavera)\\b(?!${OF}${YEAR})`,
      "giu",
    ),
    resolve: (g, c) => {
      if (g.season) return seasonDate(g.year ? Number(g.year) : relativeYear(g.rel ?? "", c.year), seasonOf(g.season));
      if (g.season2) return seasonDate(c.year, seasonOf(g.season2));
      if (g.season3) return seasonDate(c.year + 1, seasonOf(g.season3));
      if (g.season4) return seasonDate(Number(g.year4), seasonOf(g.season4));
      // "Entro l'autunno" without a year: the autumn of the publication year (or the last one, before it starts).
      if (g.season5) return seasonDate(c.year, seasonOf(g.season5));
      return undefined;
    },
  },
  // 2025年10月22日, 12 月 9 日, 2025年10月(底), 2025년 10월 22일, 今年一月
  {
    pattern: new RegExp(
      `(?:(?<year>${YEAR})\\s?[年년]\\s?|(?<rel>${RELATIVE_YEAR})\\s?)?(?<month>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\\s?[月월](?:\\s?(?<day>3[01]|[12]\\d|0?[1-9])\\s?[日일号號])?(?<part>底|末|初)?`,
      "gu",
    ),
    resolve: (g, c) => {
      const month = /\d/.test(g.month ?? "") ? Number(g.month) : parseHanNumeral(g.month ?? "");
      const year = g.year ? Number(g.year) : g.rel ? relativeYear(g.rel, c.year) : mostRecentYearOfMonth(month, c);
      return g.day ? dayDate(year, month, Number(g.day)) : monthDate(year, month);
    },
  },
  // 22 ottobre 2025, 22 ottobre, October 22, 2025, ottobre 2025, settembre di quest'anno, lo scorso settembre, bulan Mei 2025
  {
    pattern: new RegExp(
      `\\b(?:(?<day>3[01]|[12]\\d|0?[1-9])(?:er|\\.)?\\s(?:de\\s)?(?<month>${MONTH_NAME})|(?<month2>${MONTH_NAME})\\s(?<day2>3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?,?|(?<last>lo scorso|last|l'ultimo)\\s(?<month3>${MONTH_NAME})|(?:bulan\\s)?(?<month4>${MONTH_NAME}))\\b(?:${OF}(?:(?<year>${YEAR})\\b|(?<rel>${RELATIVE_YEAR})))?`,
      "giu",
    ),
    resolve: (g, c) => {
      const month = monthNumber(g.month ?? g.month2 ?? g.month3 ?? g.month4 ?? "");
      if (Number.isNaN(month)) return undefined;
      const day = g.day ?? g.day2;
      let year = g.year ? Number(g.year) : g.rel ? relativeYear(g.rel, c.year) : mostRecentYearOfMonth(month, c);
      // "Lo scorso settembre": the September before the current one.
      if (g.month3 && !g.year && month >= c.month) year = c.year - 1;
      return day ? dayDate(year, month, Number(day)) : monthDate(year, month);
    },
  },
  // il mese scorso, last month, 上个月, 先月, 지난달
  {
    pattern: /\b(?:il mese scorso|lo scorso mese|last month|le mois dernier|letzten monat|el mes pasado|bulan lalu)\b|上个月|上個月|先月|지난달/giu,
    resolve: (_, c) => (c.month === 1 ? monthDate(c.year - 1, 12) : monthDate(c.year, c.month - 1)),
  },
  // quest'anno, il prossimo anno, 明年, 2025 年, nel 2025
  {
    pattern: new RegExp(`(?<rel>${RELATIVE_YEAR})|(?<![\\d.,$€£¥])(?<year>${YEAR})(?:\\s?[年년])?(?![\\d%％])`, "giu"),
    resolve: (g, c) => yearDate(yearFrom(g, c.year)),
  },
];

/** Month names that are also ordinary words in some language ("may", "mai", "mars", "marzo" is fine). */
const AMBIGUOUS_MONTH_WORDS = /^(?:may|mai|mars|march|jan|feb|sep|sept|oct|nov|dec|mei)$/iu;

function dateFigures(text: string, context: FigureContext): Figure[] {
  const [year, month] = context.publishedOn.split("-").map(Number);
  const reference = { year, month: month || 12 };
  const figures: Figure[] = [];
  for (const rule of DATE_RULES) {
    for (const match of text.matchAll(rule.pattern)) {
      const groups = match.groups ?? {};
      const written = match[0].trim();
      if (written === "") continue;
      // A bare month word that is also a common word ("may", "Mars") needs a day or a year beside it.
      if (groups.month4 && AMBIGUOUS_MONTH_WORDS.test(groups.month4) && !groups.year && !groups.rel) continue;
      const date = rule.resolve(groups, reference);
      if (!date) continue;
      const start = match.index + match[0].indexOf(written);
      figures.push({ kind: "DATE", start, end: start + written.length, text: written, date });
    }
  }
  figures.push(...chronoDayDates(text, context));
  return figures;
}

const CHRONO_PARSERS: Record<string, chrono.Chrono> = { en: chrono.en.casual, fr: chrono.fr.casual, de: chrono.de.casual, es: chrono.es.casual, ja: chrono.ja.casual };

/** Full calendar dates in languages chrono knows well ("Oct. 22nd, 2025", "le 22 octobre", "22. Oktober 2025"). */
function chronoDayDates(text: string, context: FigureContext): Figure[] {
  const parser = CHRONO_PARSERS[context.language.split("-")[0]];
  if (!parser) return [];
  const reference = new Date(`${context.publishedOn.length === 7 ? `${context.publishedOn}-15` : context.publishedOn}T12:00:00Z`);
  return parser
    .parse(text, reference)
    .filter((result) => result.start.isCertain("day") && result.start.isCertain("month"))
    .map((result) => {
      const y = result.start.get("year") ?? reference.getUTCFullYear();
      return {
        kind: "DATE" as const,
        start: result.index,
        end: result.index + result.text.length,
        text: result.text,
        date: dayDate(y, result.start.get("month") ?? 1, result.start.get("day") ?? 1),
      };
    });
}

// ── Assembly ────────────────────────────────────────────────────────────────────────────────────

function moneyFigures(text: string, language: string): Figure[] {
  const figures: Figure[] = [];
  const add = (match: RegExpMatchArray, currency: string | undefined) => {
    const g = match.groups ?? {};
    if (!currency || match.index === undefined) return;
    // In "$70–$72 billion" the scale written once applies to both ends.
    const upperScale = scaleFor(g.sc2, language);
    const lowerScale = g.sc1 ? scaleFor(g.sc1, language) : upperScale;
    const low = parseNumberToken(g.n1 ?? "", language) * lowerScale;
    const high = g.n2 ? parseNumberToken(g.n2, language) * upperScale : undefined;
    if (Number.isNaN(low)) return;
    const written = match[0].trim();
    figures.push({
      kind: "MONEY",
      start: match.index,
      end: match.index + written.length,
      text: written,
      value: low,
      ...(high !== undefined && !Number.isNaN(high) ? { valueMax: high } : {}),
      unit: currency,
      currency,
    });
  };
  for (const match of text.matchAll(MONEY_SYMBOL_FIRST)) add(match, currencyFor(match.groups?.sym ?? "", CURRENCY_SYMBOLS, language));
  for (const match of text.matchAll(MONEY_NUMBER_FIRST)) add(match, currencyFor(match.groups?.cur ?? "", CURRENCY_WORDS, language));
  return figures;
}

function percentFigures(text: string, language: string): Figure[] {
  return [...text.matchAll(PERCENT)].map((match) => {
    const g = match.groups ?? {};
    const value = g.han ? parseNumberToken(g.han, language) : parseDigits(g.n ?? "", language);
    return { kind: "PERCENT" as const, start: match.index, end: match.index + match[0].length, text: match[0], value, unit: "%" };
  });
}

function countFigures(text: string, language: string): Figure[] {
  const figures: Figure[] = [];
  for (const match of text.matchAll(COUNT)) {
    const g = match.groups ?? {};
    const value = parseNumberToken(g.n ?? g.cn ?? "", language);
    // Small Han numerals before 人/位 are usually not head counts ("一位", "三人" in idioms); require digits or ≥ 10.
    if (Number.isNaN(value) || (g.cn && !/\d/.test(g.cn) && value < 10)) continue;
    figures.push({ kind: "COUNT", start: match.index, end: match.index + match[0].length, text: match[0], value, unit: "people" });
  }
  return figures;
}

const URL = /\b(?:https?:\/\/|www\.)[^\s<>"“”]+/giu;

const KIND_PRIORITY: Record<FigureKind, number> = { MONEY: 0, PERCENT: 1, COUNT: 2, DATE: 3 };

/** Overlapping readings: the longer span wins, then money over percent over count over date. */
function resolveOverlaps(figures: Figure[]): Figure[] {
  const ordered = [...figures].sort((a, b) => b.end - b.start - (a.end - a.start) || KIND_PRIORITY[a.kind] - KIND_PRIORITY[b.kind] || a.start - b.start);
  const kept: Figure[] = [];
  for (const figure of ordered) if (!kept.some((other) => figure.start < other.end && other.start < figure.end)) kept.push(figure);
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Money, percentages, head counts and dates in an article, with normalized values: 14.3e9 USD for
 * "14,3 miliardi di dollari", 7.0e10–7.2e10 USD for "700 – 720 亿美元", 2026-Q1 for "2026 年第一季度".
 */
export function extractFigures(text: string, context: FigureContext): Figure[] {
  const language = context.language;
  // Numbers inside web addresses ("nypost.com/2025/12/17/...") are not figures of the article.
  const urls = [...text.matchAll(URL)].map((url) => ({ start: url.index, end: url.index + url[0].length }));
  const outsideUrls = (figure: Figure) => !urls.some((url) => figure.start < url.end && url.start < figure.end);
  return resolveOverlaps([...moneyFigures(text, language), ...percentFigures(text, language), ...countFigures(text, language), ...dateFigures(text, context)].filter(outsideUrls));
}
