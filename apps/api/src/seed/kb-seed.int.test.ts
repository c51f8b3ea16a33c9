import { createTestDatabase } from "../test-support/harness";
import { cite, factoryKnowledgeBase, writeKnowledgeBase } from "../test-support/kb-factory";
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
    expect(first.events).toEqual([{ id: expect.any(Number), key: "avocado-delay", confidence: 0.42, status: "DISPUTED" }]);
  });

  it("keeps an alias an analyst merged in from a discovered candidate; the knowledge base's own alias wins on the same form", async () => {
    const files = factoryKnowledgeBase();
    await seedKnowledgeBase({ prisma: db.prisma, kb: loadKnowledgeBase(writeKnowledgeBase(files)) });
    const meta = await db.prisma.entity.findUniqueOrThrow({ where: { slug: "meta" } });
    await db.prisma.entityCandidate.create({
      data: {
        key: "メタ社",
        type: "ORGANIZATION",
        typeVotes: {},
        status: "MERGED",
        documentCount: 1,
        mentionCount: 1,
        entityId: meta.id,
        forms: { create: [{ language: "ja", form: "メタ社", count: 1 }] },
      },
    });
    await db.prisma.alias.create({ data: { entityId: meta.id, name: "メタ社", normalized: "メタ社", language: "ja", kind: "TRANSLITERATION" } });
    const merged = () => db.prisma.alias.findMany({ where: { entityId: meta.id, name: "メタ社" }, select: { language: true, kind: true } });

    await seedKnowledgeBase({ prisma: db.prisma, kb: loadKnowledgeBase(writeKnowledgeBase(files)) });
    expect(await merged()).toEqual([{ language: "ja", kind: "TRANSLITERATION" }]);

    files.organizations[0].aliases = [{ name: "メタ社", language: "ja", kind: "translation" }];
    await seedKnowledgeBase({ prisma: db.prisma, kb: loadKnowledgeBase(writeKnowledgeBase(files)) });
    expect(await merged()).toEqual([{ language: "ja", kind: "TRANSLATION" }]);
  });

  it("computes status, confidence and the as-of basis from the citations (nothing typed by hand)", async () => {
    const files = factoryKnowledgeBase();
    const figure = (files.events[0].figures as Record<string, unknown>[])[0];
    figure.publicSince = {
      date: "2025-06",
      quoted: "a giugno",
      basis: "stated in June",
      citations: [cite("L'ex CEO di Scale AI è stato nominato a capo di TBD Lab a giugno")],
    };
    await seedKnowledgeBase({ prisma: db.prisma, kb: loadKnowledgeBase(writeKnowledgeBase(files)) });
    const event = await db.prisma.event.findUniqueOrThrow({ where: { key: "avocado-delay" }, include: { figures: true, firstReportedSource: true } });
    // The figure was public by the end of June (a stated date); the event with it.
    expect(event.figures[0]).toMatchObject({
      firstReportedOn: new Date("2025-06-30"),
      firstReportedFrom: "STATED_DATE",
      firstReportedQuote: "L'ex CEO di Scale AI è stato nominato a capo di TBD Lab a giugno",
      publicSince: new Date("2025-06-30"),
      publicSincePrecision: "MONTH",
      qualifier: "EXACT",
      dateText: "Q1 2026",
    });
    expect(event).toMatchObject({ firstReportedOn: new Date("2025-06-30"), firstReportedFrom: "STATED_DATE", status: "DISPUTED", occurredText: "2025-12-09" });
    expect(event.firstReportedSource?.key).toBe("factory-article");
    expect(event.firstReportedBasis).toMatch(/^Public since June 2025, as factory-article states: stated in June/);
  });

  it("stores products and facilities as their own kinds, roles in order with bounds, claims with their citations", async () => {
    const files = factoryKnowledgeBase();
    (files.people[0].roles as Record<string, any>[])[0].end.bound = "by";
    await seedKnowledgeBase({ prisma: db.prisma, kb: loadKnowledgeBase(writeKnowledgeBase(files)) });
    const workplace = await db.prisma.entity.findUniqueOrThrow({ where: { slug: "workplace" }, include: { product: true, model: true } });
    expect(workplace).toMatchObject({ kind: "PRODUCT", product: { kind: "PLATFORM" }, model: null });
    const hyperion = await db.prisma.entity.findUniqueOrThrow({ where: { slug: "hyperion" }, include: { facility: true, organization: true, claimCitations: true } });
    expect(hyperion).toMatchObject({ kind: "FACILITY", facility: { kind: "DATA_CENTER", location: "Louisiana" }, organization: null });
    expect(hyperion.claimCitations.map((c) => c.claim)).toEqual(["location"]);
    const roles = await db.prisma.role.findMany({ orderBy: { position: "asc" }, include: { organization: { include: { entity: true } } } });
    expect(roles.map((r) => [r.organization.entity.slug, r.position, r.endText, r.endIsUpperBound])).toEqual([
      ["scale-ai", 0, "by June 2025", true],
      ["tbd-lab", 1, null, false], // current: no end
    ]);
    expect(roles[0]).toMatchObject({ firstReportedOn: new Date("2025-12-10"), endReportedOn: new Date("2025-12-10") });
    const statusCitations = await db.prisma.citation.findMany({ where: { entityId: { not: null }, claim: "status" } });
    expect(statusCitations).toHaveLength(1);
    const alias = await db.prisma.alias.findFirstOrThrow({ where: { name: "汪滔" } });
    expect(alias).toMatchObject({ ambiguous: true, note: "Also DJI's founder." });
  });

  it("moves an entity to its new kind on re-seed (a 'model' that is really a platform)", async () => {
    const files = factoryKnowledgeBase();
    files.models.push({ slug: "facebook", name: "Facebook", kind: "product", modality: "other", status: "unknown", access: "unknown", owner: "meta" });
    await seedKnowledgeBase({ prisma: db.prisma, kb: loadKnowledgeBase(writeKnowledgeBase(files)) });
    const fixed = factoryKnowledgeBase();
    fixed.products.push({ slug: "facebook", name: "Facebook", kind: "platform", owner: "meta" });
    await seedKnowledgeBase({ prisma: db.prisma, kb: loadKnowledgeBase(writeKnowledgeBase(fixed)) });
    const facebook = await db.prisma.entity.findUniqueOrThrow({ where: { slug: "facebook" }, include: { model: true, product: true } });
    expect(facebook).toMatchObject({ kind: "PRODUCT", model: null, product: { kind: "PLATFORM" } });
  });

  it("seeds registry entries with the main ones: identifiers only, references across files, aliases in one batch", async () => {
    const registry = {
      organizations: [
        { slug: "nvidia", name: "Nvidia", kind: "company", country: "US", aliases: [{ name: "輝達", language: "zh-Hant", kind: "translation" }] },
        { slug: "meta-research", name: "Meta Research", kind: "lab", parent: "meta" },
      ],
      models: [
        {
          slug: "avocado-mini",
          name: "Avocado Mini",
          kind: "model",
          modality: "text",
          family: "avocado",
          status: "unknown",
          access: "unknown",
          developer: "nvidia",
          owner: "meta",
        },
      ],
    };
    await seedKnowledgeBase({ prisma: db.prisma, kb: loadKnowledgeBase(writeKnowledgeBase(factoryKnowledgeBase(), registry)) });
    const model = await db.prisma.entity.findUniqueOrThrow({
      where: { slug: "avocado-mini" },
      include: { model: { include: { family: { include: { entity: true } }, developer: { include: { entity: true } } } } },
    });
    expect(model).toMatchObject({
      kind: "MODEL",
      description: null,
      model: { status: "UNKNOWN", access: "UNKNOWN", releasedText: null, family: { entity: { slug: "avocado" } }, developer: { entity: { slug: "nvidia" } } },
    });
    const lab = await db.prisma.organization.findUniqueOrThrow({
      where: { entityId: (await db.prisma.entity.findUniqueOrThrow({ where: { slug: "meta-research" } })).id },
      include: { parent: { include: { entity: true } } },
    });
    expect(lab).toMatchObject({ kind: "LAB", parent: { entity: { slug: "meta" } } });
    const alias = await db.prisma.alias.findFirstOrThrow({ where: { name: "輝達" }, include: { entity: true, citations: true } });
    expect(alias).toMatchObject({ normalized: "辉达", language: "zh-Hant", kind: "TRANSLATION", citations: [], entity: { slug: "nvidia" } });
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
