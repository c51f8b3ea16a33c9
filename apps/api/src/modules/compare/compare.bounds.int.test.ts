import fc from "fast-check";
import { createTestDatabase, seedKnowledgeBaseFixture } from "../../test-support/harness";
import { seedKnowledgeBase } from "../../seed/kb-seed";
import type { Database } from "../../db/prisma";
import { compareCompanies } from "./compare.service";
import type { CompareLimits } from "./compare.limits";
import type { Comparison } from "./compare.type";

/**
 * Compare's bounded sections (compare.limits.ts) on the seed knowledge base, with limits small enough
 * to bite: each bounded answer is the newest part of the unbounded one, its counts say how much there
 * is, and the participation copies of the events' keys that make it cheap stay equal to the events.
 */
let db: Database;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  await seedKnowledgeBase({ prisma: db.prisma, kb: seedKnowledgeBaseFixture() });
}, 120_000);
afterAll(() => drop());

const UNBOUNDED: CompareLimits = {
  countedEvents: 100_000,
  recentEvents: 100_000,
  keyPeople: 100_000,
  moneyFigures: 100_000,
  capexGuidance: 100_000,
  models: 100_000,
  talentFlows: 100_000,
};
const COMPANIES = ["meta", "openai", "google", "mistral"];
const DAYS = ["2025-06-01", "2025-11-01", "2025-12-15", "2026-06-01"];

const ids = (rows: ReadonlyArray<{ id: string }>) => rows.map((row) => row.id);
const figureKeys = (figures: Comparison["companies"][number]["moneyFigures"]) => figures.map((figure) => figure.figureId);
const roleKeys = (roles: Comparison["companies"][number]["keyPeople"]) => roles.map((role) => role.roleId);

