import fc from "fast-check";
import { todayDay } from "../../common/as-of";
import { foldForSearch } from "../../common/text-fold";
import { countingReader } from "../../db/sql-reader";
import { seedKnowledgeBaseFixture, startTestApi, type TestApi } from "../../test-support/harness";
import { withAliases } from "../../test-support/kb-factory";
import { searchEntities } from "./search.service";

// Names in scripts the seed articles do not use: Japanese, Korean, Russian, Arabic and Hindi forms
// of three seed entities, as the press in those languages writes them.
const FIXTURE_ALIASES = {
  meta: [
    { name: "メタ", language: "ja", kind: "transliteration" },
    { name: "메타", language: "ko", kind: "transliteration" },
    { name: "Мета", language: "ru", kind: "transliteration" },
    { name: "ميتا", language: "ar", kind: "transliteration" },
    { name: "मेटा", language: "hi", kind: "transliteration" },
  ],
  google: [
    { name: "グーグル", language: "ja", kind: "transliteration" },
    { name: "구글", language: "ko", kind: "transliteration" },
    { name: "Гугл", language: "ru", kind: "transliteration" },
    { name: "جوجل", language: "ar", kind: "transliteration" },
    { name: "गूगल", language: "hi", kind: "transliteration" },
  ],
  "mark-zuckerberg": [
    { name: "ザッカーバーグ", language: "ja", kind: "transliteration" },
    { name: "저커버그", language: "ko", kind: "transliteration" },
    { name: "Цукерберг", language: "ru", kind: "transliteration" },
    { name: "زوكربيرغ", language: "ar", kind: "transliteration" },
    { name: "ज़करबर्ग", language: "hi", kind: "transliteration" },
  ],
  openai: [{ name: "오픈AI", language: "ko", kind: "transliteration" }],
} as const;

