import { evaluateSeeds } from "./evaluate";

describe("evaluateSeeds", () => {
  const evaluation = evaluateSeeds();

  it("links entities in the seed articles with F1 ≥ 0.9", () => {
    expect(evaluation.linking.f1).toBeGreaterThanOrEqual(0.9);
  });

  it("extracts figures from the seed articles with F1 ≥ 0.9", () => {
    expect(evaluation.figures.f1).toBeGreaterThanOrEqual(0.9);
  });

  it("identifies every seed's language", () => {
    for (const document of evaluation.perDocument) expect(document.languageDetected).toBe(document.languageExpected);
  });
});
