import type { FigureKind, Figure } from "../figures";
import { analyzeDocument } from "../analyze";
import { buildAliasMatcher, type AliasInput, type EntityKind } from "../matcher";
import { buildTransliterationIndex } from "../transliteration";
import { PERCENT_TOLERANCE, pairUp, sameNumber, sumScores, type Scores } from "./scores";
import { occurrencesOf, overlaps, projectSpans, type Span } from "./spans";

/** A span of the article body (tests/devset/GUIDELINES.md §2): `start` is its UTF-16 offset in the body. */
interface DevsetSpan {
  surface: string;
  start: number;
}

export type UnknownEntityType = "PERSON" | "ORGANIZATION" | "MODEL" | "PRODUCT";

/** The parts of a tests/devset/gold/<id>.json file that the evaluation reads. */
export interface DevsetGold {
  id: string;
  language: string;
  publishedOn: string;
  noise: string[];
  mentions: Array<DevsetSpan & { slug: string }>;
  unknownEntities: Array<{ slug: string; type: UnknownEntityType; surfaces: DevsetSpan[] }>;
  figures: Array<{ kind: FigureKind; text: string; start: number; value?: number; valueMax?: number; unit?: string; date?: string }>;
}

/**
 * How many of the entities the knowledge base lacks the pipeline proposes as candidates of the right type (recall),
 * and how many of its proposals name nothing the gold annotates: a proposal is spurious when it overlaps no surface
 * of a gold unknown entity and no gold mention of a known one (precision = 1 − spurious / proposals).
 */
export interface Discovery {
  entities: number;
  proposed: number;
  recall: number;
  proposals: number;
  spurious: number;
  precision: number;
}

export interface DevsetResult {
  language: string;
  documents: number;
  /** Documents whose detected language is the gold one. */
  languageCorrect: number;
  linking: Scores;
  discovery: Discovery;
  figures: Scores;
}

export interface DevsetError {
  id: string;
  task: "linking" | "figures" | "discovery";
  type: "missed" | "spurious" | "unplaced";
  detail: string;
}

/** An entity candidate as discovery would propose it: a span of the cleaned text and a type guess. */
export interface EntityProposal extends Span {
  type: UnknownEntityType;
}

export function discovery(entities: number, proposed: number, proposals = 0, spurious = 0): Discovery {
  return { entities, proposed, recall: entities === 0 ? 1 : proposed / entities, proposals, spurious, precision: proposals === 0 ? 1 : (proposals - spurious) / proposals };
}

/**
 * An unknown entity is discovered when a proposal of its type covers any one of its surfaces. A proposal is
 * spurious when it overlaps no surface of any unknown entity and none of `knownMentions` (of any type: precision
 * asks whether a name was proposed, recall whether it got the right type).
 */
export function scoreDiscovery(unknown: Array<{ type: UnknownEntityType; spans: Span[] }>, proposals: EntityProposal[], knownMentions: Span[] = []): Discovery {
  const proposed = unknown.filter((entity) => proposals.some((p) => p.type === entity.type && entity.spans.some((span) => overlaps(p, span)))).length;
  const goldSpans = [...unknown.flatMap((entity) => entity.spans), ...knownMentions];
  const spurious = proposals.filter((p) => !goldSpans.some((span) => overlaps(p, span))).length;
  return discovery(unknown.length, proposed, proposals.length, spurious);
}

/** Sums per-document (or per-language) results into one row: counts add, then scores are recomputed. */
export function combineResults(language: string, parts: DevsetResult[]): DevsetResult {
  const entities = parts.reduce((sum, part) => sum + part.discovery.entities, 0);
  const proposed = parts.reduce((sum, part) => sum + part.discovery.proposed, 0);
  const proposals = parts.reduce((sum, part) => sum + part.discovery.proposals, 0);
  const spurious = parts.reduce((sum, part) => sum + part.discovery.spurious, 0);
  return {
    language,
    documents: parts.reduce((sum, part) => sum + part.documents, 0),
    languageCorrect: parts.reduce((sum, part) => sum + part.languageCorrect, 0),
    linking: sumScores(parts.map((part) => part.linking)),
    discovery: discovery(entities, proposed, proposals, spurious),
    figures: sumScores(parts.map((part) => part.figures)),
  };
}

/** One row per gold language, in first-seen order, then the ALL row. */
export function tableByLanguage(perDocument: DevsetResult[]): DevsetResult[] {
  const languages = [...new Set(perDocument.map((result) => result.language))];
  const rows = languages.map((language) =>
    combineResults(
      language,
      perDocument.filter((result) => result.language === language),
    ),
  );
  return [...rows, combineResults("ALL", perDocument)];
}

/** As for the seeds: same kind, overlapping spans (qualifier words may be cut differently) and the same value or date. */
function figureMatches(found: Figure, gold: DevsetGold["figures"][number] & Span): boolean {
  if (found.kind !== gold.kind || !overlaps(found, gold)) return false;
  if (gold.kind === "DATE") return found.date?.fuzzy === gold.date;
  const tolerance = gold.kind === "PERCENT" ? PERCENT_TOLERANCE : 0;
  return sameNumber(found.value, gold.value, tolerance) && sameNumber(found.valueMax, gold.valueMax, tolerance) && (gold.kind !== "MONEY" || found.unit === gold.unit);
}

