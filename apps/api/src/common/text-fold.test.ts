import { foldForSearch } from "./text-fold";

describe("foldForSearch", () => {
  it("folds Traditional Chinese to Simplified", () => {
    expect(foldForSearch("楊立昆")).toBe(foldForSearch("杨立昆"));
    expect(foldForSearch("超級智能實驗室")).toBe("超级智能实验室");
  });

  it("folds case, accents and full-width forms", () => {
    expect(foldForSearch("Timothée LACROIX")).toBe("timothee lacroix");
    expect(foldForSearch("ＬｅＣｕｎ")).toBe("lecun");
  });

  it("collapses punctuation and spacing between name parts", () => {
    expect(foldForSearch("马克 · 扎克伯格")).toBe("马克 扎克伯格");
    expect(foldForSearch("馬克·扎克伯格")).toBe("马克 扎克伯格");
    expect(foldForSearch("  gpt-oss ")).toBe("gpt oss");
  });
});
