import { evaluateDevset, evaluateSeeds, type DevsetResult, type Scores } from "@orchard/pipeline";
import { loadConfig } from "../config";
import { loadKnowledgeBaseAliases, readDevsetDocuments, readSeedDocuments } from "./eval-ingest-inputs";

const fixed = (n: number, width: number) => n.toFixed(3).padStart(width);

function printSeeds(seedsDir: string, kbDir: string, showErrors: boolean) {
  const { aliases } = loadKnowledgeBaseAliases(kbDir, seedsDir);
  const evaluation = evaluateSeeds({ documents: readSeedDocuments(seedsDir), aliases });
  const row = (label: string, s: Scores) =>
    `${label.padEnd(28)} ${fixed(s.precision, 9)} ${fixed(s.recall, 7)} ${fixed(s.f1, 6)}   ${s.truePositives}/${s.falsePositives}/${s.falseNegatives}`;
  console.log("Seed articles (packages/pipeline/fixtures/gold)");
  console.log(`${"".padEnd(28)} precision  recall     F1   hits/spurious/missed`);
  for (const doc of evaluation.perDocument) {
    console.log(row(`${doc.file.slice(0, 20)} linking`, doc.linking));
    console.log(row(`${doc.file.slice(0, 20)} figures`, doc.figures));
  }
  console.log(row("ALL linking", evaluation.linking));
  console.log(row("ALL figures", evaluation.figures));
  if (showErrors) for (const error of evaluation.errors) console.log(`${error.file} ${error.task} ${error.type}: ${error.detail}`);
}

function printDevset(seedsDir: string, kbDir: string, showErrors: boolean) {
  const { aliases, entityKinds, slugById } = loadKnowledgeBaseAliases(kbDir, seedsDir);
  const documents = readDevsetDocuments();
  const { table, errors } = evaluateDevset({ documents, aliases, entityKinds, knownSlugs: new Set(slugById.values()) });
  const scores = (s: Scores) => `${fixed(s.precision, 6)} ${fixed(s.recall, 6)} ${fixed(s.f1, 6)} ${`${s.truePositives}/${s.falsePositives}/${s.falseNegatives}`.padStart(10)}`;
  const row = (r: DevsetResult) =>
    `${r.language.padEnd(8)} ${String(r.documents).padStart(4)} ${`${r.languageCorrect}/${r.documents}`.padStart(6)}  ${scores(r.linking)}  ${fixed(r.discovery.recall, 6)} ${`${r.discovery.proposed}/${r.discovery.entities}`.padStart(8)} ${fixed(r.discovery.precision, 6)} ${`${r.discovery.spurious}/${r.discovery.proposals}`.padStart(8)}  ${scores(r.figures)}`;
  console.log(`\nDevelopment set (tests/devset, ${documents.length} articles; known = today's prisma/kb, hits/spurious/missed)`);
  console.log(`${"".padEnd(8)} ${"".padEnd(4)} ${"".padEnd(6)}  ${"linking".padEnd(31)}  ${"discovery".padEnd(31)}  figures`);
  console.log(`${"language".padEnd(8)} docs lang ok       P      R     F1     h/s/m   recall  found/n      P   spur/n       P      R     F1     h/s/m`);
  for (const r of table) console.log(row(r));
  console.log(
    "discovery: recall = unknown entities (the knowledge base lacks them) proposed with their gold type / all of them;\n" +
      "           P = (n − spur) / n, where n counts every proposal and spur those overlapping no gold unknown entity and no gold mention of a known one.",
  );
  if (showErrors) for (const error of errors) console.log(`${error.id} ${error.task} ${error.type}: ${error.detail}`);
}

/** `npm run eval:ingest`: linking and figures on the annotated seed articles, then linking, discovery and figures per language on the development set. */
function main() {
  const config = loadConfig();
  const showErrors = process.argv.includes("--errors");
  printSeeds(config.SEEDS_DIR, config.KB_DIR, showErrors);
  printDevset(config.SEEDS_DIR, config.KB_DIR, showErrors);
}

main();