/**
 * Runs the whole pipeline on each development-set article, as ingestion would (no language given), and scores
 * it against the gold. Known entities are the ones in `knownSlugs` (the knowledge base the aliases come from):
 * the gold's mentions, plus any "unknown" entity whose proposed slug the knowledge base has learned since the
 * snapshot. The other unknown entities are what discovery should find. Output inside the article's noise lines
 * is not scored: the gold annotates nothing there.
 */
export function evaluateDevset(input: {
  documents: Array<{ gold: DevsetGold; body: string }>;
  aliases: AliasInput[];
  entityKinds: Map<number, EntityKind>;
  knownSlugs: ReadonlySet<string>;
}): { perDocument: Array<DevsetResult & { id: string }>; table: DevsetResult[]; errors: DevsetError[] } {
  const matcher = buildAliasMatcher(input.aliases);
  // Katakana, Hangul and Han forms of Latin names are linked by sound too, as ingestion given the index would.
  const transliterations = buildTransliterationIndex(input.aliases);
  const errors: DevsetError[] = [];
  const perDocument = input.documents.map(({ gold, body }) => {
    const analysis = analyzeDocument({ raw: body, format: "text", publishedOn: gold.publishedOn, matcher, entityKinds: input.entityKinds, transliterations });
    const project = projectSpans(body, analysis.text);
    const place = <T extends { start: number }>(item: T, length: number, task: DevsetError["task"], detail: string) => {
      const span = project({ start: item.start, end: item.start + length });
      if (!span) errors.push({ id: gold.id, task, type: "unplaced", detail });
      return span && { ...item, ...span };
    };
    const noise = gold.noise.flatMap((line) => occurrencesOf(analysis.text, line.normalize("NFKC")));
    const scored = <T extends Span>(found: T[]) => found.filter((item) => !noise.some((line) => overlaps(item, line)));

    const knownUnknowns = gold.unknownEntities.filter((entity) => input.knownSlugs.has(entity.slug));
    const linkingGold = [...gold.mentions, ...knownUnknowns.flatMap((entity) => entity.surfaces.map((surface) => ({ ...surface, slug: entity.slug })))]
      .map((mention) => place(mention, mention.surface.length, "linking", `${mention.slug} "${mention.surface}"`))
      .filter((mention) => mention !== undefined);
    const linking = pairUp(scored(analysis.mentions), linkingGold, (found, g) => found.slug === g.slug && overlaps(found, g));
    for (const m of linking.spurious) errors.push({ id: gold.id, task: "linking", type: "spurious", detail: `${m.slug} "${m.surface}"` });
    for (const m of linking.missed) errors.push({ id: gold.id, task: "linking", type: "missed", detail: `${m.slug} "${m.surface}"` });

    const figureGold = gold.figures.map((f) => place(f, f.text.length, "figures", `${f.kind} "${f.text}"`)).filter((f) => f !== undefined);
    const figures = pairUp(scored(analysis.figures), figureGold, figureMatches);
    for (const f of figures.spurious) errors.push({ id: gold.id, task: "figures", type: "spurious", detail: `${f.kind} "${f.text}" ${f.value ?? f.date?.fuzzy}` });
    for (const f of figures.missed) errors.push({ id: gold.id, task: "figures", type: "missed", detail: `${f.kind} "${f.text}" ${f.value ?? f.date}` });

    const unknown = gold.unknownEntities
      .filter((entity) => !input.knownSlugs.has(entity.slug))
      .map((entity) => ({
        type: entity.type,
        surfaces: entity.surfaces.map((s) => `"${s.surface}"`),
        spans: entity.surfaces.map((s) => project({ start: s.start, end: s.start + s.surface.length })).filter((s) => s !== undefined),
      }));
    const proposals: EntityProposal[] = scored(analysis.entityProposals);
    // Misses name the proposals that overlapped with another type, so that a wrong type reads apart from no proposal.
    const text = (span: Span) => `"${analysis.text.slice(span.start, span.end)}"`;
    for (const entity of unknown) {
      if (proposals.some((p) => p.type === entity.type && entity.spans.some((span) => overlaps(p, span)))) continue;
      const near = proposals.filter((p) => entity.spans.some((span) => overlaps(p, span))).map((p) => `${p.type} ${text(p)}`);
      errors.push({ id: gold.id, task: "discovery", type: "missed", detail: `${entity.type} ${entity.surfaces.join(" ")}${near.length ? ` proposed as ${near.join(", ")}` : ""}` });
    }
    const goldSpans = [...unknown.flatMap((entity) => entity.spans), ...linkingGold];
    for (const p of proposals) if (!goldSpans.some((span) => overlaps(p, span))) errors.push({ id: gold.id, task: "discovery", type: "spurious", detail: `${p.type} ${text(p)}` });

    return {
      id: gold.id,
      language: gold.language,
      documents: 1,
      languageCorrect: analysis.language === gold.language ? 1 : 0,
      linking: linking.scores,
      discovery: scoreDiscovery(unknown, proposals, linkingGold),
      figures: figures.scores,
    };
  });
  return { perDocument, table: tableByLanguage(perDocument), errors };
}
