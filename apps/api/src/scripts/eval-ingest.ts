import { loadConfig } from "../config";
import { evaluateSeeds, type Scores } from "../modules/ingest/pipeline/evaluate";

/** `npm run eval:ingest`: precision, recall and F1 of linking and figures on the annotated seed articles. */
function main() {
  const config = loadConfig();
  const evaluation = evaluateSeeds({ seedsDir: config.SEEDS_DIR });
  const row = (label: string, s: Scores) =>
    `${label.padEnd(28)} ${s.precision.toFixed(3).padStart(9)} ${s.recall.toFixed(3).padStart(7)} ${s.f1.toFixed(3).padStart(6)}   ${s.truePositives}/${s.falsePositives}/${s.falseNegatives}`;
  console.log(`${"".padEnd(28)} precision  recall     F1   hits/spurious/missed`);
  for (const doc of evaluation.perDocument) {
    console.log(row(`${doc.file.slice(0, 20)} linking`, doc.linking));
    console.log(row(`${doc.file.slice(0, 20)} figures`, doc.figures));
  }
  console.log(row("ALL linking", evaluation.linking));
  console.log(row("ALL figures", evaluation.figures));
  if (process.argv.includes("--errors")) for (const error of evaluation.errors) console.log(`${error.file} ${error.task} ${error.type}: ${error.detail}`);
}

main();
