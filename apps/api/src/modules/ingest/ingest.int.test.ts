import fs from "node:fs";
import path from "node:path";
import { loadConfig } from "../../config";
import { startTestApi, type TestApi } from "../../test-support/harness";
import { ENGLISH_HIRE_ARTICLE, JAPANESE_HIRE_ARTICLE } from "../../test-support/articles";
import { createApiKey } from "../auth/auth.service";
import { linkingIndexCacheFor } from "./alias-matcher";
import { ingestDocument } from "./ingest.service";

const INGEST = `mutation Ingest($input: IngestDocumentInput!) {
  ingestDocument(input: $input) { status similarity warnings }
}`;

/** Ingestion through the API and the service, on a fresh database seeded with the real knowledge base. */
describe("ingestion", () => {
  let api: TestApi;
  const keys: Record<"ingest" | "analyst" | "reader", string> = { ingest: "", analyst: "", reader: "" };

  beforeAll(async () => {
    api = await startTestApi();
    keys.ingest = (await createApiKey({ prisma: api.db.prisma, name: "partner", role: "INGEST" })).key;
    keys.analyst = (await createApiKey({ prisma: api.db.prisma, name: "analyst", role: "ANALYST" })).key;
    keys.reader = (await createApiKey({ prisma: api.db.prisma, name: "notebook", role: "READER" })).key;
  });
  afterAll(() => api.close());

  const gql = <T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, key?: string) => api.gql<T>(query, variables, key);
  async function ok<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, key?: string): Promise<T> {
    const response = await gql<T>(query, variables, key);
    expect(response.errors).toBeUndefined();
    return response.data as T;
  }
  const counts = async () => ({
    sources: await api.db.prisma.source.count(),
    mentions: await api.db.prisma.mention.count(),
    figures: await api.db.prisma.sourceFigure.count(),
    candidates: await api.db.prisma.eventCandidate.count(),
    republications: await api.db.prisma.sourceRepublication.count(),
    events: await api.db.prisma.event.count(),
  });
  const seedFiles = () => {
    const dir = loadConfig().SEEDS_DIR;
    return fs
      .readdirSync(dir)
      .filter((name) => name.endsWith(".txt"))
      .sort()
      .map((name) => fs.readFileSync(path.join(dir, name), "utf8"));
  };

  it("links the seed articles' mentions when seeding, visible on sources and entities", async () => {
    const data = await ok(`{
      sources(first: 5) { edges { node { key mentions(first: 100) { totalCount edges { node { surface start end entity { slug } } } } } } }
      person(slug: "alexandr-wang") { mentions(first: 5) { totalCount edges { node { surface source { language } } } } }
    }`);
    for (const { node } of data.sources.edges) expect(node.mentions.totalCount).toBeGreaterThan(5);
    const surfaces = data.person.mentions.edges.map((e: any) => e.node.surface);
    expect(data.person.mentions.totalCount).toBeGreaterThan(5);
    expect(surfaces.length).toBe(5);
    const all = data.sources.edges.flatMap((e: any) => e.node.mentions.edges.map((m: any) => m.node.surface));
    expect(all).toEqual(expect.arrayContaining(["汪滔", "Meta"]));
  });

  it("re-ingesting the seed articles is a no-op", async () => {
    const before = await counts();
    for (const text of seedFiles()) {
      const result = await ok(INGEST, { input: { text } }, keys.ingest);
      expect(result.ingestDocument.status).toBe("DUPLICATE");
    }
    expect(await counts()).toEqual(before);
  });

  it("turns a new English article into a source with mentions, figures and a hire candidate an analyst accepts", async () => {
    const before = await counts();
    const result = await ok(INGEST, { input: ENGLISH_HIRE_ARTICLE }, keys.ingest);
    expect(result.ingestDocument).toEqual({ status: "CREATED", similarity: null, warnings: [] });
    const after = await counts();
    expect(after.sources).toBe(before.sources + 1);

    const { sources } = await ok(`{ sources(first: 1) { edges { node { id language title
      mentions { edges { node { surface entity { slug } } } }
      extractedFigures { kind text value unit date { start precision } } } } } }`);
    const source = sources.edges[0].node;
    expect(source.language).toBe("en");
    const linked = new Set(source.mentions.edges.map((e: any) => e.node.entity.slug));
    for (const slug of ["meta", "openai", "mark-chen", "mark-zuckerberg", "alexandr-wang", "meta-superintelligence-labs", "avocado"]) expect(linked).toContain(slug);
    expect(source.extractedFigures).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: "MONEY", value: 250e6, unit: "USD" }),
        expect.objectContaining({ kind: "DATE", date: { start: "2026-01-01", precision: "QUARTER" } }),
      ]),
    );

    const { eventCandidates } = await ok(
      `{ eventCandidates(first: 50) { totalCount edges { node { id type quote cue source { id } participants { role entity { slug } } figures { kind value } } } } }`,
      {},
      keys.analyst,
    );
    const hire = eventCandidates.edges.map((e: any) => e.node).find((c: any) => c.type === "HIRE" && c.source.id === source.id);
    expect(hire).toBeDefined();
    expect(hire.quote).toContain("Mark Chen");
    expect(hire.participants.map((p: any) => p.entity.slug)).toEqual(expect.arrayContaining(["meta", "mark-chen"]));

    // Candidates are not facts until accepted.
    const { events: beforeAccept } = await ok(`{ events(filter: { entities: ["mark-chen"], types: [HIRE] }) { totalCount } }`);
    expect(beforeAccept.totalCount).toBe(0);

    const accepted = await ok(
      `mutation($id: ID!) { acceptEventCandidate(id: $id, input: { title: "Meta hires Mark Chen from OpenAI", occurredOn: "2025-12" }) {
        id type title occurredOn { text } citations { quote stance source { id } } participants { entity { slug } } } }`,
      { id: hire.id },
      keys.analyst,
    );
    expect(accepted.acceptEventCandidate).toMatchObject({
      type: "HIRE",
      title: "Meta hires Mark Chen from OpenAI",
      citations: [{ quote: hire.quote, stance: "SUPPORTS", source: { id: source.id } }],
    });
    const { events: afterAccept } = await ok(`{ events(filter: { entities: ["mark-chen"], types: [HIRE] }) { totalCount } }`);
    expect(afterAccept.totalCount).toBe(1);

    const again = await gql(`mutation($id: ID!) { rejectEventCandidate(id: $id) { status } }`, { id: hire.id }, keys.analyst);
    expect(again.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("links a Japanese article and merges its candidate into the accepted event as one more citation", async () => {
    const result = await ok(INGEST, { input: JAPANESE_HIRE_ARTICLE }, keys.ingest);
    expect(result.ingestDocument.status).toBe("CREATED");
    const { sources } = await ok(
      `{ sources(first: 1) { edges { node { id language mentions { edges { node { surface linkedBy entity { slug } } } } extractedFigures { kind value unit } } } } }`,
    );
    const source = sources.edges[0].node;
    expect(source.language).toBe("ja");
    expect(new Set(source.mentions.edges.map((e: any) => e.node.entity.slug))).toEqual(new Set(["meta", "openai", "meta-superintelligence-labs", "alexandr-wang", "mark-chen"]));
    // マーク・チェン is no alias of Mark Chen: linked by sound (its surname alone, チェン, is too short a key).
    const chen = source.mentions.edges.map((e: any) => e.node).filter((m: any) => m.entity.slug === "mark-chen");
    expect(chen.map((m: any) => [m.surface, m.linkedBy])).toEqual([["マーク・チェン", "TRANSLITERATION"]]);
    expect(source.extractedFigures).toEqual(expect.arrayContaining([expect.objectContaining({ kind: "MONEY", value: 250e6, unit: "USD" })]));

    const { eventCandidates } = await ok(`{ eventCandidates(first: 50) { edges { node { id type source { id } } } } }`, {}, keys.analyst);
    const hire = eventCandidates.edges.map((e: any) => e.node).find((c: any) => c.type === "HIRE" && c.source.id === source.id);
    expect(hire).toBeDefined();
    const event = await api.db.prisma.event.findFirstOrThrow({ where: { type: "HIRE", participants: { some: { entity: { slug: "mark-chen" } } } } });
    const { events } = await ok(`{ events(filter: { entities: ["mark-chen"], types: [HIRE] }) { edges { node { id } } } }`);
    const merged = await ok(
      `mutation($id: ID!, $event: ID!) { mergeEventCandidate(id: $id, eventId: $event) { id confidence citations { source { language } } } }`,
      { id: hire.id, event: events.edges[0].node.id },
      keys.analyst,
    );
    expect(merged.mergeEventCandidate.citations.map((c: any) => c.source.language).sort()).toEqual(["en", "ja"]);
    expect(merged.mergeEventCandidate.confidence).toBeGreaterThan(event.confidence);
  });

  it("links a re-publication to the first copy instead of storing it twice, and an identical copy changes nothing", async () => {
    const republished = { ...ENGLISH_HIRE_ARTICLE, url: "https://mirror.example.test/meta-chen", text: ENGLISH_HIRE_ARTICLE.text.replace("on Thursday", "on Thursday evening") };
    const before = await counts();
    const first = await ok(INGEST, { input: republished }, keys.ingest);
    expect(first.ingestDocument.status).toBe("REPUBLICATION");
    expect(first.ingestDocument.similarity).toBeGreaterThan(0.8);
    const second = await ok(INGEST, { input: republished }, keys.ingest);
    expect(second.ingestDocument.status).toBe("DUPLICATE");
    expect(await counts()).toEqual({ ...before, republications: before.republications + 1 });
  });

  it("stores each figure's qualifier: approximations, lower bounds, ranges, and dates bounded by their words", async () => {
    const article = {
      url: "https://example.test/2025/12/northwind-raise",
      title: "Northwind Robotics raises funds",
      publishedAt: "2026-01-14",
      text: [
        "Northwind Robotics raises funds",
        "",
        "Northwind Robotics, a robotics startup based in Lisbon, said on Monday that it had raised about $2 billion from a group of investors.",
        "The company employs more than 300 researchers and expects revenue of $70–72 million next year.",
        "It will open a second office by the end of the week, a spokesperson said.",
      ].join("\n"),
    };
    expect((await ok(INGEST, { input: article }, keys.ingest)).ingestDocument.status).toBe("CREATED");
    const { sources } = await ok(`{ sources(first: 1) { edges { node { title extractedFigures { kind text qualifier value valueMax date { start } } } } } }`);
    expect(sources.edges[0].node.title).toBe(article.title);
    const figures = sources.edges[0].node.extractedFigures.map((f: any) => [f.kind, f.text, f.qualifier]);
    expect(figures).toEqual([
      ["DATE", "Monday", "EXACT"],
      ["MONEY", "about $2 billion", "APPROXIMATE"],
      ["COUNT", "more than 300 researchers", "AT_LEAST"],
      ["MONEY", "$70–72 million", "RANGE"],
      ["DATE", "next year", "EXACT"],
      ["DATE", "the end of the week", "AT_MOST"],
    ]);
    const range = await api.db.prisma.sourceFigure.findFirstOrThrow({ where: { text: "$70–72 million" } });
    expect([range.qualifier, Number(range.value), Number(range.valueMax)]).toEqual(["RANGE", 70e6, 72e6]);
    const weekEnd = await api.db.prisma.sourceFigure.findFirstOrThrow({ where: { text: "the end of the week" } });
    expect([weekEnd.qualifier, weekEnd.dateStart?.toISOString().slice(0, 10)]).toEqual(["AT_MOST", "2026-01-18"]);
  });

  it("refuses bad documents with a code and writes nothing", async () => {
    const before = await counts();
    for (const text of ["", "   \n  ", "Promo\n", "a\u0000b\u0001c"]) {
      const response = await gql(INGEST, { input: { text } }, keys.ingest);
      expect(response.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    }
    for (const input of [
      { text: "Meta news", publishedAt: "yesterday" },
      { text: "Meta news", format: "pdf" },
    ]) {
      const response = await gql(INGEST, { input }, keys.ingest);
      expect(response.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    }
    expect(await counts()).toEqual(before);
  });

  it("needs an ingest key to push and an analyst key to review", async () => {
    const anonymous = await gql(INGEST, { input: { text: "Meta news" } });
    expect(anonymous.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    const reader = await gql(INGEST, { input: { text: "Meta news" } }, keys.reader);
    expect(reader.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const review = await gql(`{ eventCandidates { totalCount } }`, {}, keys.ingest);
    expect(review.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });

  it("reproduces the seed sources and their mentions when the articles are ingested from scratch", async () => {
    const seeded = await api.db.prisma.source.findMany({
      where: { origin: "SEED" },
      include: { mentions: { orderBy: [{ start: "asc" }, { entityId: "asc" }] } },
      orderBy: { id: "asc" },
    });
    const shape = (sources: typeof seeded) =>
      sources
        .map((s) => ({ contentHash: s.contentHash, mentions: s.mentions.map((m) => [m.entityId, m.start, m.end, m.surface]) }))
        .sort((a, b) => a.contentHash.localeCompare(b.contentHash));
    await api.db.prisma.source.deleteMany({ where: { origin: "SEED" } });
    const linking = linkingIndexCacheFor(api.db.prisma);
    for (const text of seedFiles()) {
      const outcome = await ingestDocument({ prisma: api.db.prisma, linking, document: { text, format: "text" } });
      expect(outcome.status).toBe("CREATED");
    }
    const ingested = await api.db.prisma.source.findMany({
      where: { origin: "INGEST", contentHash: { in: seeded.map((s) => s.contentHash) } },
      include: { mentions: { orderBy: [{ start: "asc" }, { entityId: "asc" }] } },
    });
    expect(shape(ingested)).toEqual(shape(seeded));
  });
});
