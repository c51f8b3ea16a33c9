import fc from "fast-check";
import { contentHash, findNearDuplicate, fingerprint, similarity } from "./dedup";

const article =
  "Meta ha annunciato che taglierà circa 600 posti di lavoro nella sua divisione MSL, con ripercussioni su team come l'ex gruppo di ricerca di base FAIR. Il neocostituito TBD Lab non sarà interessato da questi licenziamenti.";
const hanArticle = 'Meta 正在加速调整人工智能战略。知情人士透露,Meta 原计划于 2025 年底发布的下一代前沿模型"牛油果"已被推迟至 2026 年第一季度,且更倾向以闭源形式推出。';

describe("dedup", () => {
  it("hashes the NFKC form, so width variants of the same text are identical", () => {
    expect(contentHash("Ｍｅｔａ　２０２５")).toBe(contentHash("Meta 2025"));
    expect(contentHash("Meta")).not.toBe(contentHash("Meta."));
  });

  it("scores identical texts 1 and unrelated texts near 0", () => {
    expect(similarity(fingerprint(article), fingerprint(article))).toBe(1);
    expect(similarity(fingerprint(article), fingerprint(hanArticle))).toBeLessThan(0.1);
  });

  it("recognizes a re-publication with a changed headline and footer, in Latin and Han scripts", () => {
    const republished = `Notizia: ${article}\nFonte: agenzia.`;
    expect(similarity(fingerprint(article), fingerprint(republished))).toBeGreaterThan(0.8);
    const hanRepublished = `${hanArticle}(来源:腾讯科技)`;
    expect(similarity(fingerprint(hanArticle), fingerprint(hanRepublished))).toBeGreaterThan(0.8);
  });

  it("finds the nearest duplicate above the threshold only", () => {
    const stored = [
      { id: 1, fingerprint: fingerprint(hanArticle) },
      { id: 2, fingerprint: fingerprint(article) },
    ];
    expect(findNearDuplicate(fingerprint(`${article} `), stored)?.candidate.id).toBe(2);
    expect(findNearDuplicate(fingerprint("A completely different story about OpenAI and Google hiring."), stored)).toBeUndefined();
  });

  it("is symmetric and bounded (property)", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 0, maxLength: 200 }), fc.string({ minLength: 0, maxLength: 200 }), (a, b) => {
        const s = similarity(fingerprint(a), fingerprint(b));
        return s >= 0 && s <= 1 && s === similarity(fingerprint(b), fingerprint(a));
      }),
      { numRuns: 50 },
    );
  });
});
