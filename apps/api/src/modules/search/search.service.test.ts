import { scoreMatch } from "./search.service";

describe("scoreMatch", () => {
  it("ranks exact over prefix over word prefix over infix", () => {
    const exact = scoreMatch("meta", "meta");
    const prefix = scoreMatch("meta", "meta ai app");
    const word = scoreMatch("lecun", "yann lecun");
    const infix = scoreMatch("ecun", "yann lecun");
    expect(exact).toBe(1);
    expect(prefix).toBeGreaterThan(word);
    expect(word).toBeGreaterThan(infix);
    expect(infix).toBeGreaterThan(0);
  });

  it("is zero when the name does not contain the query", () => {
    expect(scoreMatch("openai", "meta")).toBe(0);
  });
});
