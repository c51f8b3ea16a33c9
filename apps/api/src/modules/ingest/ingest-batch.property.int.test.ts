import fc from "fast-check";
import { linkingIndexCacheFor } from "./alias-matcher";
import { baseArticles, comparable, comparedDatabases, INVALID_DOCUMENTS, nearCopy, paragraphsOf, storedRows, variation } from "../../test-support/ingest-batch-corpus";
import { ingestDocumentAsBefore } from "../../test-support/ingest-oracle";
import { ingestDocuments, type IncomingDocument, type IngestItemResult } from "./ingest.service";

/** One generated document: new, a copy or near copy of an earlier one (of this batch or before), a seed article, or invalid. */
const item = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({ kind: fc.constant("new" as const), picks: fc.array(fc.nat(400), { minLength: 2, maxLength: 5 }), shift: fc.integer({ min: 1, max: 10 ** 6 }) }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constantFrom("copy" as const, "near" as const), of: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("article" as const), of: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("invalid" as const), of: fc.nat() }) },
);

/** For any batch of new, duplicate, near-duplicate and invalid documents: the batch path ≡ the old path one document at a time. */
describe("batch ingestion, for generated batches", () => {
  const { single, batch, pool } = comparedDatabases();
  const articles = baseArticles();
  const paragraphs = paragraphsOf(articles);
  /** Documents of earlier runs: copies of them are duplicates of stored sources. */
  const seen: IncomingDocument[] = [...articles];
  let made = 0;

  it("stores the same rows and gives the same results", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(item, { minLength: 1, maxLength: 8 }), async (items) => {
        const documents: IncomingDocument[] = [];
        for (const it of items) {
          const earlier = [...seen, ...documents];
          if (it.kind === "new") documents.push(variation(paragraphs, it.picks, it.shift, `Generated ${made++}`));
          else if (it.kind === "copy") documents.push(earlier[it.of % earlier.length]);
          else if (it.kind === "near") documents.push(nearCopy(earlier[it.of % earlier.length]));
          else if (it.kind === "article") documents.push(articles[it.of % articles.length]);
          else documents.push(INVALID_DOCUMENTS[it.of % INVALID_DOCUMENTS.length]);
        }
        const linking = linkingIndexCacheFor(single.db.prisma);
        const expected: IngestItemResult[] = [];
        for (const document of documents) {
          try {
            expected.push({ ok: true, outcome: await ingestDocumentAsBefore({ prisma: single.db.prisma, linking, document }) });
          } catch (error) {
            expected.push({ ok: false, error: error as Error });
          }
        }
        const results = await ingestDocuments({ prisma: batch.db.prisma, linking: linkingIndexCacheFor(batch.db.prisma), documents, pool });
        seen.push(...documents);
        expect(comparable(results)).toEqual(comparable(expected));
        expect(await storedRows(batch.db)).toEqual(await storedRows(single.db));
      }),
      { numRuns: 12 },
    );
  });
});
