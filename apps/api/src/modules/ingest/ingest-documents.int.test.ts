import { startTestApi, type TestApi } from "../../test-support/harness";
import { ENGLISH_HIRE_ARTICLE, JAPANESE_HIRE_ARTICLE } from "../../test-support/articles";
import { createApiKey } from "../auth/auth.service";
import { MAX_INGEST_BATCH } from "./ingest.service";

const INGEST_MANY = `mutation Ingest($input: [IngestDocumentInput!]!) {
  ingestDocuments(input: $input) { status similarity warnings }
}`;

/** The ingestDocuments mutation: roles, its limit, whole-call refusal of bad input, results in order. */
describe("ingestDocuments", () => {
  let api: TestApi;
  const keys = { ingest: "", reader: "", analyst: "" };
  beforeAll(async () => {
    api = await startTestApi();
    keys.ingest = (await createApiKey({ prisma: api.db.prisma, name: "partner", role: "INGEST" })).key;
    keys.reader = (await createApiKey({ prisma: api.db.prisma, name: "notebook", role: "READER" })).key;
    keys.analyst = (await createApiKey({ prisma: api.db.prisma, name: "analyst", role: "ANALYST" })).key;
  });
  afterAll(() => api.close());

  const sources = () => api.db.prisma.source.count();
  const { text: englishText, url, title, publishedAt } = ENGLISH_HIRE_ARTICLE;
  const english = { text: englishText, url, title, publishedAt };
  const japanese = { text: JAPANESE_HIRE_ARTICLE.text, url: JAPANESE_HIRE_ARTICLE.url, publishedAt: JAPANESE_HIRE_ARTICLE.publishedAt };

  it("needs an ingest key", async () => {
    const before = await sources();
    expect((await api.gql(INGEST_MANY, { input: [english] })).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    for (const key of [keys.reader, keys.analyst]) expect((await api.gql(INGEST_MANY, { input: [english] }, key)).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(await sources()).toBe(before);
  });

  it("refuses the whole call, writing nothing, when one document is bad or there are too many", async () => {
    const before = await sources();
    const bad = await api.gql(INGEST_MANY, { input: [english, { text: "Promo\n" }, japanese] }, keys.ingest);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", index: 1 });
    const badDate = await api.gql(INGEST_MANY, { input: [english, japanese, { text: "Meta news", publishedAt: "yesterday" }] }, keys.ingest);
    expect(badDate.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const tooMany = await api.gql(INGEST_MANY, { input: Array.from({ length: MAX_INGEST_BATCH + 1 }, () => ({ text: "Meta news" })) }, keys.ingest);
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "input" });
    expect(await sources()).toBe(before);
  });

  it("ingests a batch, results in input order, a repeat within it a duplicate, and the same call again changes nothing", async () => {
    const before = await sources();
    const copy = { ...english, text: `${english.text}\nUpdated.`, url: `${english.url}?amp` };
    const response = await api.gql(INGEST_MANY, { input: [english, japanese, english, copy] }, keys.ingest);
    expect(response.errors).toBeUndefined();
    const [first, second, repeat, republished] = response.data?.ingestDocuments ?? [];
    expect(first).toMatchObject({ status: "CREATED", similarity: null, warnings: [] });
    expect(second).toMatchObject({ status: "CREATED", similarity: null });
    expect(repeat).toMatchObject({ status: "DUPLICATE", similarity: null });
    expect(republished.status).toBe("REPUBLICATION");
    expect(republished.similarity).toBeGreaterThanOrEqual(0.8);
    expect(await sources()).toBe(before + 2);
    const stored = await api.db.prisma.source.findMany({ where: { url: { in: [english.url, japanese.url] } }, orderBy: { id: "asc" }, select: { id: true, url: true } });
    expect(stored.map((source) => source.url)).toEqual([english.url, japanese.url]);
    expect(await api.db.prisma.sourceRepublication.findMany({ select: { sourceId: true, url: true } })).toEqual([{ sourceId: stored[0].id, url: copy.url }]);

    const again = await api.gql(INGEST_MANY, { input: [english, japanese] }, keys.ingest);
    expect(again.data?.ingestDocuments.map((r: { status: string }) => r.status)).toEqual(["DUPLICATE", "DUPLICATE"]);
    expect(await sources()).toBe(before + 2);
  });
});
