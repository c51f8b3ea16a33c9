import fs from "node:fs";
import path from "node:path";
import { cleanDocument, evaluateSeeds } from "@orchard/pipeline";
import { parse } from "yaml";
import { loadConfig } from "../config";
import { cleanArticle } from "../seed/kb-loader";
import { loadKnowledgeBaseAliases, readDevsetDocuments, readSeedDocuments } from "./eval-ingest-inputs";

// The pipeline's own tests use written-in inputs; these run it on the seed articles and the knowledge base,
// which only the API knows how to find and load.
const config = loadConfig();

describe("the pipeline on the seed articles", () => {
  // The knowledge base lists, per seed, the exact boilerplate a reviewer stripped by hand; the generic
  // rules must find the same without being told.
  const sources = parse(fs.readFileSync(path.join(config.KB_DIR, "sources.yaml"), "utf8")) as Array<{ file: string; remove: string[] }>;
  it.each(sources.map((source) => [source.file, source.remove] as const))("strips the boilerplate of seed %s like the reviewer did", (file, remove) => {
    const raw = fs.readFileSync(path.join(config.SEEDS_DIR, file), "utf8");
    expect(cleanDocument({ raw, format: "text" }).text).toBe(cleanArticle(raw, remove));
  });

  const evaluation = evaluateSeeds({ documents: readSeedDocuments(config.SEEDS_DIR), aliases: loadKnowledgeBaseAliases(config.KB_DIR, config.SEEDS_DIR).aliases });

  it("identifies every seed's language", () => {
    expect(evaluation.perDocument.map((document) => [document.file, document.languageDetected])).toEqual([
      ["000_286bca782572a707.txt", "it"],
      ["001_c9057c9f383e5f77.txt", "it"],
      ["002_81acd3c8f245f355.txt", "zh-Hans"],
      ["003_8f2b02e029b85cfc.txt", "zh-Hant"],
      ["004_ff93c308b397dbdc.txt", "id"],
    ]);
    for (const document of evaluation.perDocument) expect(document.languageDetected).toBe(document.languageExpected);
  });

  it("links entities in the seed articles with F1 ≥ 0.9", () => {
    expect(evaluation.linking.f1).toBeGreaterThanOrEqual(0.9);
  });

  it("extracts figures from the seed articles with F1 ≥ 0.9", () => {
    expect(evaluation.figures.f1).toBeGreaterThanOrEqual(0.9);
  });
});

describe("readDevsetDocuments", () => {
  it("reads every development-set article with its body after the header", () => {
    const documents = readDevsetDocuments();
    expect(documents.length).toBeGreaterThanOrEqual(36);
    for (const { gold, body } of documents) {
      for (const mention of gold.mentions) expect(body.slice(mention.start, mention.start + mention.surface.length)).toBe(mention.surface);
    }
  });
});