/** Search by every form of a name: inflected, with particles, inside phrases, in each script. */
describe("search by name forms", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ kb: withAliases(seedKnowledgeBaseFixture(), FIXTURE_ALIASES) });
  });
  afterAll(() => api.close());

  const search = (query: string, first = 10) => searchEntities({ reader: api.db.reader, query, first, asOf: todayDay() });
  const expectTop = async (query: string, slug: string, match: string) => {
    const [top] = await search(query);
    expect({ query, slug: top?.entity.slug, match: top?.match }).toEqual({ query, slug, match });
  };

  it.each([
    ["Meta's", "meta"],
    ["Metas", "meta"],
    ["OpenAIs", "openai"],
    ["Metanya", "meta"],
    ["ScaleAI", "scale-ai"],
    ["Scale AIs", "scale-ai"],
    ["Open AI", "openai"],
  ])("Latin: possessives, genitives and compounds: %s → %s", (query, slug) => expectTop(query, slug, "EXACT"));

  it.each([
    ["扎克伯格的", "mark-zuckerberg", "EXACT"],
    ["馬克·扎克伯格", "mark-zuckerberg", "EXACT"],
    ["谷歌的", "google", "EXACT"],
    ["谷歌公司的新模型", "google", "CONTAINED"],
    ["小扎宣布", "mark-zuckerberg", "CONTAINED"],
  ])("Chinese, Simplified and Traditional: %s → %s", (query, slug, match) => expectTop(query, slug, match));

  // Under three characters a query matches names that start with it (the trigram index has no infix for it).
  it.each([
    ["谷歌", "google", "EXACT"],
    ["小扎", "mark-zuckerberg", "EXACT"],
    ["メタ", "meta", "EXACT"],
  ])("Short CJK queries: %s → %s", (query, slug, match) => expectTop(query, slug, match));

  it.each([
    ["メタの", "meta", "EXACT"],
    ["グーグルは", "google", "EXACT"],
    ["ザッカーバーグ氏", "mark-zuckerberg", "EXACT"],
    ["メタ社の新しいAIモデル", "meta", "CONTAINED"],
  ])("Japanese kana and kanji with particles: %s → %s", (query, slug, match) => expectTop(query, slug, match));

  it.each([
    ["메타의", "meta", "EXACT"],
    ["저커버그가", "mark-zuckerberg", "EXACT"],
    ["메타는", "meta", "EXACT"],
    ["오픈AI의", "openai", "EXACT"],
    ["구글과의 경쟁", "google", "CONTAINED"],
  ])("Korean hangul with particles: %s → %s", (query, slug, match) => expectTop(query, slug, match));

  it.each([
    ["Меты", "meta", "EXACT"],
    ["Цукерберга", "mark-zuckerberg", "EXACT"],
    ["Гуглом", "google", "EXACT"],
    ["модели семейства Llama", "llama", "CONTAINED"],
  ])("Cyrillic with case endings: %s → %s", (query, slug, match) => expectTop(query, slug, match));

  it.each([
    ["وجوجل", "google", "EXACT"],
    ["لـجوجل", "google", "EXACT"],
    ["بميتا", "meta", "EXACT"],
    ["قال زوكربيرغ إن", "mark-zuckerberg", "CONTAINED"],
  ])("Arabic with proclitics: %s → %s", (query, slug, match) => expectTop(query, slug, match));

  it.each([
    ["मेटा", "meta", "EXACT"],
    ["मेटा का नया मॉडल", "meta", "CONTAINED"],
    ["ज़करबर्ग ने कहा", "mark-zuckerberg", "CONTAINED"],
  ])("Devanagari: %s → %s", (query, slug, match) => expectTop(query, slug, match));

  it.each([
    ["la famiglia Llama", "llama"],
    ["the Claude models", "claude"],
  ])("a name inside a phrase: %s → %s", (query, slug) => expectTop(query, slug, "CONTAINED"));

  it("ranks exact above prefix above a name inside the query above typos, in one statement", async () => {
    const counter = { count: 0 };
    const hits = await searchEntities({ reader: countingReader(api.db.reader, counter), query: "Llama 4", first: 50, asOf: todayDay() });
    expect(counter.count).toBe(1);
    expect(hits[0]).toMatchObject({ entity: { slug: "llama-4" }, match: "EXACT", score: 1 });
    expect(hits.find((h) => h.entity.slug === "llama-4-behemoth")?.match).toBe("PREFIX");
    expect(hits.find((h) => h.entity.slug === "llama")?.match).toBe("CONTAINED");
    const order = ["EXACT", "PREFIX", "WORD", "INFIX", "CONTAINED", "FUZZY"];
    const tiers = (list: typeof hits) => list.map((h) => (h.match === "WORD" || h.match === "INFIX" ? 1 : order.indexOf(h.match)));
    for (const query of ["Llama 4", "the Llama models", "Metas", "Avocdo", "Meta"]) {
      const list = await search(query, 50);
      expect(tiers(list)).toEqual([...tiers(list)].sort((a, b) => a - b));
      expect(list.map((h) => h.score)).toEqual([...list.map((h) => h.score)].sort((a, b) => b - a));
    }
    const [inflected] = await search("Metas");
    expect(inflected.score).toBeLessThan(1);
    expect(inflected.score).toBeGreaterThan(0.9);
  });

  it.each([
    ["Alexander Wa", "alexandr-wang"],
    ["Alexandr Wan", "alexandr-wang"],
    ["Mark Zuckerbe", "mark-zuckerberg"],
    ["Yan LeCu", "yann-lecun"],
  ])("a typo with the last word still being typed: %s → %s", async (query, slug) => {
    const [top] = await search(query, 10);
    expect({ query, slug: top?.entity.slug }).toEqual({ query, slug });
  });

  // Decorations a name takes in its own script: glued affixes, and words around it.
  const decorate = (name: string, affix: number, words: [string, string]): string[] => {
    const last = name.at(-1) ?? "";
    const glued = /\p{Script=Hangul}/u.test(last)
      ? ["의", "가", "는"]
      : /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]/u.test(last)
        ? ["の", "は", "的"]
        : /\p{Script=Arabic}/u.test(name[0])
          ? ["و", "لـ", "ب"]
          : /\p{Script=Cyrillic}/u.test(last)
            ? ["ы", "у", "ом"]
            : /\p{Script=Devanagari}/u.test(last)
              ? [" का", " ने", " में"]
              : ["'s", "s", "nya"];
    const affixed = /\p{Script=Arabic}/u.test(name[0]) ? glued[affix] + name : name + glued[affix];
    const cjk = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]/u.test(name) && /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]$/u.test(name);
    const phrase = cjk ? `新的${name}模型` : `${words[0]} ${name} ${words[1]}`;
    return [affixed, phrase];
  };

  it("finds any alias of any entity with an affix or inside a phrase, and its exact alias first", async () => {
    const aliases = await api.db.prisma.alias.findMany({ select: { name: true, entity: { select: { slug: true } } } });
    const entities = await api.db.prisma.entity.findMany({ select: { name: true, slug: true } });
    const names = [...aliases.map((a) => ({ name: a.name, slug: a.entity.slug })), ...entities].filter((n) => foldForSearch(n.name).replace(/ /g, "").length >= 2);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...names),
        fc.integer({ min: 0, max: 2 }),
        fc.constantFrom<[string, string]>(["the", "models"], ["la famiglia", "di"], ["новые", "модели"], ["새", "모델"], ["dari", "baru"]),
        async ({ name, slug }, affix, words) => {
          for (const query of decorate(name, affix, words)) {
            const hits = await search(query, 50);
            expect({ query, found: hits.some((h) => h.entity.slug === slug) }).toEqual({ query, found: true });
          }
          const exact = await search(name, 50);
          const hit = exact.find((h) => h.entity.slug === slug);
          expect({ name, match: hit?.match, score: hit?.score }).toEqual({ name, match: "EXACT", score: exact[0].score });
        },
      ),
      { numRuns: 60 },
    );
  });
});
