import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { analyzeDocument } from "../analyze";
import { buildBenchCorpus, readSeedArticles, repoRoot, type BenchDocument } from "./corpus";
import type { FileLinkingIndex } from "./knowledge-base-files";

/**
 * The pipeline's whole output for a fixed corpus, one digest per document and part, so that a change which makes any
 * output differ (a speed-up must not) shows which document and which part. Recorded in fixtures/pipeline-output.json.
 */
export interface DocumentDigest {
  name: string;
  language: string;
  text: string;
  fingerprint: string;
  mentions: string;
  figures: string;
  candidates: string;
  entityProposals: string;
}

export const RECORDED_OUTPUT = path.join(repoRoot, "packages", "pipeline", "fixtures", "pipeline-output.json");
const VARIATIONS = 300;

/** JSON with keys sorted, so that the order in which an object's fields are set does not count as a difference. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, field: unknown) =>
    field && typeof field === "object" && !Array.isArray(field)
      ? Object.fromEntries(Object.entries(field as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : field,
  );
}

const digest = (value: unknown) => crypto.createHash("sha256").update(canonicalJson(value)).digest("hex").slice(0, 24);

/** The development set's articles (tests/devset/articles, body after the header): every language the pipeline knows. */
function readDevsetArticles(): BenchDocument[] {
  const dir = path.join(repoRoot, "tests", "devset", "articles");
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name) => {
      const article = fs.readFileSync(path.join(dir, name), "utf8");
      return { name, text: article.slice(article.indexOf("\n\n") + 2) };
    });
}

/** The seed articles (which fixtures/gold annotates), the bench's variations of them and the development set's articles. */
export function digestCorpus(seedsDir: string): BenchDocument[] {
  const seeds = readSeedArticles(seedsDir);
  return [...buildBenchCorpus(seeds, seeds.length + VARIATIONS), ...readDevsetArticles()];
}

export function digestOutputs(corpus: readonly BenchDocument[], index: FileLinkingIndex): DocumentDigest[] {
  return corpus.map(({ name, text: raw }) => {
    const output = analyzeDocument({ raw, format: "text", publishedOn: "2025-12-20", ...index });
    return {
      name,
      language: output.language,
      text: digest(output.text),
      fingerprint: digest(output.fingerprint),
      mentions: digest(output.mentions),
      figures: digest(output.figures),
      candidates: digest(output.candidates),
      entityProposals: digest(output.entityProposals),
    };
  });
}
