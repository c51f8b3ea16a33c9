import { analyzeDocument, buildAliasMatcher, findNearDuplicate, type EntityKind } from "./index";

const matcher = buildAliasMatcher([
  { entityId: 1, slug: "meta", name: "Meta", language: "und", kind: "name", entityKind: "ORGANIZATION" },
  { entityId: 1, slug: "meta", name: "メタ", language: "ja", kind: "translation", entityKind: "ORGANIZATION" },
  { entityId: 2, slug: "jane-doe", name: "Jane Doe", language: "und", kind: "name", entityKind: "PERSON" },
  { entityId: 2, slug: "jane-doe", name: "ジェーン・ドウ", language: "ja", kind: "transliteration", entityKind: "PERSON" },
]);
const entityKinds = new Map<number, EntityKind>([
  [1, "ORGANIZATION"],
  [2, "PERSON"],
]);

describe("analyzeDocument", () => {
  it("turns an English HTML article about a Meta hire into mentions, figures and a HIRE candidate", () => {
    const raw =
      "<article><h1>Meta hires Jane Doe</h1><p>Meta hired Jane Doe on October 22, 2025, offering a package worth $100 million.</p><p>Subscribe to our newsletter channel!</p></article>";
    const result = analyzeDocument({ raw, format: "html", publishedOn: "2025-10-23", matcher, entityKinds });
    expect(result.language).toBe("en");
    expect(result.text).not.toContain("Subscribe");
    expect(result.mentions.map((m) => m.slug)).toEqual(["meta", "jane-doe", "meta", "jane-doe"]);
    expect(result.figures.map((f) => [f.kind, f.value ?? f.date?.fuzzy])).toEqual([
      ["DATE", "2025-10-22"],
      ["MONEY", 1e8],
    ]);
    expect(result.candidates.some((c) => c.type === "HIRE" && c.figureIndexes.length === 2)).toBe(true);
    expect(result.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("handles a Japanese article about a Meta hire, and a given language wins", () => {
    const raw = "メタは2025年10月22日、ジェーン・ドウ氏を新研究所の責任者として採用したと発表した。同研究所には約600人の研究者が所属する。";
    const result = analyzeDocument({ raw, format: "text", publishedOn: "2025-10-23", matcher, entityKinds });
    expect(result.language).toBe("ja");
    expect(result.mentions.map((m) => m.surface)).toEqual(["メタ", "ジェーン・ドウ"]);
    expect(result.figures.map((f) => f.kind)).toEqual(["DATE", "COUNT"]);
    expect(result.candidates.find((c) => c.type === "HIRE")?.participants).toEqual([
      { entityId: 1, role: "employer" },
      { entityId: 2, role: "hire" },
    ]);
    expect(analyzeDocument({ raw, format: "text", language: "ja-JP", publishedOn: "2025-10-23", matcher, entityKinds }).language).toBe("ja");
  });

  it("gives a re-published copy the same fingerprint neighbourhood", () => {
    const body = "Meta hired Jane Doe to lead its new lab, according to people familiar with the matter. The lab will focus on long-term research and employ about 600 people.";
    const first = analyzeDocument({ raw: body, format: "text", publishedOn: "2025-10-23", matcher, entityKinds });
    const copy = analyzeDocument({ raw: `${body}\nShare this story on WeChat account!`, format: "text", publishedOn: "2025-10-24", matcher, entityKinds });
    expect(copy.contentHash).toBe(first.contentHash);
    expect(findNearDuplicate(copy.fingerprint, [{ fingerprint: first.fingerprint }])?.similarity).toBe(1);
  });
});
