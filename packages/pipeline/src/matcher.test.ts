import fc from "fast-check";
import { buildAliasMatcher, type AliasInput } from "./matcher";

const aliases: AliasInput[] = [
  { entityId: 1, slug: "meta", name: "Meta", language: "und", kind: "name", entityKind: "ORGANIZATION" },
  { entityId: 1, slug: "meta", name: "メタ", language: "ja", kind: "translation", entityKind: "ORGANIZATION" },
  { entityId: 1, slug: "meta", name: "메타", language: "ko", kind: "translation", entityKind: "ORGANIZATION" },
  { entityId: 2, slug: "fair", name: "FAIR", language: "und", kind: "name", entityKind: "ORGANIZATION" },
  { entityId: 3, slug: "alexandr-wang", name: "Alexandr Wang", language: "und", kind: "name", entityKind: "PERSON" },
  { entityId: 3, slug: "alexandr-wang", name: "汪滔", language: "zh-Hans", kind: "translation", entityKind: "PERSON" },
  { entityId: 4, slug: "mark-zuckerberg", name: "Mark Zuckerberg", language: "und", kind: "name", entityKind: "PERSON" },
  { entityId: 4, slug: "mark-zuckerberg", name: "Zuckerberg", language: "und", kind: "nickname", entityKind: "PERSON" },
  { entityId: 4, slug: "mark-zuckerberg", name: "扎克伯格", language: "zh-Hans", kind: "transliteration", entityKind: "PERSON" },
  { entityId: 5, slug: "yann-lecun", name: "Yann LeCun", language: "und", kind: "name", entityKind: "PERSON" },
  { entityId: 5, slug: "yann-lecun", name: "杨立昆", language: "zh-Hans", kind: "translation", entityKind: "PERSON" },
  { entityId: 6, slug: "meta-superintelligence-labs", name: "Meta Superintelligence Labs", language: "und", kind: "name", entityKind: "ORGANIZATION" },
  { entityId: 7, slug: "timothee-lacroix", name: "Timothée Lacroix", language: "und", kind: "name", entityKind: "PERSON" },
  { entityId: 8, slug: "openai", name: "OpenAI", language: "und", kind: "name", entityKind: "ORGANIZATION" },
  { entityId: 9, slug: "avocado", name: "Avocado", language: "und", kind: "name", entityKind: "MODEL" },
  { entityId: 10, slug: "wang-other", name: "Robert Wang", language: "und", kind: "name", entityKind: "PERSON" },
];
const matcher = buildAliasMatcher(aliases);
const linked = (text: string) => matcher.findMentions(text).map((m) => [m.slug, m.surface]);

