import { proposeEvents, splitSentences } from "./candidates";
import { extractFigures } from "./figures";
import { buildAliasMatcher, type AliasInput, type EntityKind } from "./matcher";

const aliases: AliasInput[] = [
  { entityId: 1, slug: "meta", name: "Meta", language: "und", kind: "name", entityKind: "ORGANIZATION" },
  { entityId: 1, slug: "meta", name: "メタ", language: "ja", kind: "translation", entityKind: "ORGANIZATION" },
  { entityId: 1, slug: "meta", name: "메타", language: "ko", kind: "translation", entityKind: "ORGANIZATION" },
  { entityId: 2, slug: "jane-doe", name: "Jane Doe", language: "und", kind: "name", entityKind: "PERSON" },
  { entityId: 2, slug: "jane-doe", name: "ジェーン・ドウ", language: "ja", kind: "transliteration", entityKind: "PERSON" },
  { entityId: 2, slug: "jane-doe", name: "제인 도", language: "ko", kind: "transliteration", entityKind: "PERSON" },
  { entityId: 3, slug: "openai", name: "OpenAI", language: "und", kind: "name", entityKind: "ORGANIZATION" },
  { entityId: 4, slug: "avocado", name: "Avocado", language: "und", kind: "name", entityKind: "MODEL" },
  { entityId: 4, slug: "avocado", name: "牛油果", language: "zh-Hans", kind: "translation", entityKind: "MODEL" },
  { entityId: 5, slug: "scale-ai", name: "Scale AI", language: "und", kind: "name", entityKind: "ORGANIZATION" },
];
const matcher = buildAliasMatcher(aliases);
const entityKinds = new Map<number, EntityKind>([
  [1, "ORGANIZATION"],
  [2, "PERSON"],
  [3, "ORGANIZATION"],
  [4, "MODEL"],
  [5, "ORGANIZATION"],
]);

function propose(text: string, language: string) {
  const mentions = matcher.findMentions(text);
  const figures = extractFigures(text, { language, publishedOn: "2025-12-11" });
  return proposeEvents({ text, language, mentions, figures, entityKinds });
}

describe("splitSentences", () => {
  it("splits on Latin and CJK punctuation and on line breaks, with offsets", () => {
    const text = "Meta 推迟了模型。它将在明年发布!\nTitle without stop\nMeta hired Jane. She starts in May.";
    const sentences = splitSentences(text, "zh-Hans");
    expect(sentences.map((s) => s.text)).toEqual(["Meta 推迟了模型。", "它将在明年发布!", "Title without stop", "Meta hired Jane.", "She starts in May."]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe("proposeEvents", () => {
  it.each([
    ["en", "Meta hired Jane Doe, a former OpenAI researcher, to lead its new lab in October 2025."],
    ["fr", "Meta a recruté Jane Doe, ancienne chercheuse d'OpenAI, pour diriger son nouveau laboratoire."],
    ["de", "Meta hat Jane Doe, eine ehemalige OpenAI-Forscherin, eingestellt, um das neue Labor zu leiten."],
    ["es", "Meta fichó a Jane Doe, exinvestigadora de OpenAI, para dirigir su nuevo laboratorio."],
    ["ja", "メタは新しい研究所を率いるため、OpenAIの元研究者ジェーン・ドウ氏を採用したと2025年10月22日に発表した。"],
    ["ko", "메타는 새 연구소를 이끌 OpenAI 출신 연구원 제인 도를 영입했다고 밝혔다."],
  ])("proposes a HIRE with Meta as employer and the person as hire (%s)", (language, text) => {
    const hire = propose(text, language).find((c) => c.type === "HIRE");
    expect(hire).toBeDefined();
    expect(hire?.participants).toEqual(
      expect.arrayContaining([
        { entityId: 1, role: "employer" },
        { entityId: 2, role: "hire" },
      ]),
    );
    expect(text.slice(hire!.sentence.start, hire!.sentence.end)).toBe(hire!.sentence.text);
  });

  it("attaches the sentence's figures to the candidate", () => {
    const text = "Meta invested $14.3 billion for a 49% stake in Scale AI.";
    const investment = propose(text, "en").find((c) => c.type === "INVESTMENT");
    const figures = extractFigures(text, { language: "en", publishedOn: "2025-12-11" });
    expect(investment?.figureIndexes.map((i) => figures[i].kind)).toEqual(["MONEY", "PERCENT"]);
    expect(investment?.cue).toBe("invest");
  });

  it("proposes a DELAY in Chinese", () => {
    const candidates = propose('Meta 原计划于 2025 年底发布的"牛油果"已被推迟至 2026 年第一季度。', "zh-Hans");
    const delay = candidates.find((c) => c.type === "DELAY");
    expect(delay?.participants).toEqual(
      expect.arrayContaining([
        { entityId: 4, role: "model" },
        { entityId: 1, role: "developer" },
      ]),
    );
    expect(delay?.figureIndexes).toHaveLength(2);
  });

  it("needs money for money events and a linked entity for any event", () => {
    expect(propose("Meta raised its capex guidance.", "en").some((c) => c.type === "CAPEX_GUIDANCE")).toBe(false);
    expect(propose("Meta raised its capex guidance to $70–$72 billion.", "en").some((c) => c.type === "CAPEX_GUIDANCE")).toBe(true);
    expect(propose("The startup hired 600 engineers.", "en")).toEqual([]);
  });
});
