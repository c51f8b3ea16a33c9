import { buildAliasMatcher } from "../matcher";
import { discoverEntities } from "./index";

// Invented sentences: the names below belong to no real company, model or person.
const known = buildAliasMatcher([
  { entityId: 1, slug: "qingmu", name: "青木", language: "zh-Hans", kind: "official" },
  { entityId: 2, slug: "hangyeol", name: "한결", language: "ko", kind: "official" },
]);
const found = (text: string, language: string) => discoverEntities({ text, language, mentions: known.findMentions(text) }).map((p) => `${p.surface}:${p.type}`);

describe("Chinese names before head nouns and around titles", () => {
  it("cuts the name before a head noun at function characters, keeps an institution's head, and starts after a known name", () => {
    expect(found("该模型由来自云岭大学的团队开发。", "zh-Hans")).toEqual(["云岭大学:ORGANIZATION"]);
    expect(found("青木星河芯片性能提升。", "zh-Hans")).toEqual(["星河:PRODUCT"]);
  });

  it("finds a titled person before new verbs and a surnamed speaker", () => {
    expect(found("云岭创始人杨景川毕业于本地学校。", "zh-Hans")).toEqual(["杨景川:PERSON"]);
    expect(found("林浩然说，需求强劲。", "zh-Hans")).toEqual(["林浩然:PERSON"]);
  });

  it("types a Latin name by the Chinese noun after it", () => {
    expect(found("Tessel Nova平台将于明年推出。", "zh-Hans")).toEqual(["Tessel Nova:PRODUCT"]);
  });

  it("proposes no generic words before head nouns", () => {
    expect(found("这是中国开源模型，适配国产芯片，面向健康应用。", "zh-Hans")).toEqual([]);
  });
});

describe("Chinese lists", () => {
  it("proposes the items listed next to a known name with the known name's kind", () => {
    const matcher = buildAliasMatcher([{ entityId: 7, slug: "yunque", name: "云雀", language: "zh-Hans", kind: "official" }]);
    const text = "用户可以接入云雀、星河、晨光等应用。";
    const proposals = discoverEntities({ text, language: "zh-Hans", mentions: matcher.findMentions(text), entityKinds: new Map([[7, "PRODUCT"]]) });
    expect(proposals.map((p) => `${p.surface}:${p.type}`)).toEqual(["星河:PRODUCT", "晨光:PRODUCT"]);
  });

  it("proposes nothing from a list without a known name, nor a place cut short", () => {
    expect(found("他去过北京、上海、广州。他在亚利桑那州工作。", "zh-Hans")).toEqual([]);
  });
});

describe("Japanese company, institution and person patterns", () => {
  it("types a katakana company by its tail, a kanji lab by its head, and a kanji name before a title", () => {
    expect(found("ミナトフィナンシャル・グループと大森研究室が提携した。", "ja")).toEqual(["ミナトフィナンシャル・グループ:ORGANIZATION", "大森研究室:ORGANIZATION"]);
    expect(found("発表には佐伯真一郎社長が出席した。", "ja")).toEqual(["佐伯真一郎:PERSON"]);
  });

  it("reads a katakana name in corner brackets as a product", () => {
    expect(found("同社は新サービス「ルミナ・エンジン」を発表した。", "ja")).toEqual(["ルミナ・エンジン:PRODUCT"]);
  });

  it("does not propose compounds of common loanwords or general loanwords", () => {
    expect(found("オープンモデルのシリーズとラウンドについて。", "ja")).toEqual([]);
  });
});

describe("Korean names and products", () => {
  it("takes the name after a known company before a title, and types a word before a product noun", () => {
    expect(found("한결 정하늘 대표는 누리 칩을 공개했다. 은하 GPU도 나왔다.", "ko")).toEqual(["정하늘:PERSON", "누리:PRODUCT", "은하:PRODUCT"]);
  });

  it("does not read modifiers or common nouns before 모델 as model names, nor an acronym gloss as a name", () => {
    expect(found("최적화된 모델과 차세대 모델, 그래픽처리장치(GPU)를 썼다.", "ko")).toEqual([]);
  });
});
