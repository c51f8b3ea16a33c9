import fs from "node:fs";
import path from "node:path";
import { cleanDocument } from "../clean";

/** The repository root, from src/bench (tests) or dist/bench (the compiled bench). */
export const repoRoot = path.resolve(__dirname, "..", "..", "..", "..");
/** Where the API finds them by default (apps/api/src/config.ts: SEEDS_DIR, KB_DIR). */
export const DEFAULT_SEEDS_DIR = path.resolve(repoRoot, "..", "shared", "seeds");
export const DEFAULT_KB_DIR = path.join(repoRoot, "prisma", "kb");

export interface BenchDocument {
  name: string;
  text: string;
}

const PARAGRAPHS_PER_VARIATION = 5;

/** Deterministic pseudo-random numbers, so every run reads the same corpus. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return state / 2 ** 32;
  };
}

export function readSeedArticles(seedsDir: string): BenchDocument[] {
  return fs
    .readdirSync(seedsDir)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name) => ({ name, text: fs.readFileSync(path.join(seedsDir, name), "utf8") }));
}

/**
 * `size` documents: the seed articles, then variations assembled from their paragraphs with perturbed
 * figures (as apps/api's bench:ingest builds its corpus), so a variation is a new article and not a re-publication.
 */
export function buildBenchCorpus(seeds: readonly BenchDocument[], size: number): BenchDocument[] {
  const paragraphs = seeds.flatMap((seed) =>
    cleanDocument({ raw: seed.text, format: "text" })
      .text.split("\n")
      .filter((line) => line.trim().length > 40),
  );
  const next = random(20261123);
  const corpus = [...seeds];
  for (let i = corpus.length; i < size; i++) {
    const picked = Array.from({ length: PARAGRAPHS_PER_VARIATION }, () => paragraphs[Math.floor(next() * paragraphs.length)]);
    const text = picked.join("\n\n").replace(/\d+/g, (digits) => String(Math.max(1, Math.round(Number(digits) * (0.5 + next())))));
    corpus.push({ name: `variation-${i}`, text: `Report ${i}\n\n${text}` });
  }
  return corpus;
}

export const megabytes = (documents: readonly BenchDocument[]) => documents.reduce((sum, d) => sum + Buffer.byteLength(d.text), 0) / 1e6;
