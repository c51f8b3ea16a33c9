import fs from "node:fs";
import path from "node:path";
import { knowledgeBaseAliases, type DevsetGold, type KnowledgeBaseAliases, type SeedGold } from "@orchard/pipeline";
import { repoRoot } from "../config";
import { loadKnowledgeBase } from "../seed/kb-loader";

// Resolved from the repository root: the annotations are data beside the code, not copied into dist/.
const seedGoldDir = path.join(repoRoot, "packages", "pipeline", "fixtures", "gold");
const devsetDir = path.join(repoRoot, "tests", "devset");

const readJson = <T>(file: string) => JSON.parse(fs.readFileSync(file, "utf8")) as T;
const jsonFiles = (dir: string) =>
  fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort();

/** The knowledge base in prisma/kb as matcher input, with the seed articles its sources point to. */
export function loadKnowledgeBaseAliases(kbDir: string, seedsDir: string): KnowledgeBaseAliases {
  return knowledgeBaseAliases(loadKnowledgeBase({ kbDir, seedsDir }));
}

/** The five annotated seed articles: their gold (packages/pipeline/fixtures/gold) and raw text. */
export function readSeedDocuments(seedsDir: string): Array<{ gold: SeedGold; raw: string }> {
  return jsonFiles(seedGoldDir).map((name) => {
    const gold = readJson<SeedGold>(path.join(seedGoldDir, name));
    return { gold, raw: fs.readFileSync(path.join(seedsDir, gold.file), "utf8") };
  });
}

/** The development set (tests/devset): each article's gold and its body, everything after the header's empty line. */
export function readDevsetDocuments(): Array<{ gold: DevsetGold; body: string }> {
  return jsonFiles(path.join(devsetDir, "gold")).map((name) => {
    const gold = readJson<DevsetGold & { file: string }>(path.join(devsetDir, "gold", name));
    const article = fs.readFileSync(path.join(devsetDir, "articles", gold.file), "utf8");
    return { gold, body: article.slice(article.indexOf("\n\n") + 2) };
  });
}