describe("buildAliasMatcher", () => {
  it("returns offsets into the original text", () => {
    const text = "Secondo CNBC, Meta ha assunto Alexandr Wang.";
    for (const mention of matcher.findMentions(text)) expect(text.slice(mention.start, mention.end)).toBe(mention.surface);
    expect(linked(text)).toEqual([
      ["meta", "Meta"],
      ["alexandr-wang", "Alexandr Wang"],
    ]);
  });

  it("folds case and accents for distinctive names, keeping the surface as written", () => {
    expect(linked("Timothee LACROIX joined openai")).toEqual([
      ["timothee-lacroix", "Timothee LACROIX"],
      ["openai", "openai"],
    ]);
  });

  it("folds Traditional and Simplified Chinese, without word boundaries in Han text", () => {
    expect(linked("首席AI科學家楊立昆宣佈離職,扎克伯格回應")).toEqual([
      ["yann-lecun", "楊立昆"],
      ["mark-zuckerberg", "扎克伯格"],
    ]);
  });

  it("needs word boundaries in alphabetic scripts but not next to Han, kana or Hangul", () => {
    expect(linked("The metaverse and Metaverse are not Meta")).toEqual([["meta", "Meta"]]);
    expect(linked("Meta的模型和Meta公司")).toEqual([
      ["meta", "Meta"],
      ["meta", "Meta"],
    ]);
    expect(linked("メタはアレクサンドル氏を採用した。메타는 발표했다")).toEqual([
      ["meta", "メタ"],
      ["meta", "메타"],
    ]);
    expect(linked("Quest'anno Meta's plans changed")).toEqual([["meta", "Meta"]]);
  });

  it("prefers the longest match and never overlaps", () => {
    expect(linked("Meta Superintelligence Labs hired staff")).toEqual([["meta-superintelligence-labs", "Meta Superintelligence Labs"]]);
  });

  it("does not read the Italian common noun 'la meta' as Meta", () => {
    expect(linked("Meta ha finalmente raggiunto la meta prefissata")).toEqual([["meta", "Meta"]]);
  });

  it("does not read the adjective 'fair' as FAIR, but accepts a title-cased acronym mid-sentence", () => {
    expect(linked("A fair deal for FAIR researchers")).toEqual([["fair", "FAIR"]]);
    expect(linked("Fair play matters.")).toEqual([]);
    expect(linked("la divisione di ricerca ( Fair ) di Meta")).toEqual([
      ["fair", "Fair"],
      ["meta", "Meta"],
    ]);
    expect(linked("He wrote for Vanity Fair magazine")).toEqual([]);
  });

  it("links a lower-case common-word name only when quoted as a name", () => {
    expect(linked("il modello “avocado” e un avocado maturo")).toEqual([["avocado", "avocado"]]);
  });

  it("links an ambiguous alias only next to its entity's unambiguous name or another entity in the same sentence", () => {
    const apple: AliasInput[] = [
      ...aliases,
      { entityId: 20, slug: "apple", name: "Apple", language: "und", kind: "name", entityKind: "ORGANIZATION" },
      { entityId: 20, slug: "apple", name: "苹果公司", language: "zh-Hans", kind: "translation", entityKind: "ORGANIZATION" },
      { entityId: 20, slug: "apple", name: "苹果", language: "zh-Hans", kind: "translation", entityKind: "ORGANIZATION", ambiguous: true },
    ];
    const withApple = buildAliasMatcher(apple);
    const found = (text: string) => withApple.findMentions(text).map((m) => [m.slug, m.surface]);
    // The fruit: no entity in its sentence, the company not named.
    expect(found("他每天吃一个苹果。")).toEqual([]);
    expect(found("他每天吃一个苹果。Meta 发布了新模型。")).toEqual([["meta", "Meta"]]);
    // Another entity in the same sentence: the field's context.
    expect(found("苹果和 OpenAI 签署了协议。")).toEqual([
      ["apple", "苹果"],
      ["openai", "OpenAI"],
    ]);
    // The company named unambiguously anywhere in the document.
    expect(found("苹果公司发布了财报。苹果的股价上涨。")).toEqual([
      ["apple", "苹果公司"],
      ["apple", "苹果"],
    ]);
    // The same string declared unambiguous for another entity is not weakened.
    expect(
      buildAliasMatcher([...apple, { entityId: 21, slug: "apple-fruit-co", name: "苹果", language: "zh-Hans", kind: "name", entityKind: "ORGANIZATION" }])
        .findMentions("他吃了苹果。")
        .map((m) => m.slug),
    ).toEqual(["apple-fruit-co"]);
  });

  it("links a bare surname only when the person is named in full elsewhere in the document", () => {
    expect(linked("Zuckerberg said Wang would lead.")).toEqual([]);
    expect(linked("Mark Zuckerberg hired Alexandr Wang. Later Zuckerberg said Wang would lead.")).toEqual([
      ["mark-zuckerberg", "Mark Zuckerberg"],
      ["alexandr-wang", "Alexandr Wang"],
      ["mark-zuckerberg", "Zuckerberg"],
      ["alexandr-wang", "Wang"],
    ]);
    expect(linked("扎克伯格 met 汪滔; Wang agreed.")).toEqual([
      ["mark-zuckerberg", "扎克伯格"],
      ["alexandr-wang", "汪滔"],
      ["alexandr-wang", "Wang"],
    ]);
  });

  it("gives an ambiguous surname to the person named most recently before it", () => {
    const text = "Alexandr Wang met Robert Wang. Wang said no.";
    expect(linked(text).at(-1)).toEqual(["wang-other", "Wang"]);
  });

  it("ignores names inside web addresses", () => {
    expect(linked("see https://example.com/openai-meta/ for OpenAI")).toEqual([["openai", "OpenAI"]]);
  });

  it("always reports surfaces that are exactly the text at their offsets (property)", () => {
    const pieces = fc.constantFrom("Meta", "meta", " ", "楊立昆", "FAIR", "fair", "Alexandr Wang", "Wang", ",", "é", "の", "x");
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const text = parts.join("");
        const mentions = matcher.findMentions(text);
        return mentions.every((m, i) => text.slice(m.start, m.end) === m.surface && (i === 0 || mentions[i - 1].end <= m.start));
      }),
    );
  });
});
