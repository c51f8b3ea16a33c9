import { DIGITS, HAN_NUMERAL, LEFT_EDGE, MORE, NUMBER, NUMBER_WORD, RANGE, RIGHT_EDGE, SCALE, parseDigits, parseNumberToken, scaleFor } from "./numbers";
import type { Figure } from "./types";

// ── Currencies ──────────────────────────────────────────────────────────────────────────────────

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

export function moneyFigures(text: string, language: string): Figure[] {
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

export function percentFigures(text: string, language: string): Figure[] {
  return [...text.matchAll(PERCENT)].map((match) => {
    const g = match.groups ?? {};
    const value = g.han ? parseNumberToken(g.han, language) : parseDigits(g.n ?? "", language);
    return { kind: "PERCENT" as const, start: match.index, end: match.index + match[0].length, text: match[0], value, unit: "%" };
  });
}

export function countFigures(text: string, language: string): Figure[] {
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
