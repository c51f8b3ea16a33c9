import fs from "node:fs";
import path from "node:path";
import { LineCounter, parseDocument, isNode } from "yaml";
import type { z } from "zod";

/** A parsed knowledge-base file whose entries keep their file and line, so that every problem can name them. */
export interface LoadedFile<T> {
  file: string;
  entries: T[];
  /** "file:line" of the entry at `index`, optionally of a nested path inside it. */
  where(index: number, nested?: (string | number)[]): string;
}

/** Parses one YAML list file entry by entry against `schema`; every problem is pushed as "file:line: message". */
export function loadYamlList<S extends z.ZodType>(kbDir: string, fileName: string, schema: S, problems: string[]): LoadedFile<z.infer<S>> {
  const file = path.join(kbDir, fileName);
  const relative = path.relative(process.cwd(), file) || file;
  const lineCounter = new LineCounter();
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    problems.push(`${relative}: cannot read (${(error as Error).message})`);
    return { file: relative, entries: [], where: () => relative };
  }
  const document = parseDocument(text, { lineCounter, prettyErrors: true });
  const lineOf = (nodePath: (string | number)[]): number => {
    for (let depth = nodePath.length; depth >= 0; depth--) {
      const node = document.getIn(nodePath.slice(0, depth), true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return 1;
  };
  const where = (index: number, nested: (string | number)[] = []) => `${relative}:${lineOf([index, ...nested])}`;
  if (document.errors.length > 0) {
    for (const error of document.errors) problems.push(`${relative}:${error.linePos?.[0]?.line ?? "?"}: ${error.message}`);
    return { file: relative, entries: [], where };
  }
  const raw: unknown = document.toJS() ?? [];
  if (!Array.isArray(raw)) {
    problems.push(`${relative}:1: expected a YAML list of entries`);
    return { file: relative, entries: [], where };
  }
  const entries: z.infer<S>[] = [];
  (raw as unknown[]).forEach((item, index) => {
    const parsed = schema.safeParse(item);
    if (parsed.success) {
      entries.push(parsed.data);
      return;
    }
    const named = item && typeof item === "object" ? (item as { slug?: unknown; key?: unknown }) : {};
    const id = named.slug ?? named.key;
    const label = typeof id === "string" && id ? id : `entry #${index + 1}`;
    for (const issue of parsed.error.issues) {
      const issuePath = issue.path as (string | number)[];
      problems.push(`${where(index, issuePath)}: ${label}: ${issuePath.join(".") || "(entry)"}: ${issue.message}`);
    }
  });
  return { file: relative, entries, where };
}

/** Two files' entries as one list (a main file, then its registry file): `where` still names the right file. */
export function concatLoaded<T>(first: LoadedFile<T>, second: LoadedFile<T>): LoadedFile<T> {
  const offset = first.entries.length;
  return {
    file: first.file,
    entries: [...first.entries, ...second.entries],
    where: (index, nested) => (index < offset ? first.where(index, nested) : second.where(index - offset, nested)),
  };
}
