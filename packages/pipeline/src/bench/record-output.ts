import fs from "node:fs";
import { DEFAULT_KB_DIR, DEFAULT_SEEDS_DIR } from "./corpus";
import { loadFileLinkingIndex } from "./knowledge-base-files";
import { digestCorpus, digestOutputs, RECORDED_OUTPUT } from "./output-digest";

/**
 * `npm run record-output [-- --seeds=DIR]`: records the pipeline's output digests (output-digest.ts). Run it only when
 * an output is meant to change, and say why in the commit; a speed-up must leave the file as it is.
 */
const seedsOption = process.argv.find((argument) => argument.startsWith("--seeds="))?.slice("--seeds=".length);
const digests = digestOutputs(digestCorpus(seedsOption ?? DEFAULT_SEEDS_DIR), loadFileLinkingIndex(DEFAULT_KB_DIR));
fs.writeFileSync(RECORDED_OUTPUT, `${JSON.stringify(digests, null, 2)}\n`);
console.log(`${digests.length} documents recorded in ${RECORDED_OUTPUT}`);
