/** What other packages' benchmarks share with this one (`@orchard/pipeline/bench`): its corpus and its stage timing. */
export { buildBenchCorpus, readSeedArticles } from "./corpus";
export { timeStages } from "./stages";
