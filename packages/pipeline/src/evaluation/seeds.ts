import { cleanDocument } from "../clean";
import { extractFigures, type Figure, type FigureKind } from "../figures";
import { detectLanguage } from "../language";
import { buildAliasMatcher, type AliasInput } from "../matcher";
import { offsetOf, pairUp, sameNumber, scores, sumScores, type Scores } from "./scores";

interface GoldMention {
  slug: string;
  surface: string;
  /** Which occurrence of `surface` in the cleaned text (0-based), so the gold survives offset-free review. */
  occurrence: number;
}

interface GoldFigure {
  kind: FigureKind;
  text: string;
  occurrence: number;
  value?: number;
  valueMax?: number;
  unit?: string;
  /** Fuzzy date in the knowledge-base notation (2026-Q1, 2025-autumn…). */
  date?: string;
}

/** One file of fixtures/gold: the hand-checked annotations of one seed article. */
export interface SeedGold {
  file: string;
  language: string;
  publishedOn: string;
  mentions: GoldMention[];
  figures: GoldFigure[];
}

export interface Evaluation {
  linking: Scores;
  figures: Scores;
  perDocument: Array<{ file: string; linking: Scores; figures: Scores; languageDetected: string; languageExpected: string }>;
  /** Disagreements, for whoever improves the pipeline next. */
  errors: Array<{ file: string; task: "linking" | "figures"; type: "missed" | "spurious"; detail: string }>;
}

/** A found figure matches a gold one when kinds agree, spans overlap (edges like "da 66…" may differ) and the values agree. */
function figureMatches(found: Figure, gold: GoldFigure & { start: number; end: number }): boolean {
  if (found.kind !== gold.kind || found.start >= gold.end || gold.start >= found.end) return false;
  if (gold.kind === "DATE") return found.date?.fuzzy === gold.date;
  return sameNumber(found.value, gold.value) && sameNumber(found.valueMax, gold.valueMax) && (gold.unit === undefined || found.unit === gold.unit);
}

/**
 * Precision, recall and F1 of entity linking and figure extraction on the seed articles against their
 * hand-checked gold annotations (the caller reads both). Linking counts exact (entity, start, end) matches.
 */
export function evaluateSeeds(input: { documents: Array<{ gold: SeedGold; raw: string }>; aliases: AliasInput[] }): Evaluation {
  const matcher = buildAliasMatcher(input.aliases);
  const evaluation: Evaluation = { linking: scores(0, 0, 0), figures: scores(0, 0, 0), perDocument: [], errors: [] };

  for (const { gold, raw } of input.documents) {
    const { text } = cleanDocument({ raw, format: "text" });
    const language = detectLanguage(text);

    const goldMentions = new Set(gold.mentions.map((m) => `${m.slug}@${offsetOf(text, m.surface, m.occurrence)}+${m.surface.length}`));
    const foundMentions = matcher.findMentions(text).map((m) => ({ key: `${m.slug}@${m.start}+${m.end - m.start}`, surface: m.surface }));
    const linkingHits = foundMentions.filter((m) => goldMentions.has(m.key)).length;
    for (const m of foundMentions) if (!goldMentions.has(m.key)) evaluation.errors.push({ file: gold.file, task: "linking", type: "spurious", detail: `${m.key} "${m.surface}"` });
    const foundKeys = new Set(foundMentions.map((m) => m.key));
    for (const key of goldMentions) if (!foundKeys.has(key)) evaluation.errors.push({ file: gold.file, task: "linking", type: "missed", detail: key });
    const linking = scores(linkingHits, foundMentions.length - linkingHits, goldMentions.size - linkingHits);

    const goldFigures = gold.figures.map((f) => {
      const start = offsetOf(text, f.text, f.occurrence);
      return { ...f, start, end: start + f.text.length };
    });
    const paired = pairUp(extractFigures(text, { language, publishedOn: gold.publishedOn }), goldFigures, figureMatches);
    for (const found of paired.spurious)
      evaluation.errors.push({ file: gold.file, task: "figures", type: "spurious", detail: `${found.kind} "${found.text}" ${found.value ?? found.date?.fuzzy}` });
    for (const g of paired.missed) evaluation.errors.push({ file: gold.file, task: "figures", type: "missed", detail: `${g.kind} "${g.text}" ${g.value ?? g.date}` });

    evaluation.perDocument.push({ file: gold.file, linking, figures: paired.scores, languageDetected: language, languageExpected: gold.language });
  }
  evaluation.linking = sumScores(evaluation.perDocument.map((document) => document.linking));
  evaluation.figures = sumScores(evaluation.perDocument.map((document) => document.figures));
  return evaluation;
}
