/**
 * Turns the annotator's working files (annotated/<id>.txt, annotations written inline) into the
 * published pair articles/<id>.txt + gold/<id>.json. Occurrence indices and offsets are computed
 * here, mechanically; devset-check.ts re-derives and checks them on its own.
 *
 * Inline syntax (the marks never occur in article text):
 *   ⟦Metas|k:meta/Meta⟧            known entity: slug, optional "/name proper"
 *   ⟦Nvidia|u:nvidia⟧              unknown entity, declared in the header:
 *                                   "unknown: nvidia | ORGANIZATION | Nvidia"
 *   ⟦1,7 milliard d’euros|MONEY 1.7e9 EUR⟧   figure: kind, value, unit, [qualifier], [max=…]
 *   ⟦un tercio|PERCENT 33.3333⟧  ⟦600 empleados|COUNT 600 approximate⟧
 *   ⟦martes|DATE 2025-11-18⟧     ⟦15–17 ноября|DATE 2025-11-15 range max=2025-11-17⟧
 * A body line starting with "%noise " is a noise line (kept without the prefix); a header line
 * "distractor: <text>" lists a string that contains a KB name but is not a mention.
 * Usage: tsx devset/tools/build-devset.ts
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { ARTICLE_HEADER_KEYS, parseArticleFile, headerValue } from "./article-file";
import { ENTITY_TYPES, FIGURE_KINDS, GUIDELINES_REF, KB_SNAPSHOT, QUALIFIERS, type Figure, type Gold, type Mention, type SpanRef, type UnknownEntity } from "./gold";

export const DEVSET_DIR = path.resolve(__dirname, "..");

interface Mark {
  surface: string;
  start: number;
  spec: string;
  line: number;
}

/** Counts case-sensitive matches of `needle` that start before `end` (overlapping search). */
function matchesBefore(body: string, needle: string, end: number): number {
  let count = 0;
  for (let at = body.indexOf(needle); at >= 0 && at < end; at = body.indexOf(needle, at + 1)) count++;
  return count;
}

function stripMarks(annotatedBody: string, fileName: string): { body: string; marks: Mark[]; noise: string[] } {
  const marks: Mark[] = [];
  const noise: string[] = [];
  let body = "";
  annotatedBody.split("\n").forEach((rawLine, index) => {
    const lineNo = index + 1;
    let line = rawLine;
    if (line.startsWith("%noise ")) {
      line = line.slice("%noise ".length);
      if (line.includes("⟦")) throw new Error(`${fileName}: body line ${lineNo}: noise lines carry no annotations`);
      noise.push(line);
    }
    const pattern = /⟦([^⟦⟧|]+)\|([^⟦⟧]+)⟧/g;
    let last = 0;
    for (let match = pattern.exec(line); match; match = pattern.exec(line)) {
      body += line.slice(last, match.index);
      marks.push({ surface: match[1], start: body.length, spec: match[2].trim(), line: lineNo });
      body += match[1];
      last = match.index + match[0].length;
    }
    const rest = line.slice(last);
    if (/[⟦⟧]/.test(rest)) throw new Error(`${fileName}: body line ${lineNo}: malformed mark`);
    body += rest + "\n";
  });
  return { body: body.slice(0, -1), marks, noise };
}

function parseNumber(raw: string, where: string): number {
  const value = Number(raw);
  if (!Number.isFinite(value)) throw new Error(`${where}: not a number: ${raw}`);
  return value;
}