describe("compare's bounded sections", () => {
  it("hold the newest part of the unbounded answer, and say how much there is", async () => {
    const limitsArb = fc.record({
      countedEvents: fc.integer({ min: 1, max: 15 }),
      recentEvents: fc.integer({ min: 1, max: 6 }),
      keyPeople: fc.integer({ min: 1, max: 12 }),
      moneyFigures: fc.integer({ min: 1, max: 6 }),
      capexGuidance: fc.integer({ min: 1, max: 3 }),
      models: fc.integer({ min: 1, max: 6 }),
      talentFlows: fc.integer({ min: 0, max: 3 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.subarray(COMPANIES, { minLength: 1 }), fc.constantFrom(...DAYS), limitsArb, async (slugs, asOf, limits) => {
        const [full, bounded] = await Promise.all([
          compareCompanies({ reader: db.reader, slugs, asOf, limits: UNBOUNDED }),
          compareCompanies({ reader: db.reader, slugs, asOf, limits }),
        ]);
        const moves = (comparison: Comparison) => comparison.talentFlows.map((move) => `${move.person.slug}>${move.toCompany.slug}`);
        expect(moves(bounded)).toEqual(moves(full).slice(Math.max(0, full.talentFlows.length - limits.talentFlows)));
        expect(bounded.talentFlowCount).toBe(full.talentFlows.length);
        for (const [index, column] of bounded.companies.entries()) {
          const all = full.companies[index];
          // Events: the newest first, counted over the newest `countedEvents`.
          const counted = all.recentEvents.slice(0, limits.countedEvents);
          expect(ids(column.recentEvents)).toEqual(ids(all.recentEvents.slice(0, limits.recentEvents)));
          expect(column.totalEvents).toBe(counted.length);
          expect(column.eventCountsCapped).toBe(all.totalEvents > limits.countedEvents);
          const histogram = new Map<string, number>();
          for (const event of counted) histogram.set(event.type, (histogram.get(event.type) ?? 0) + 1);
          expect(new Map(column.eventCounts.map(({ type, count }) => [type, count]))).toEqual(histogram);
          // Key people: leadership kept, the count of everyone.
          expect(column.keyPeopleCount).toBe(all.keyPeople.length);
          expect(column.keyPeople).toHaveLength(Math.min(limits.keyPeople, all.keyPeople.length));
          expect(roleKeys(column.keyPeople).every((id) => roleKeys(all.keyPeople).includes(id))).toBe(true);
          // Money: a subset of the whole, cut only when there is more.
          for (const [list, limit, truncated] of [
            ["moneyFigures", limits.moneyFigures, column.moneyFiguresTruncated],
            ["capexGuidance", limits.capexGuidance, column.capexGuidanceTruncated],
          ] as const) {
            expect(column[list]).toHaveLength(Math.min(limit, all[list].length));
            expect(figureKeys(column[list]).every((key) => figureKeys(all[list]).includes(key))).toBe(true);
            expect(truncated).toBe(all[list].length > limit);
          }
          expect(column.modelCount).toBe(all.models.length);
          expect(column.models).toHaveLength(Math.min(limits.models, all.models.length));
        }
      }),
      { numRuns: 40 },
    );
  }, 300_000);

  it("counts every event when it has no more than the cap", async () => {
    const comparison = await compareCompanies({ reader: db.reader, slugs: COMPANIES, asOf: "2026-06-01" });
    for (const column of comparison.companies) {
      expect(column.eventCountsCapped).toBe(false);
      const { rows } = await countEvents(db, column.slug);
      expect(column.totalEvents).toBe(rows);
    }
  });
});

/** Events the company, its labs or their models take part in, counted straight from the tables. */
async function countEvents(database: Database, slug: string): Promise<{ rows: number }> {
  const [row] = await database.reader.query<{ rows: number }>(
    {
      name: "test_count_company_events",
      text: `WITH RECURSIVE tree(id) AS (SELECT id FROM "Entity" WHERE slug = $1 UNION SELECT o."entityId" FROM "Organization" o JOIN tree ON o."parentId" = tree.id),
             scope AS (SELECT id FROM tree UNION SELECT m."entityId" FROM "AiModel" m WHERE m."ownerId" IN (SELECT id FROM tree) OR m."developerId" IN (SELECT id FROM tree))
             SELECT count(DISTINCT p."eventId")::int AS rows FROM "EventParticipant" p WHERE p."entityId" IN (SELECT id FROM scope)`,
    },
    [slug],
  );
  return row;
}

describe("participation copies of an event's type and order keys", () => {
  const mismatches = async () => {
    const [row] = await db.reader.query<{ n: number }>(
      {
        name: "test_participation_copy_mismatches",
        text: `SELECT count(*)::int AS n FROM "EventParticipant" p JOIN "Event" ev ON ev.id = p."eventId"
               WHERE p."eventType" IS DISTINCT FROM ev.type OR p."occurredStart" IS DISTINCT FROM ev."occurredStart" OR p."firstReportedOn" IS DISTINCT FROM ev."firstReportedOn"`,
      },
      [],
    );
    return row.n;
  };

  it("equal the event's own columns after the seed", async () => {
    expect(await mismatches()).toBe(0);
  });

  it("follow any change to the event or to the participation, whoever writes it", async () => {
    const events = await db.prisma.event.findMany({ select: { id: true }, orderBy: { id: "asc" } });
    const entities = await db.prisma.entity.findMany({ select: { id: true }, orderBy: { id: "asc" } });
    const types = ["RELEASE", "DELAY", "HIRE", "STATEMENT"] as const;
    const day = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2027, 0, 1) }).map((ms) => new Date(ms - (ms % 86_400_000)));
    const change = fc.oneof(
      fc.record({ kind: fc.constant("event" as const), event: fc.constantFrom(...events), type: fc.constantFrom(...types), occurred: fc.option(day), reported: day }),
      fc.record({ kind: fc.constant("participant" as const), event: fc.constantFrom(...events), entity: fc.constantFrom(...entities) }),
      fc.record({ kind: fc.constant("move" as const), from: fc.constantFrom(...events), to: fc.constantFrom(...events) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(change, { minLength: 1, maxLength: 5 }), async (changes) => {
        for (const step of changes) {
          if (step.kind === "event") {
            await db.prisma.event.update({ where: { id: step.event.id }, data: { type: step.type, occurredStart: step.occurred, firstReportedOn: step.reported } });
          } else if (step.kind === "participant") {
            await db.prisma.eventParticipant.upsert({
              where: { eventId_entityId_role: { eventId: step.event.id, entityId: step.entity.id, role: "affected" } },
              create: { eventId: step.event.id, entityId: step.entity.id, role: "affected" },
              update: {},
            });
          } else {
            const participant = await db.prisma.eventParticipant.findFirst({ where: { eventId: step.from.id, role: "affected" } });
            const taken = participant && (await db.prisma.eventParticipant.findFirst({ where: { eventId: step.to.id, entityId: participant.entityId, role: "affected" } }));
            if (participant && !taken) await db.prisma.eventParticipant.update({ where: { id: participant.id }, data: { eventId: step.to.id } });
          }
        }
        expect(await mismatches()).toBe(0);
      }),
      { numRuns: 25 },
    );
  }, 300_000);
});
