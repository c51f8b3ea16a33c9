/**
 * Checks every gold file of the development set against its article and the knowledge base, on its
 * own (it shares no span logic with build-devset.ts): fields and values, each surface at its stated
 * occurrence and offset, slugs known to the KB snapshot and to today's KB, unknown entities absent
 * from the snapshot, no overlapping spans, no unannotated KB name or unknown-entity surface left in
 * the text, and the coverage of the set (languages, articles per language, article length).
 * Usage: tsx devset/tools/devset-check.ts   (prints the counts; exits 1 on any error)
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { LANGUAGES, parseArticleFile, headerValue } from "./article-file";
import { ENTITY_TYPES, FIGURE_KINDS, QUALIFIERS, type Gold, type SpanRef } from "./gold";
import { readKb, readSnapshot, type KbEntity } from "./kb-names";
import { DEVSET_DIR } from "./build-devset";

export const MIN_LANGUAGES = 13;
export const MIN_PER_LANGUAGE = 2;
export const MIN_ARTICLES = 36;
const CJK_LANGUAGES = new Set(["zh-Hans", "zh-Hant", "ja", "ko"]);
const FUZZY_DATE = /^\d{4}(-(\d{2}(-\d{2})?|Q[1-4]|H[12]|W\d{2}|spring|summer|autumn|winter|early|late))?$/;
const CURRENCIES = new Set(["USD", "EUR", "CNY", "JPY", "KRW", "TWD", "HKD", "INR", "IDR", "BRL", "RUB", "SAR", "AED", "CHF", "GBP"]);
/** Scripts written without spaces between words: a name can touch any neighbour. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

interface Span {
  start: number;
  end: number;
  what: string;
}

export interface DevsetReport {
  errors: string[];
  articles: number;
  perLanguage: Record<string, number>;
  totals: { mentions: number; unknownEntities: number; unknownSurfaces: number; figures: number };
  figuresByKind: Record<string, number>;
  unknownByType: Record<string, number>;
}

/** Offset of the n-th (0-based) case-sensitive match, each search one character past the last start. */
export function nthMatch(body: string, needle: string, n: number): number {
  let at = body.indexOf(needle);
  for (let seen = 0; at >= 0 && seen < n; seen++) at = body.indexOf(needle, at + 1);
  return at;
}

function allMatches(body: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = body.indexOf(needle); at >= 0; at = body.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/** A letter or digit that would glue onto a Latin-script name (CJK neighbours do not). */
function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}\p{M}]/u.test(char) && !UNSPACED.test(char);
}

/** A whole-word match for spaced scripts; any match for names in unspaced scripts. */
function standsAlone(body: string, name: string, at: number): boolean {
  if (UNSPACED.test(name)) return true;
  return !isWordChar(body[at - 1]) && !isWordChar(body[at + name.length]);
}

const overlaps = (a: Span, start: number, end: number) => a.start < end && start < a.end;

function checkSpan(ref: SpanRef, body: string, where: string, errors: string[], spans: Span[]): void {
  if (typeof ref.surface !== "string" || !ref.surface) return void errors.push(`${where}: empty surface`);
  if (!Number.isInteger(ref.occurrence) || ref.occurrence < 0) return void errors.push(`${where}: bad occurrence`);
  const at = nthMatch(body, ref.surface, ref.occurrence);
  if (at < 0) return void errors.push(`${where}: "${ref.surface}" has no occurrence ${ref.occurrence} in the body`);
  if (at !== ref.start) errors.push(`${where}: occurrence ${ref.occurrence} of "${ref.surface}" is at ${at}, gold says ${ref.start}`);
  if (ref.name !== undefined && !ref.surface.includes(ref.name)) errors.push(`${where}: name "${ref.name}" is not inside "${ref.surface}"`);
  if (/^\s|\s$/.test(ref.surface)) errors.push(`${where}: surface "${ref.surface}" starts or ends with a space`);
  spans.push({ start: at, end: at + ref.surface.length, what: `${where} "${ref.surface}"` });
}

