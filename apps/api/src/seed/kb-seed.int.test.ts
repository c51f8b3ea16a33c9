import { createTestDatabase } from "../test-support/harness";
import { factoryKnowledgeBase, writeKnowledgeBase } from "../test-support/kb-factory";
import type { Database } from "../db/prisma";
import { loadKnowledgeBase } from "./kb-loader";
import { seedKnowledgeBase } from "./kb-seed";

describe("seedKnowledgeBase", () => {
  let db: Database;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ db, drop } = await createTestDatabase());
  });
  afterAll(() => drop());

  const snapshot = async () => ({
    entities: await db.prisma.entity.findMany({ select: { id: true, slug: true }, orderBy: { id: "asc" } }),
    events: await db.prisma.event.findMany({ select: { id: true, key: true, confidence: true, status: true }, orderBy: { id: "asc" } }),
    citations: await db.prisma.citation.count(),
    aliases: await db.prisma.alias.count(),
    roles: await db.prisma.role.count(),
  });

  it("is idempotent: a second run keeps the same rows and IDs", async () => {
    const kb = loadKnowledgeBase(writeKnowledgeBase());
    await seedKnowledgeBase({ prisma: db.prisma, kb });
    const first = await snapshot();
    await seedKnowledgeBase({ prisma: db.prisma, kb });
    expect(await snapshot()).toEqual(first);
    expect(first.events).toEqual([{ id: expect.any(Number), key: "avocado-delay", confidence: 0.51, status: "DISPUTED" }]);
  });

  it("writes nothing when a row fails half-way (one transaction)", async () => {
    const before = await snapshot();
    const files = factoryKnowledgeBase();
    files.organizations.push({ slug: "new-lab", name: "New Lab", kind: "lab" });
    const kb = loadKnowledgeBase(writeKnowledgeBase(files));
    // A participant slug that passed validation but is removed from the plan: the write fails mid-way.
    kb.events[0].participants.push({ entity: "ghost", role: "subject" });
    await expect(seedKnowledgeBase({ prisma: db.prisma, kb })).rejects.toThrow(/unknown entity "ghost"/);
    expect(await snapshot()).toEqual(before);
    expect(await db.prisma.entity.findUnique({ where: { slug: "new-lab" } })).toBeNull();
  });
});
