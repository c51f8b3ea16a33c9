import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { IncomingDocument } from "./ingest.service";

/** One document read from disk, or why it could not be; `origin` names the file (and line). */
export type ReadResult = { origin: string; document: IncomingDocument } | { origin: string; error: string };

const recordSchema = z.object({
  url: z.string().nullish(),
  title: z.string().nullish(),
  language: z.string().nullish(),
  publishedAt: z.string().nullish(),
  publisher: z.string().nullish(),
  text: z.string().min(1, "text is empty"),
  format: z.enum(["text", "html"]).nullish(),
});

const EXTENSIONS = new Set([".txt", ".text", ".md", ".html", ".htm", ".json", ".ndjson", ".jsonl"]);

/** Every file under the given paths (folders recursively, sorted); unknown extensions are reported. */
export function expandPaths(paths: readonly string[]): { files: string[]; problems: Array<{ origin: string; error: string }> } {
  const files: string[] = [];
  const problems: Array<{ origin: string; error: string }> = [];
  const visit = (target: string) => {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(target);
    } catch {
      problems.push({ origin: target, error: "no such file or folder" });
      return;
    }
    if (stat.isDirectory()) {
      for (const entry of fs.readdirSync(target).sort()) if (!entry.startsWith(".")) visit(path.join(target, entry));
    } else if (EXTENSIONS.has(path.extname(target).toLowerCase())) files.push(target);
    else problems.push({ origin: target, error: `unsupported file type "${path.extname(target) || "(none)"}" (expected .txt, .html, .json or .ndjson)` });
  };
  paths.forEach(visit);
  return { files, problems };
}

function looksBinary(bytes: Buffer): boolean {
  const sample = bytes.subarray(0, 8192);
  return sample.includes(0);
}

function fromRecord(origin: string, value: unknown): ReadResult {
  const parsed = recordSchema.safeParse(value);
  if (!parsed.success) {
    const problem = parsed.error.issues.map((issue) => `${issue.path.join(".") || "record"}: ${issue.message}`).join("; ");
    return { origin, error: `invalid record: ${problem}` };
  }
  const { format, ...rest } = parsed.data;
  const isHtml = format === "html" || (!format && /^\s*<(?:!doctype|html|body|article|p|div)\b/i.test(rest.text));
  return { origin, document: { ...rest, format: isHtml ? "html" : "text" } };
}

/** Reads one file into documents: a text or HTML file is one document; JSON one or many; NDJSON one per line. */
export function readDocuments(file: string): ReadResult[] {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    return [{ origin: file, error: `unreadable: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` }];
  }
  if (looksBinary(bytes)) return [{ origin: file, error: "binary file, not text" }];
  const content = bytes.toString("utf8").replace(/^\uFEFF/, "");
  if (content.includes("\uFFFD")) return [{ origin: file, error: "not valid UTF-8" }];
  const extension = path.extname(file).toLowerCase();

  if (extension === ".ndjson" || extension === ".jsonl") {
    const results: ReadResult[] = [];
    content.split("\n").forEach((line, index) => {
      if (!line.trim()) return;
      const origin = `${file}:${index + 1}`;
      try {
        results.push(fromRecord(origin, JSON.parse(line)));
      } catch (error) {
        results.push({ origin, error: `invalid JSON: ${(error as Error).message}` });
      }
    });
    return results.length > 0 ? results : [{ origin: file, error: "no records" }];
  }
  if (extension === ".json") {
    let value: unknown;
    try {
      value = JSON.parse(content);
    } catch (error) {
      return [{ origin: file, error: `invalid JSON: ${(error as Error).message}` }];
    }
    const records = Array.isArray(value) ? value : [value];
    return records.map((record, index) => fromRecord(Array.isArray(value) ? `${file}[${index}]` : file, record));
  }
  if (!content.trim()) return [{ origin: file, error: "empty file" }];
  const format = extension === ".html" || extension === ".htm" ? "html" : "text";
  return [{ origin: file, document: { text: content, format, title: null } }];
}