function checkFigureValues(figure: Gold["figures"][number], where: string, errors: string[]): void {
  if (!(FIGURE_KINDS as readonly string[]).includes(figure.kind)) errors.push(`${where}: kind ${figure.kind}`);
  if (!(QUALIFIERS as readonly string[]).includes(figure.qualifier)) errors.push(`${where}: qualifier ${figure.qualifier}`);
  const isRange = figure.qualifier === "range";
  if (figure.kind === "DATE") {
    if (!figure.date || !FUZZY_DATE.test(figure.date)) errors.push(`${where}: date "${figure.date}" is not a fuzzy date`);
    if (figure.value !== undefined || figure.unit !== undefined) errors.push(`${where}: a DATE has no value or unit`);
    if (isRange !== (figure.dateMax !== undefined)) errors.push(`${where}: dateMax goes with qualifier range`);
    if (figure.dateMax && (!FUZZY_DATE.test(figure.dateMax) || figure.dateMax < (figure.date ?? ""))) errors.push(`${where}: bad dateMax`);
    return;
  }
  if (typeof figure.value !== "number" || !Number.isFinite(figure.value) || figure.value < 0) errors.push(`${where}: value`);
  if (isRange !== (figure.valueMax !== undefined)) errors.push(`${where}: valueMax goes with qualifier range`);
  if (figure.valueMax !== undefined && !(figure.valueMax > (figure.value ?? Infinity))) errors.push(`${where}: valueMax ≤ value`);
  const unitOk = figure.kind === "MONEY" ? CURRENCIES.has(figure.unit ?? "") : figure.unit === (figure.kind === "PERCENT" ? "percent" : "people");
  if (!unitOk) errors.push(`${where}: unit ${figure.unit} does not fit ${figure.kind}`);
  if (figure.kind === "COUNT" && !Number.isInteger(figure.value)) errors.push(`${where}: a COUNT is a whole number`);
}

/** Every check for one article; returns the problems found, each naming the file. */
export function checkGold(gold: Gold, articleText: string, snapshot: KbEntity[], currentSlugs: Set<string>): string[] {
  const errors: string[] = [];
  const file = `gold/${gold.id}.json`;
  for (const key of ["file", "id", "language", "publishedOn", "guidelines", "kbSnapshot"] as const) {
    if (typeof gold[key] !== "string" || !gold[key]) errors.push(`${file}: missing ${key}`);
  }
  for (const key of ["noise", "distractors", "mentions", "unknownEntities", "figures"] as const) {
    if (!Array.isArray(gold[key])) return [...errors, `${file}: ${key} is not a list`];
  }
  const article = parseArticleFile(articleText, gold.file);
  const body = article.body;
  if (headerValue(article, "language", gold.file) !== gold.language) errors.push(`${file}: language differs from the article header`);
  if (headerValue(article, "publishedOn", gold.file) !== gold.publishedOn) errors.push(`${file}: publishedOn differs from the article header`);
  if (!(LANGUAGES as readonly string[]).includes(gold.language)) errors.push(`${file}: language ${gold.language} is not in the set's list`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(gold.publishedOn)) errors.push(`${file}: publishedOn is not a day`);

  const spans: Span[] = [];
  const snapshotSlugs = new Set(snapshot.map((entity) => entity.slug));
  gold.mentions.forEach((mention, index) => {
    const where = `${file}: mentions[${index}]`;
    if (!snapshotSlugs.has(mention.slug)) errors.push(`${where}: slug ${mention.slug} is not in the KB snapshot`);
    if (!currentSlugs.has(mention.slug)) errors.push(`${where}: slug ${mention.slug} is not in prisma/kb`);
    checkSpan(mention, body, where, errors, spans);
  });
  const knownNames = new Set(snapshot.flatMap((entity) => entity.names.map((name) => name.toLowerCase())));
  gold.unknownEntities.forEach((entity, index) => {
    const where = `${file}: unknownEntities[${index}] ${entity.slug}`;
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(entity.slug)) errors.push(`${where}: slug is not kebab-case`);
    if (snapshotSlugs.has(entity.slug) || knownNames.has(entity.name?.toLowerCase())) errors.push(`${where}: the KB snapshot knows it`);
    if (!(ENTITY_TYPES as readonly string[]).includes(entity.type)) errors.push(`${where}: type ${entity.type}`);
    if (!entity.surfaces?.length) errors.push(`${where}: no surfaces`);
    entity.surfaces?.forEach((surface, i) => checkSpan(surface, body, `${where} surfaces[${i}]`, errors, spans));
  });
  gold.figures.forEach((figure, index) => {
    const where = `${file}: figures[${index}]`;
    checkSpan({ surface: figure.text, occurrence: figure.occurrence, start: figure.start }, body, where, errors, spans);
    checkFigureValues(figure, where, errors);
  });
  if (!gold.mentions.length || !gold.unknownEntities.length || !gold.figures.length) {
    errors.push(`${file}: an article needs known mentions, unknown entities and figures`);
  }

  spans.sort((a, b) => a.start - b.start);
  spans.forEach((span, i) => {
    if (i > 0 && span.start < spans[i - 1].end) errors.push(`${span.what} overlaps ${spans[i - 1].what}`);
  });
  const noiseSpans: Span[] = gold.noise.flatMap((line) => {
    const at = allMatches(body, `${line}\n`).filter((pos) => pos === 0 || body[pos - 1] === "\n");
    if (!at.length) errors.push(`${file}: noise line is not a whole body line: ${line}`);
    return at.map((start) => ({ start, end: start + line.length, what: "noise" }));
  });
  for (const span of spans) {
    if (noiseSpans.some((noise) => overlaps(noise, span.start, span.end))) errors.push(`${span.what} lies in a noise line`);
  }
  const distractorSpans: Span[] = gold.distractors.flatMap((text) => {
    const at = allMatches(body, text);
    if (!at.length) errors.push(`${file}: distractor "${text}" is not in the body`);
    return at.map((start) => ({ start, end: start + text.length, what: "distractor" }));
  });
  const excused = [...spans, ...noiseSpans, ...distractorSpans];
  const mustBeAnnotated = [
    ...snapshot.flatMap((entity) => entity.names.filter((name) => name.length >= 2).map((name) => ({ name, what: entity.slug }))),
    ...gold.unknownEntities.flatMap((entity) => (entity.surfaces ?? []).map((s) => ({ name: s.surface, what: entity.slug }))),
  ];
  for (const { name, what } of mustBeAnnotated) {
    for (const at of allMatches(body, name)) {
      if (!standsAlone(body, name, at)) continue;
      if (excused.some((span) => overlaps(span, at, at + name.length))) continue;
      errors.push(`${file}: "${name}" (${what}) at ${at} is not annotated`);
    }
  }
  return [...new Set(errors)];
}

