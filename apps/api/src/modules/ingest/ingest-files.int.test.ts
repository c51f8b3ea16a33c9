import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createTestDatabase, seedKnowledgeBaseFixture } from "../../test-support/harness";
import { ENGLISH_HIRE_ARTICLE, JAPANESE_HIRE_ARTICLE } from "../../test-support/articles";
import { seedKnowledgeBase } from "../../seed/kb-seed";
import type { Database } from "../../db/prisma";
import { ingestFiles } from "./ingest-files";

describe("ingesting files (the CLI's work)", () => {
  let db: Database;
  let drop: () => Promise<void>;
  let dir: string;
  beforeAll(async () => {
    ({ db, drop } = await createTestDatabase());
    await seedKnowledgeBase({ prisma: db.prisma, kb: seedKnowledgeBaseFixture() });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "orchard-ingest-"));
  });
  afterAll(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    await drop();
  });

  it("takes the good documents, names each bad file and line, and leaves nothing of the bad ones", async () => {
    fs.writeFileSync(path.join(dir, "hire.en.txt"), ENGLISH_HIRE_ARTICLE.text);
    fs.writeFileSync(path.join(dir, "feed.ndjson"), [JSON.stringify(JAPANESE_HIRE_ARTICLE), "{broken", JSON.stringify({ text: "Promo" })].join("\n"));
    fs.writeFileSync(path.join(dir, "image.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00]));
    const sourcesBefore = await db.prisma.source.count();

    const report = await ingestFiles({ prisma: db.prisma, paths: [dir] });
    expect(report).toMatchObject({ documents: 5, created: 2, refused: 3 });
    expect(report.lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^✗ .*feed\.ndjson:2: invalid JSON/),
        expect.stringMatching(/^✗ .*feed\.ndjson:3: the document has no text once boilerplate is removed/),
        expect.stringMatching(/^✗ .*image\.txt: binary file, not text/),
        expect.stringMatching(/^✓ .*feed\.ndjson:1: new source \d+ \(ja\)/),
      ]),
    );
    expect(await db.prisma.source.count()).toBe(sourcesBefore + 2);

    const again = await ingestFiles({ prisma: db.prisma, paths: [dir] });
    expect(again).toMatchObject({ created: 0, duplicates: 2, refused: 3 });
    expect(await db.prisma.source.count()).toBe(sourcesBefore + 2);
  });
});
