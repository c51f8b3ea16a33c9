/**
 * The development set is only useful if its gold is right: every span at its stated place, every
 * slug known, every unknown entity really unknown, nothing left unannotated, and the coverage the
 * issue asks for. These tests run the independent checker on the committed files, prove the checker
 * catches each kind of mistake, and keep the published files in sync with the annotated sources.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import fc from "fast-check";
import { annotatedIds, buildFromAnnotated, DEVSET_DIR } from "./tools/build-devset";
import { checkDevset, checkGold, nthMatch, MIN_ARTICLES, MIN_LANGUAGES, MIN_PER_LANGUAGE } from "./tools/devset-check";
import { readKb, readSnapshot } from "./tools/kb-names";
import type { Gold } from "./tools/gold";

const read = (...parts: string[]) => fs.readFileSync(path.join(DEVSET_DIR, ...parts), "utf8");
const snapshot = readSnapshot();
const currentSlugs = new Set(readKb().map((entity) => entity.slug));

describe("the committed development set", () => {
  const report = checkDevset();

  it("passes every gold check", () => {
    expect(report.errors).toEqual([]);
  });

  it("covers the languages, articles and annotation kinds the issue asks for", () => {
    expect(Object.keys(report.perLanguage).length).toBeGreaterThanOrEqual(MIN_LANGUAGES);
    for (const count of Object.values(report.perLanguage)) expect(count).toBeGreaterThanOrEqual(MIN_PER_LANGUAGE);
    expect(report.articles).toBeGreaterThanOrEqual(MIN_ARTICLES);
    for (const language of ["en", "zh-Hans", "zh-Hant", "ja", "ko", "it", "fr", "de", "es", "id", "pt", "ru", "ar"]) {
      expect(report.perLanguage[language]).toBeGreaterThanOrEqual(2);
    }
    for (const kind of ["MONEY", "PERCENT", "COUNT", "DATE"]) expect(report.figuresByKind[kind]).toBeGreaterThan(0);
    for (const type of ["PERSON", "ORGANIZATION", "MODEL", "PRODUCT"]) expect(report.unknownByType[type]).toBeGreaterThan(0);
  });

  it("publishes exactly what the annotated sources build", () => {
    const ids = annotatedIds();
    expect(fs.readdirSync(path.join(DEVSET_DIR, "gold")).sort()).toEqual(ids.map((id) => `${id}.json`));
    for (const id of ids) {
      const { article, gold } = buildFromAnnotated(read("annotated", `${id}.txt`), id);
      expect(read("articles", `${id}.txt`)).toBe(article);
      expect(JSON.parse(read("gold", `${id}.json`))).toEqual(gold);
    }
  });

  it("stays independent of the ingestion pipeline", () => {
    const sources = fs.readdirSync(path.join(DEVSET_DIR, "tools")).map((name) => read("tools", name));
    for (const source of [...sources, read("devset.test.ts")]) {
      expect(source).not.toMatch(/from\s+["'][^"']*(apps\/api|modules\/ingest|packages\/pipeline|@orchard\/)/);
    }
  });
});

describe("the gold checker", () => {
  const id = "en-01-openai-aws-compute";
  const article = read("articles", `${id}.txt`);
  const gold = (): Gold => JSON.parse(read("gold", `${id}.json`));
  const errorsOf = (mutate: (g: Gold) => void) => {
    const g = gold();
    mutate(g);
    return checkGold(g, article, snapshot, currentSlugs).join("\n");
  };

  it("accepts the unmodified gold", () => {
    expect(checkGold(gold(), article, snapshot, currentSlugs)).toEqual([]);
  });

  it("rejects a wrong occurrence index or offset", () => {
    expect(errorsOf((g) => (g.mentions[0].occurrence += 1))).toMatch(/occurrence 1 of "OpenAI" is at \d+, gold says/);
    expect(errorsOf((g) => (g.figures[0].start += 1))).toMatch(/gold says/);
    expect(errorsOf((g) => (g.mentions[0].occurrence = 99))).toMatch(/has no occurrence 99/);
  });

  it("rejects a slug the knowledge base does not have, and an 'unknown' entity it does have", () => {
    expect(errorsOf((g) => (g.mentions[0].slug = "no-such-entity"))).toMatch(/not in the KB snapshot/);
    expect(errorsOf((g) => (g.unknownEntities[0].slug = "openai"))).toMatch(/the KB snapshot knows it/);
  });

  it("rejects a KB name or an unknown entity's surface left unannotated", () => {
    expect(
      errorsOf((g) =>
        g.mentions.splice(
          g.mentions.findIndex((m) => m.surface === "Anthropic"),
          1,
        ),
      ),
    ).toMatch(/"Anthropic" \(anthropic\) at \d+ is not annotated/);
    expect(errorsOf((g) => g.unknownEntities[0].surfaces.pop())).toMatch(/is not annotated/);
  });

  it("rejects overlapping spans, bad figure values and missing fields", () => {
    expect(errorsOf((g) => g.mentions.push({ ...g.mentions[0] }))).toMatch(/overlaps/);
    expect(errorsOf((g) => (g.figures[0].unit = "dollars"))).toMatch(/unit dollars does not fit MONEY/);
    expect(errorsOf((g) => (g.figures.find((f) => f.kind === "DATE")!.date = "next Tuesday"))).toMatch(/not a fuzzy date/);
    expect(errorsOf((g) => (g.figures[0].qualifier = "range"))).toMatch(/valueMax goes with qualifier range/);
    expect(errorsOf((g) => delete (g as Partial<Gold>).publishedOn)).toMatch(/missing publishedOn/);
  });
});

describe("occurrence counting", () => {
  it("counts overlapping and nested matches, left to right", () => {
    const body = "Meta, Metas und Meta Superintelligence Labs; aaa";
    expect(nthMatch(body, "Meta", 0)).toBe(0);
    expect(nthMatch(body, "Meta", 1)).toBe(6);
    expect(nthMatch(body, "Meta", 2)).toBe(16);
    expect(nthMatch(body, "Meta", 3)).toBe(-1);
    expect(nthMatch(body, "aa", 1)).toBe(body.length - 2);
  });

  it("locates every inline mark where the builder put it (property)", () => {
    const word = fc.constantFrom("Meta", "Metas", "メタは", "메타의", "OpenAI", "a", " ", "—", "\n");
    const article = fc.array(fc.tuple(fc.array(word, { maxLength: 4 }), fc.boolean()), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(article, (pieces) => {
        let body = "";
        for (const [words, marked] of pieces) {
          const text = words.join("");
          body += marked && text && text.trim() === text && !text.includes("\n") ? `⟦${text}|k:meta⟧` : text;
          body += "·";
        }
        const { article: built, gold } = buildFromAnnotated(`title: t\nlanguage: en\npublishedOn: 2025-11-01\nurl: u\npublisher: p\n\n${body}\n`, "x");
        const plain = built.slice(built.indexOf("\n\n") + 2);
        return gold.mentions.every((m) => nthMatch(plain, m.surface, m.occurrence) === m.start);
      }),
    );
  });
});