/** Words (or, for Chinese, Japanese and Korean, non-space characters) of the body less noise lines. */
export function articleLength(body: string, language: string, noise: string[]): number {
  const text = body
    .split("\n")
    .filter((line) => !noise.includes(line))
    .join("\n");
  return CJK_LANGUAGES.has(language) ? text.replace(/\s/g, "").length : text.split(/\s+/).filter(Boolean).length;
}

export function checkDevset(dir = DEVSET_DIR): DevsetReport {
  const snapshot = readSnapshot();
  const currentSlugs = new Set(readKb().map((entity) => entity.slug));
  const report: DevsetReport = {
    errors: [],
    articles: 0,
    perLanguage: {},
    figuresByKind: {},
    unknownByType: {},
    totals: { mentions: 0, unknownEntities: 0, unknownSurfaces: 0, figures: 0 },
  };
  const goldFiles = fs
    .readdirSync(path.join(dir, "gold"))
    .filter((name) => name.endsWith(".json"))
    .sort();
  for (const name of goldFiles) {
    const gold = JSON.parse(fs.readFileSync(path.join(dir, "gold", name), "utf8")) as Gold;
    if (gold.id !== name.slice(0, -5) || gold.file !== `${gold.id}.txt`) report.errors.push(`gold/${name}: id/file do not match the file name`);
    const articlePath = path.join(dir, "articles", gold.file);
    if (!fs.existsSync(articlePath)) {
      report.errors.push(`gold/${name}: article ${gold.file} is missing`);
      continue;
    }
    const text = fs.readFileSync(articlePath, "utf8");
    report.errors.push(...checkGold(gold, text, snapshot, currentSlugs));
    const length = articleLength(parseArticleFile(text, gold.file).body, gold.language, gold.noise ?? []);
    const [min, max] = CJK_LANGUAGES.has(gold.language) ? [450, 1500] : [250, 600];
    if (length < min || length > max) report.errors.push(`articles/${gold.file}: length ${length} outside ${min}–${max}`);
    report.articles++;
    report.perLanguage[gold.language] = (report.perLanguage[gold.language] ?? 0) + 1;
    report.totals.mentions += gold.mentions.length;
    report.totals.unknownEntities += gold.unknownEntities.length;
    report.totals.unknownSurfaces += gold.unknownEntities.reduce((sum, entity) => sum + (entity.surfaces?.length ?? 0), 0);
    report.totals.figures += gold.figures.length;
    for (const figure of gold.figures) report.figuresByKind[figure.kind] = (report.figuresByKind[figure.kind] ?? 0) + 1;
    for (const entity of gold.unknownEntities) report.unknownByType[entity.type] = (report.unknownByType[entity.type] ?? 0) + 1;
  }
  const languages = Object.keys(report.perLanguage);
  if (languages.length < MIN_LANGUAGES) report.errors.push(`only ${languages.length} languages, need ${MIN_LANGUAGES}`);
  for (const [language, count] of Object.entries(report.perLanguage)) {
    if (count < MIN_PER_LANGUAGE) report.errors.push(`${language}: ${count} article(s), need ${MIN_PER_LANGUAGE}`);
  }
  if (report.articles < MIN_ARTICLES) report.errors.push(`only ${report.articles} articles, need ${MIN_ARTICLES}`);
  return report;
}

if (require.main === module) {
  const report = checkDevset();
  const { errors, ...counts } = report;
  console.log(JSON.stringify(counts, null, 2));
  for (const error of errors) console.error(error);
  console.log(errors.length ? `${errors.length} problem(s)` : "devset OK");
  process.exitCode = errors.length ? 1 : 0;
}
