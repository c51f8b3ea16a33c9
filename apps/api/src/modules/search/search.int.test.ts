import { countingReader } from "../../db/sql-reader";
import { todayDay } from "../../common/as-of";
import { startTestApi, type TestApi } from "../../test-support/harness";
import { searchAll, searchEntities } from "./search.service";

/** Search on the seed knowledge base: typos, prefixes, possessives, compounds, full text. */
describe("search", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  const top = async (query: string) => (await searchEntities({ reader: api.db.reader, query, first: 5, asOf: todayDay() }))[0];

  it.each([
    ["Avocdo", "avocado"],
    ["Alexander Wang", "alexandr-wang"],
    ["Yan LeCun", "yann-lecun"],
    ["Meta's", "meta"],
    ["ScaleAI", "scale-ai"],
    ["zucker", "mark-zuckerberg"],
    ["楊立昆", "yann-lecun"],
  ])("finds %s → %s", async (query, slug) => {
    const hit = await top(query);
    expect(hit?.entity.slug).toBe(slug);
  });

  it("marks typo hits as fuzzy and ranks exact names first", async () => {
    expect((await top("Avocdo")).match).toBe("FUZZY");
    const exact = await top("Meta");
    expect(exact.match).toBe("EXACT");
    expect(exact.score).toBe(1);
  });

  it("groups entities by kind and finds events and sources by their text, in three statements", async () => {
    const counter = { count: 0 };
    const result = await searchAll({ reader: countingReader(api.db.reader, counter), query: "Avocado", first: 5, asOf: todayDay() });
    expect(counter.count).toBe(3);
    expect(result.groups[0].type).toBe("MODEL");
    expect(result.groups[0].hits[0].entity.slug).toBe("avocado");
    expect(result.events.length).toBeGreaterThan(0);
    expect(result.events.every((e) => /avocado/i.test(`${e.event.title} ${e.event.summary ?? ""}`))).toBe(true);
    expect(result.sources.length).toBeGreaterThan(0);
  });

  it("searches Chinese source text by substring and Italian with its own stemming", async () => {
    const chinese = await searchAll({ reader: api.db.reader, query: "牛油果", first: 5, asOf: todayDay() });
    expect(chinese.sources.some((s) => s.source.language.startsWith("zh") && s.snippet.includes("牛油果"))).toBe(true);
    const italian = await searchAll({ reader: api.db.reader, query: "licenziamento", first: 5, asOf: todayDay() });
    expect(italian.sources.some((s) => s.source.language === "it")).toBe(true);
  });

  it("hides events and sources reported after the as-of date", async () => {
    const result = await searchAll({ reader: api.db.reader, query: "Avocado", first: 20, asOf: "2025-01-01" });
    expect(result.events).toEqual([]);
    expect(result.sources).toEqual([]);
  });

  it("answers over GraphQL with groups, match kinds and snippets, and rejects bad input", async () => {
    const response = await api.gql(
      `{ searchAll(query: "Alexander Wang", first: 3) { fuzzy groups { type hits { match entity { slug } } } events { event { title } } sources { snippet source { language } } } }`,
    );
    expect(response.errors).toBeUndefined();
    // Other people's names are near too (Alex Karp): the misspelt full name ranks first.
    expect(response.data!.searchAll.groups[0].type).toBe("PERSON");
    expect(response.data!.searchAll.groups[0].hits[0].entity.slug).toBe("alexandr-wang");
    const bad = await api.gql(`{ searchAll(query: "!!", first: 3) { fuzzy } }`);
    expect(bad.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const tooMany = await api.gql(`{ searchAll(query: "meta", first: 99) { fuzzy } }`);
    expect(tooMany.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });
});
