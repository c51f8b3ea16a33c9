import fc from "fast-check";
import { buildAliasMatcher, type AliasInput } from "./matcher";
import { inflectedEnd, russianDeclension, scriptStartAllowed } from "./inflection";

const alias = (entityId: number, slug: string, name: string, language = "und"): AliasInput => ({
  entityId,
  slug,
  name,
  language,
  kind: "transliteration",
  entityKind: "ORGANIZATION",
});
const matcher = buildAliasMatcher([
  alias(1, "meta", "Meta"),
  alias(1, "meta", "メタ", "ja"),
  alias(1, "meta", "메타", "ko"),
  alias(1, "meta", "ميتا", "ar"),
  alias(1, "meta", "Мета", "ru"),
  alias(2, "google", "Google"),
  alias(2, "google", "구글", "ko"),
  alias(2, "google", "グーグル", "ja"),
  alias(2, "google", "جوجل", "ar"),
  alias(2, "google", "Гугл", "ru"),
  alias(2, "google", "गूगल", "hi"),
  alias(3, "samsung", "삼성", "ko"),
  alias(4, "quest", "Quest"),
  alias(5, "nvidia", "Нвидия", "ru"),
  alias(6, "openai", "OpenAI"),
  alias(6, "openai", "오픈AI", "ko"),
]);
const linked = (text: string) => matcher.findMentions(text).map((m) => [m.slug, m.surface]);

describe("inflection and agglutination in linking", () => {
  it("takes German genitives, English possessives and Indonesian -nya with the name", () => {
    expect(linked("Metas neues Modell und Googles Antwort")).toEqual([
      ["meta", "Metas"],
      ["google", "Googles"],
    ]);
    expect(linked("Meta's lab and the Metas' plans; produk Googlenya")).toEqual([
      ["meta", "Meta"],
      ["meta", "Metas"],
      ["google", "Googlenya"],
    ]);
    expect(linked("metal and Metal and Metaverse, Quest'anno")).toEqual([]);
  });

  it("reads Korean particles glued to a name, not longer words", () => {
    expect(linked("메타의 모델, 구글이 발표했고 오픈AI는 메타에서는 삼성과")).toEqual([
      ["meta", "메타"],
      ["google", "구글"],
      ["openai", "오픈AI"],
      ["meta", "메타"],
      ["samsung", "삼성"],
    ]);
    expect(linked("삼성동 메타버스 한메타")).toEqual([]);
  });

  it("reads Japanese particles after katakana names, not longer katakana words", () => {
    expect(linked("メタは発表し、グーグルの新モデルとメタ社")).toEqual([
      ["meta", "メタ"],
      ["google", "グーグル"],
      ["meta", "メタ"],
    ]);
    expect(linked("メタバースとメタデータ、メタ認知とメタ分析")).toEqual([]);
    expect(linked("米メタ幹部とグーグル検索")).toEqual([
      ["meta", "メタ"],
      ["google", "グーグル"],
    ]);
  });

  it("strips Arabic proclitics but not other glued letters", () => {
    expect(linked("وميتا ولجوجل بجوجل والـميتا لـميتا")).toEqual([
      ["meta", "ميتا"],
      ["google", "جوجل"],
      ["google", "جوجل"],
      ["meta", "ميتا"],
      ["meta", "ميتا"],
    ]);
    expect(linked("سميتا")).toEqual([]);
  });

  it("declines Russian names", () => {
    expect(linked("у Гугла, с Гуглом, в Меты, о Мете, с Нвидией")).toEqual([
      ["google", "Гугла"],
      ["google", "Гуглом"],
      ["meta", "Меты"],
      ["meta", "Мете"],
      ["nvidia", "Нвидией"],
    ]);
    expect(linked("Метавселенная и Гуглить")).toEqual([]);
  });

  it("needs no change for Hindi postpositions written apart", () => {
    expect(linked("गूगल ने कहा")).toEqual([["google", "गूगल"]]);
  });
});

describe("inflected mentions (property)", () => {
  it("report surfaces that are the text at their offsets, never overlapping, each starting with a name", () => {
    const pieces = fc.constantFrom(
      "Meta",
      "s",
      "nya",
      " ",
      "메타",
      "의",
      "에서",
      "버스",
      "メタ",
      "は",
      "バース",
      "社",
      "認",
      "و",
      "ال",
      "ميتا",
      "Мет",
      "а",
      "ы",
      "ом",
      "Гугл",
      "'",
      ".",
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 25 }), (parts) => {
        const text = parts.join("");
        const mentions = matcher.findMentions(text);
        return mentions.every(
          (m, i) => text.slice(m.start, m.end) === m.surface && (i === 0 || mentions[i - 1].end <= m.start) && /^(Meta|메타|メタ|ميتا|Мет|Гугл)/iu.test(m.surface),
        );
      }),
    );
  });
});

describe("inflection helpers", () => {
  it("decides the start of a name per script", () => {
    expect(scriptStartAllowed("한메타", 1)).toBe(false);
    expect(scriptStartAllowed("والميتا", 3)).toBe(true);
    expect(scriptStartAllowed("Meta", 0)).toBeUndefined();
  });

  it("finds where an inflected name ends", () => {
    expect(inflectedEnd("Metas x", 4)).toBe(5);
    expect(inflectedEnd("Metal", 4)).toBeUndefined();
    expect(inflectedEnd("Xs", 1)).toBeUndefined();
    expect(inflectedEnd("메타에서 ", 2)).toBe(2);
  });

  it("gives a declension stem only to vowel-final Cyrillic names", () => {
    expect(russianDeclension("Мета")).toEqual({ stem: "Мет", endings: ["ой", "ою", "а", "ы", "и", "е", "у"] });
    expect(russianDeclension("Гугл")).toBeUndefined();
    expect(russianDeclension("Meta")).toBeUndefined();
  });
});
