import fc from "fast-check";
import { foldForSearch } from "../../common/text-fold";
import { normalizeQuery, queryKeys } from "./search.query";

describe("normalizeQuery", () => {
  it("drops possessives, straight or curly", () => {
    expect(normalizeQuery("Meta's")).toBe("Meta");
    expect(normalizeQuery("Zuckerberg’s plan")).toBe("Zuckerberg plan");
    expect(normalizeQuery("the labs' budget")).toBe("the labs budget");
  });

  it("leaves other apostrophes and every script alone", () => {
    expect(normalizeQuery("O'Brien")).toBe("O'Brien");
    expect(normalizeQuery("杨立昆")).toBe("杨立昆");
  });

  it("never grows the query and is idempotent", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        const once = normalizeQuery(text);
        return once.length <= text.normalize("NFKC").length && normalizeQuery(once) === once;
      }),
    );
  });
});

const keysOf = (query: string) => queryKeys(foldForSearch(normalizeQuery(query)));

describe("queryKeys", () => {
  it.each([
    ["Metas", "meta"],
    ["OpenAIs", "openai"],
    ["Metanya", "meta"],
    ["Scale AIs", "scaleai"],
    ["메타의", "메타"],
    ["저커버그가", "저커버그"],
    ["メタの", foldForSearch("メタ")],
    ["メタ社の", foldForSearch("メタ")],
    ["扎克伯格的", "扎克伯格"],
    ["Меты", "мета"],
    ["Цукербергом", "цукерберг"],
    ["وجوجل", "جوجل"],
    ["لـجوجل", "جوجل"],
  ])("takes the affix off the whole query: %s → %s", (query, name) => {
    expect(keysOf(query).variants).toContain(name);
  });

  it("finds names inside a phrase on word boundaries, and anywhere in Chinese and Japanese", () => {
    expect(keysOf("la famiglia Llama").candidates).toEqual(expect.arrayContaining(["llama", "famiglia", "lafamiglia"]));
    expect(keysOf("the Claude models").candidates).toContain("claude");
    expect(keysOf("Metaverse news").candidates).not.toContain("meta");
    expect(keysOf("谷歌公司的新模型").candidates).toEqual(expect.arrayContaining(["谷歌", "谷歌公司", "模型"]));
    expect(keysOf("Meta超級智能實驗室的成員").candidates).toContain("meta超级智能实验室");
  });

  it("keeps the key list bounded and free of one-character keys, whatever the query", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200, unit: fc.constantFrom("a", "s", " ", "谷", "歌", "の", "메", "의", "м", "ы", "و", "ج") }), (text) => {
        const folded = foldForSearch(normalizeQuery(text));
        if (!folded) return true;
        const keys = queryKeys(folded);
        return (
          keys.candidates.length <= 1024 && keys.candidates.every((key) => key.length >= 2 || key === keys.compact) && keys.variants.every((key) => keys.candidates.includes(key))
        );
      }),
    );
  });
});
