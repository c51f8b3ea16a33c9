import fs from "node:fs";
import { DEFAULT_KB_DIR, DEFAULT_SEEDS_DIR } from "./corpus";
import { loadFileLinkingIndex } from "./knowledge-base-files";
import { digestCorpus, digestOutputs, RECORDED_OUTPUT, type DocumentDigest } from "./output-digest";

describe("the pipeline's output over the seed articles, their bench variations and the development set's articles", () => {
  it("is the recorded one, document by document and part by part", () => {
    const recorded = JSON.parse(fs.readFileSync(RECORDED_OUTPUT, "utf8")) as DocumentDigest[];
    const current = digestOutputs(digestCorpus(DEFAULT_SEEDS_DIR), loadFileLinkingIndex(DEFAULT_KB_DIR));
    expect(current.length).toBeGreaterThan(300);
    expect(current).toEqual(recorded);
  }, 120_000);
});
