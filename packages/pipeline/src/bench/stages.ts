import { proposeEvents } from "../candidates";
import { cleanDocument } from "../clean";
import { fingerprint } from "../dedup";
import { discoverEntities } from "../discovery";
import { extractFigures } from "../figures";
import { detectLanguage } from "../language";
import { linkTransliterations } from "../transliteration";
import type { BenchDocument } from "./corpus";
import type { FileLinkingIndex } from "./knowledge-base-files";

export const STAGES = ["clean", "language", "dedup", "linking", "transliteration", "figures", "candidates", "discovery"] as const;
export type Stage = (typeof STAGES)[number];

/**
 * Milliseconds each stage of the database-free pipeline takes over the whole corpus, each timed on its
 * own in the order analyzeDocument runs them (bench:pipeline, and bench:ingest with the database's index).
 */
export function timeStages(corpus: readonly BenchDocument[], index: FileLinkingIndex, publishedOn: string): Record<Stage, number> {
  const { matcher, transliterations, entityKinds } = index;
  const spent = Object.fromEntries(STAGES.map((stage) => [stage, 0])) as Record<Stage, number>;
  const timed = <T>(stage: Stage, work: () => T): T => {
    const started = performance.now();
    const result = work();
    spent[stage] += performance.now() - started;
    return result;
  };
  for (const document of corpus) {
    const { text } = timed("clean", () => cleanDocument({ raw: document.text, format: "text" }));
    const language = timed("language", () => detectLanguage(text));
    timed("dedup", () => fingerprint(text));
    const exact = timed("linking", () => matcher.findMentions(text));
    const mentions = timed("transliteration", () => linkTransliterations({ text, language, mentions: exact, index: transliterations }));
    const figures = timed("figures", () => extractFigures(text, { language, publishedOn }));
    timed("candidates", () => proposeEvents({ text, language, mentions, figures, entityKinds }));
    timed("discovery", () => discoverEntities({ text, language, mentions, entityKinds }));
  }
  return spent;
}
