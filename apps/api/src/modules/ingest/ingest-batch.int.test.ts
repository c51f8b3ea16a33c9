import type { Database } from "../../db/prisma";
import { linkingIndexCacheFor } from "./alias-matcher";
import { baseArticles, comparable, comparedDatabases, INVALID_DOCUMENTS, nearCopy, paragraphsOf, storedRows, variation } from "../../test-support/ingest-batch-corpus";
import { ingestDocumentAsBefore } from "../../test-support/ingest-oracle";
import { ingestDocuments, IngestInputError, type IncomingDocument, type IngestItemResult } from "./ingest.service";

/** Ingests one document after another as ingestion did before batching, results as the batch path gives them. */
async function oneByOne(db: Database, documents: readonly IncomingDocument[]): Promise<IngestItemResult[]> {
  const linking = linkingIndexCacheFor(db.prisma);
  const results: IngestItemResult[] = [];
  for (const document of documents) {
    try {
      results.push({ ok: true, outcome: await ingestDocumentAsBefore({ prisma: db.prisma, linking, document }) });
    } catch (error) {
      results.push({ ok: false, error: error as Error });
    }
  }
  return results;
}

/** Batch ingestion against the per-document path it replaced, each on its own freshly seeded database. */
describe("batch ingestion (ingestDocuments)", () => {
  const { single, batch, pool } = comparedDatabases();
  const articles = baseArticles();
  const paragraphs = paragraphsOf(articles);
  const batchOf = (documents: readonly IncomingDocument[]) => ingestDocuments({ prisma: batch.db.prisma, linking: linkingIndexCacheFor(batch.db.prisma), documents, pool });

  it("stores the same rows and gives the same results as one by one, over the seed articles and variations", async () => {
    const fresh = Array.from({ length: 12 }, (_, i) => variation(paragraphs, [i * 7, i * 7 + 3, i * 7 + 11, i * 7 + 19], i + 1, `Variation ${i}`));
    const documents = [
      ...articles,
      ...fresh,
      fresh[2],
      nearCopy(fresh[5]),
      nearCopy(articles[articles.length - 1]),
      { ...fresh[7], publisher: "meta" },
      { ...variation(paragraphs, [5, 9, 13], 40, "Published by nobody"), publisher: "No Such Outlet" },
      ...INVALID_DOCUMENTS,
      nearCopy(fresh[5]),
    ];
    const expected = await oneByOne(single.db, documents);
    const results = await batchOf(documents);
    expect(comparable(results)).toEqual(comparable(expected));
    const statuses = results.map((result) => (result.ok ? result.outcome.status : "REFUSED"));
    expect(statuses.filter((status) => status === "CREATED").length).toBeGreaterThanOrEqual(13);
    expect(statuses).toEqual(expect.arrayContaining(["DUPLICATE", "REPUBLICATION", "REFUSED"]));
    expect(await storedRows(batch.db)).toEqual(await storedRows(single.db));
  });

  it("catches a duplicate and a re-publication of an article earlier in the same batch", async () => {
    const original = variation(paragraphs, [2, 4, 8, 16], 1000, "In-batch original");
    const results = await batchOf([original, nearCopy(original), original, nearCopy(original)]);
    const [created, republished, duplicate, again] = results.map((result) => (result.ok ? result.outcome : null));
    expect(created?.status).toBe("CREATED");
    expect(republished).toMatchObject({ status: "REPUBLICATION", sourceId: created?.sourceId });
    expect(duplicate).toMatchObject({ status: "DUPLICATE", sourceId: created?.sourceId });
    expect(again).toMatchObject({ status: "DUPLICATE", sourceId: created?.sourceId });
    expect(await batch.db.prisma.sourceRepublication.count({ where: { sourceId: created?.sourceId } })).toBe(1);
    await oneByOne(single.db, [original, nearCopy(original), original, nearCopy(original)]);
  });

  it("links a name added as an alias after the pipeline workers compiled their index", async () => {
    const named = [0, 1].map((i) => {
      const article = variation(paragraphs, [i + 30, i + 40], 5000 + i, `Renamed ${i}`);
      return { ...article, text: `Quillmere Holdings said on Monday it would hire more staff.\n\n${article.text}` };
    });
    // The workers compile the index as it is before the alias exists.
    const before = await linkingIndexCacheFor(batch.db.prisma).snapshot(batch.db.prisma);
    const requests = named.map((document) => ({ raw: document.text, format: document.format, publishedOn: "2025-12-20" }));
    expect((await pool.analyze(before, requests)).every((analysis) => !analysis.mentions.some((m) => m.surface === "Quillmere Holdings"))).toBe(true);
    for (const side of [single, batch]) {
      const meta = await side.db.prisma.entity.findUniqueOrThrow({ where: { slug: "meta" }, select: { id: true } });
      await side.db.prisma.alias.create({ data: { entityId: meta.id, name: "Quillmere Holdings", normalized: "quillmere holdings", language: "en", kind: "FORMER" } });
    }
    const results = await batchOf(named);
    const meta = await batch.db.prisma.entity.findUniqueOrThrow({ where: { slug: "meta" }, select: { id: true } });
    for (const result of results) {
      const sourceId = result.ok ? result.outcome.sourceId : 0;
      expect(await batch.db.prisma.mention.count({ where: { sourceId, entityId: meta.id, surface: "Quillmere Holdings" } })).toBe(1);
    }
    await oneByOne(single.db, named);
    expect(await storedRows(batch.db)).toEqual(await storedRows(single.db));
  });

  it("a document the database refuses leaves nothing of itself, and the rest of its batch goes in as one by one", async () => {
    // A trigger stands in for any write failure (a constraint, a full disk): it refuses one title.
    await batch.db.execScript(`
      CREATE FUNCTION refuse_poison() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.title = 'Poison' THEN RAISE EXCEPTION 'poisoned'; END IF; RETURN NEW; END $$;
      CREATE TRIGGER refuse_poison BEFORE INSERT ON "Source" FOR EACH ROW EXECUTE FUNCTION refuse_poison();`);
    try {
      const good = [variation(paragraphs, [1, 3, 5, 7], 2000, "Good one"), variation(paragraphs, [6, 10, 14, 18], 3000, "Good two")];
      const poison = { ...variation(paragraphs, [12, 15, 21, 23], 4000, "Poisoned"), title: "Poison" };
      const results = await batchOf([good[0], poison, good[1], INVALID_DOCUMENTS[0]]);
      expect(results.map((result) => result.ok)).toEqual([true, false, true, false]);
      expect(results[1].ok || results[1].error).toBeInstanceOf(Error);
      expect(results[1].ok || results[1].error instanceof IngestInputError).toBe(false);
      expect(await batch.db.prisma.source.count({ where: { title: "Poison" } })).toBe(0);
      await oneByOne(single.db, good);
      expect(await storedRows(batch.db)).toEqual(await storedRows(single.db));
    } finally {
      await batch.db.execScript(`DROP TRIGGER refuse_poison ON "Source"; DROP FUNCTION refuse_poison();`);
    }
  });
});
