import { repoRoot } from "../../../config";
import fs from "node:fs";
import path from "node:path";
import { cleanDocument } from "./clean";
import { extractFigures, type Figure, type FigureKind } from "./figures";
import { defaultSeedsDir, loadKnowledgeBaseAliases } from "./knowledge-base-aliases";
import { detectLanguage } from "./language";
import { buildAliasMatcher } from "./matcher";

// Resolved from the repository root: the JSON annotations are not copied into dist/.
const goldDir = path.join(repoRoot, "apps", "api", "src", "modules", "ingest", "pipeline", "fixtures", "gold");

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

interface GoldDocument {
  file: string;
  language: string;
  publishedOn: string;
  mentions: GoldMention[];
  figures: GoldFigure[];
}

export interface Scores {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Evaluation {
  linking: Scores;
  figures: Scores;
  perDocument: Array<{ file: string; linking: Scores; figures: Scores; languageDetected: string; languageExpected: string }>;
  /** Disagreements, for whoever improves the pipeline next. */
  errors: Array<{ file: string; task: "linking" | "figures"; type: "missed" | "spurious"; detail: string }>;
}

function scores(truePositives: number, falsePositives: number, falseNegatives: number): Scores {
  const precision = truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives);
  const recall = truePositives + falseNegatives === 0 ? 1 : truePositives / (truePositives + falseNegatives);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives, falsePositives, falseNegatives, precision, recall, f1 };
}

function offsetOf(text: string, surface: string, occurrence: number): number {
  let index = -1;
  for (let seen = 0; seen <= occurrence; seen++) {
    index = text.indexOf(surface, index + 1);
    if (index === -1) throw new Error(`gold surface "${surface}" #${occurrence} is not in the cleaned text`);
  }
  return index;
}

const sameNumber = (a: number | undefined, b: number | undefined) => a === b || (a !== undefined && b !== undefined && Math.abs(a - b) <= Math.abs(b) * 1e-9);

/** A found figure matches a gold one when kinds agree, spans overlap (edges like "da 66…" may differ) and the values agree. */
function figureMatches(found: Figure, gold: GoldFigure & { start: number; end: number }): boolean {
  if (found.kind !== gold.kind || found.start >= gold.end || gold.start >= found.end) return false;
  if (gold.kind === "DATE") return found.date?.fuzzy === gold.date;
  return sameNumber(found.value, gold.value) && sameNumber(found.valueMax, gold.valueMax) && (gold.unit === undefined || found.unit === gold.unit);
}

/**
 * Precision, recall and F1 of entity linking and figure extraction on the five seed articles against the
 * hand-checked gold annotations in fixtures/gold. Linking counts exact (entity, start, end) matches.
 */
export function evaluateSeeds(options: { seedsDir?: string } = {}): Evaluation {
  const seedsDir = options.seedsDir ?? defaultSeedsDir;
  const { aliases } = loadKnowledgeBaseAliases(undefined, seedsDir);
  const matcher = buildAliasMatcher(aliases);
  const goldFiles = fs
    .readdirSync(goldDir)
    .filter((name) => name.endsWith(".json"))
    .sort();
  const totals = { linking: [0, 0, 0], figures: [0, 0, 0] };
  const evaluation: Evaluation = { linking: scores(0, 0, 0), figures: scores(0, 0, 0), perDocument: [], errors: [] };

  for (const goldFile of goldFiles) {
    const gold = JSON.parse(fs.readFileSync(path.join(goldDir, goldFile), "utf8")) as GoldDocument;
    const { text } = cleanDocument({ raw: fs.readFileSync(path.join(seedsDir, gold.file), "utf8"), format: "text" });
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
    const foundFigures = extractFigures(text, { language, publishedOn: gold.publishedOn });
    const matchedGold = new Set<number>();
    let figureHits = 0;
    for (const found of foundFigures) {
      const index = goldFigures.findIndex((g, i) => !matchedGold.has(i) && figureMatches(found, g));
      if (index === -1) {
        evaluation.errors.push({ file: gold.file, task: "figures", type: "spurious", detail: `${found.kind} "${found.text}" ${found.value ?? found.date?.fuzzy}` });
        continue;
      }
      matchedGold.add(index);
      figureHits++;
    }
    goldFigures.forEach((g, i) => {
      if (!matchedGold.has(i)) evaluation.errors.push({ file: gold.file, task: "figures", type: "missed", detail: `${g.kind} "${g.text}" ${g.value ?? g.date}` });
    });
    const figures = scores(figureHits, foundFigures.length - figureHits, goldFigures.length - figureHits);

    evaluation.perDocument.push({ file: gold.file, linking, figures, languageDetected: language, languageExpected: gold.language });
    [linking.truePositives, linking.falsePositives, linking.falseNegatives].forEach((n, i) => (totals.linking[i] += n));
    [figures.truePositives, figures.falsePositives, figures.falseNegatives].forEach((n, i) => (totals.figures[i] += n));
  }
  evaluation.linking = scores(totals.linking[0], totals.linking[1], totals.linking[2]);
  evaluation.figures = scores(totals.figures[0], totals.figures[1], totals.figures[2]);
  return evaluation;
}