function figureFrom(mark: Mark, occurrence: number, where: string): Figure {
  const [kind, first, ...rest] = mark.spec.split(/\s+/);
  if (!(FIGURE_KINDS as readonly string[]).includes(kind)) throw new Error(`${where}: unknown mark "${mark.spec}"`);
  const options = rest.filter((token) => token.includes("="));
  const words = rest.filter((token) => !token.includes("="));
  const max = options.find((token) => token.startsWith("max="))?.slice(4);
  const figure: Figure = { kind: kind as Figure["kind"], text: mark.surface, occurrence, start: mark.start, qualifier: "exact" };
  if (kind === "DATE") {
    figure.date = first;
    if (max) figure.dateMax = max;
  } else {
    figure.value = parseNumber(first, where);
    if (max) figure.valueMax = parseNumber(max, where);
    figure.unit = kind === "MONEY" ? words.shift() : kind === "PERCENT" ? "percent" : "people";
  }
  const qualifier = words.shift() ?? (max ? "range" : "exact");
  if (!(QUALIFIERS as readonly string[]).includes(qualifier)) throw new Error(`${where}: bad qualifier ${qualifier}`);
  figure.qualifier = qualifier as Figure["qualifier"];
  if (words.length) throw new Error(`${where}: unexpected "${words.join(" ")}"`);
  return figure;
}

/** Builds the article text and its gold from one annotated file. */
export function buildFromAnnotated(annotated: string, id: string): { article: string; gold: Gold } {
  const fileName = `annotated/${id}.txt`;
  const parsed = parseArticleFile(annotated, fileName);
  const { body, marks, noise } = stripMarks(parsed.body, fileName);
  const unknownDecl = new Map<string, UnknownEntity>();
  for (const line of parsed.header.unknown ?? []) {
    const [slug, type, name] = line.split("|").map((part) => part.trim());
    if (!slug || !name || !(ENTITY_TYPES as readonly string[]).includes(type)) {
      throw new Error(`${fileName}: bad "unknown:" line: ${line}`);
    }
    unknownDecl.set(slug, { slug, name, type: type as UnknownEntity["type"], surfaces: [] });
  }
  const mentions: Mention[] = [];
  const figures: Figure[] = [];
  for (const mark of marks) {
    const where = `${fileName}: body line ${mark.line}`;
    const occurrence = matchesBefore(body, mark.surface, mark.start);
    const entityMatch = /^([ku]):([a-z0-9-]+)(?:\/(.+))?$/.exec(mark.spec);
    if (entityMatch) {
      const [, which, slug, name] = entityMatch;
      const span: SpanRef = { surface: mark.surface, occurrence, start: mark.start, ...(name ? { name } : {}) };
      if (which === "k") mentions.push({ slug, ...span });
      else {
        const entity = unknownDecl.get(slug);
        if (!entity) throw new Error(`${where}: unknown entity ${slug} is not declared in the header`);
        entity.surfaces.push(span);
      }
    } else {
      figures.push(figureFrom(mark, occurrence, where));
    }
  }
  for (const entity of unknownDecl.values()) {
    if (!entity.surfaces.length) throw new Error(`${fileName}: unknown entity ${entity.slug} is never marked`);
  }
  const language = headerValue(parsed, "language", fileName);
  const publishedOn = headerValue(parsed, "publishedOn", fileName);
  const header = ARTICLE_HEADER_KEYS.map((key) => `${key}: ${headerValue(parsed, key, fileName)}`).join("\n");
  const gold: Gold = {
    file: `${id}.txt`,
    id,
    language,
    publishedOn,
    guidelines: GUIDELINES_REF,
    kbSnapshot: KB_SNAPSHOT,
    noise,
    distractors: parsed.header.distractor ?? [],
    mentions,
    unknownEntities: [...unknownDecl.values()],
    figures,
  };
  return { article: `${header}\n\n${body}`, gold };
}

export function annotatedIds(dir = DEVSET_DIR): string[] {
  return fs
    .readdirSync(path.join(dir, "annotated"))
    .filter((name) => name.endsWith(".txt"))
    .map((name) => name.slice(0, -4))
    .sort();
}

if (require.main === module) {
  for (const id of annotatedIds()) {
    const { article, gold } = buildFromAnnotated(fs.readFileSync(path.join(DEVSET_DIR, "annotated", `${id}.txt`), "utf8"), id);
    fs.writeFileSync(path.join(DEVSET_DIR, "articles", `${id}.txt`), article);
    fs.writeFileSync(path.join(DEVSET_DIR, "gold", `${id}.json`), JSON.stringify(gold, null, 2) + "\n");
  }
  console.log(`built ${annotatedIds().length} articles`);
}
