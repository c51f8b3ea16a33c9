import { startTestApi, type TestApi } from "../../test-support/harness";
import { createApiKey } from "../auth/auth.service";
import { relinkSources } from "../discovery/relink";
import { linkingIndexCacheFor } from "./alias-matcher";

/**
 * Sparkline (an app-analytics firm in the seed knowledge base) and Alphabet have no Hangul alias: 스파크라인
 * and 알파벳 can only be linked by sound. 메타 is one of Meta's aliases: an exact match in the same document.
 */
const ARTICLE = {
  text: "스파크라인에 따르면 메타의 AI 앱 다운로드가 급증했다.\n\n메타 대변인은 구체적인 수치를 밝히지 않았고, 알파벳은 논평을 거부했다.",
  language: "ko",
  publishedAt: "2025-12-20",
};

const SOURCE_MENTIONS = `{ sources(first: 1) { edges { node { language mentions(first: 20) { edges { node { surface linkedBy confidence entity { slug } } } } } } } }`;

describe("ingestion links transliterations", () => {
  let api: TestApi;
  let ingestKey = "";

  beforeAll(async () => {
    api = await startTestApi();
    ingestKey = (await createApiKey({ prisma: api.db.prisma, name: "partner", role: "INGEST" })).key;
  });
  afterAll(() => api.close());

  async function ok(query: string, variables: Record<string, unknown> = {}, key?: string) {
    const response = await api.gql(query, variables, key);
    expect(response.errors).toBeUndefined();
    return response.data as Record<string, any>;
  }

  it("stores a Hangul form of a Latin name as a transliteration with its confidence, beside exact alias matches", async () => {
    // The premise: the seed spells Sparkline in Latin letters only, and 메타 is an alias.
    expect(await api.db.prisma.alias.count({ where: { name: { in: ["스파크라인", "알파벳"] } } })).toBe(0);
    expect(await api.db.prisma.alias.count({ where: { name: "메타", entity: { slug: "meta" } } })).toBeGreaterThan(0);

    const result = await ok(`mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { status } }`, { input: ARTICLE }, ingestKey);
    expect(result.ingestDocument.status).toBe("CREATED");

    const { sources } = await ok(SOURCE_MENTIONS);
    const source = sources.edges[0].node;
    expect(source.language).toBe("ko");
    const mentions = source.mentions.edges.map((edge: any) => ({ ...edge.node, entity: edge.node.entity.slug }));
    const sparkline = mentions.filter((mention: any) => mention.entity === "sparkline");
    expect(sparkline).toEqual([{ surface: "스파크라인", linkedBy: "TRANSLITERATION", confidence: expect.any(Number), entity: "sparkline" }]);
    expect(sparkline[0].confidence).toBeGreaterThanOrEqual(0.72);
    expect(sparkline[0].confidence).toBeLessThan(1);
    const meta = mentions.filter((mention: any) => mention.entity === "meta");
    expect(meta).toEqual([
      { surface: "메타", linkedBy: "EXACT_ALIAS", confidence: null, entity: "meta" },
      { surface: "메타", linkedBy: "EXACT_ALIAS", confidence: null, entity: "meta" },
    ]);

    // The entity's own mention list reads the same columns.
    const { company } = await ok(`{ company(slug: "sparkline") { mentions(first: 50) { edges { node { surface linkedBy confidence } } } } }`);
    const fromEntity = company.mentions.edges.map((edge: any) => edge.node).filter((mention: any) => mention.surface === "스파크라인");
    expect(fromEntity).toEqual([{ surface: "스파크라인", linkedBy: "TRANSLITERATION", confidence: sparkline[0].confidence }]);
  });

  it("keeps the other transliterations when a source is re-linked after a name became an alias", async () => {
    const sparkline = await api.db.prisma.entity.findUniqueOrThrow({ where: { slug: "sparkline" }, select: { id: true } });
    const relinked = await api.db.prisma.$transaction(async (tx) => {
      await tx.alias.create({ data: { entityId: sparkline.id, name: "스파크라인", normalized: "스파크라인", language: "ko", kind: "TRANSLITERATION" } });
      return relinkSources({ tx, linking: linkingIndexCacheFor(api.db.prisma), entityId: sparkline.id, names: ["스파크라인"] });
    });
    expect(relinked).toEqual({ sources: 1, mentions: 1 });

    const { sources } = await ok(SOURCE_MENTIONS);
    const linked = sources.edges[0].node.mentions.edges.map((edge: any) => [edge.node.entity.slug, edge.node.linkedBy, edge.node.confidence === null]);
    expect(linked).toEqual([
      ["sparkline", "EXACT_ALIAS", true],
      ["meta", "EXACT_ALIAS", true],
      ["meta", "EXACT_ALIAS", true],
      ["alphabet", "TRANSLITERATION", false],
    ]);
  });

  it("keeps the seed's mentions exact: seeding links aliases only", async () => {
    const rows = await api.db.prisma.mention.groupBy({ by: ["linkedBy"], where: { source: { origin: "SEED" } }, _count: true });
    expect(rows).toEqual([{ linkedBy: null, _count: expect.any(Number) }]);
    expect(await api.db.prisma.mention.count({ where: { source: { origin: "SEED" }, confidence: { not: null } } })).toBe(0);
  });

  it("refuses a link method the API does not know", async () => {
    const mention = await api.db.prisma.mention.findFirstOrThrow({ select: { id: true } });
    await expect(api.db.prisma.mention.update({ where: { id: mention.id }, data: { linkedBy: "guess" } })).rejects.toThrow(/Mention_linkedBy_check|check constraint/i);
  });
});
