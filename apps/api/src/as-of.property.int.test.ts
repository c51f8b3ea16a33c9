import fc from "fast-check";
import { todayDay } from "./common/as-of";
import { fromGlobalId, toGlobalId } from "./common/global-id";
import { startTestApi, type TestApi } from "./test-support/harness";
import { entityVisible, eventStatusAsOf, isoDay, leaksIn, loadOracle, withTypenames, type AsOfOracle } from "./test-support/as-of-oracle";
import { AS_OF_QUERIES, COMPARED } from "./test-support/as-of-queries";
import { SUBJECT_ROLES } from "./modules/compare/compare.queries";

/**
 * The as-of rule (docs/trust.md) over random days and every read query: nothing first reported after
 * the day appears (each entity, event, figure, source, role, role end, model claim and event status
 * is looked up in the database), and everything reported by then that the query asks for is there
 * (the expected sets are computed from plain Prisma reads, not from the read path's SQL). Every fact
 * shown cites a quote shown with it; a quote from a source published later only as the passage that
 * states the fact's public day, from that day on. The exports follow the same rule.
 */
describe("as of a day, every read query shows exactly what had been reported by then", () => {
  let api: TestApi;
  let oracle: AsOfOracle;
  let days: fc.Arbitrary<string>;
  beforeAll(async () => {
    api = await startTestApi({ config: { MAX_QUERY_COST: 100_000_000 } });
    oracle = await loadOracle(api.db.prisma);
    // Uniform days since 2020, and the days around each first report, where the answers change.
    const reported = new Set<number>();
    for (const event of oracle.events.values()) reported.add(event.day.getTime());
    for (const day of oracle.sources.values()) reported.add(day.getTime());
    const around = [...reported].flatMap((time) => [-1, 0, 1].map((shift) => isoDay(new Date(time + shift * 86_400_000))));
    const uniform = fc.date({ min: new Date("2020-01-01T00:00:00Z"), max: new Date(`${todayDay()}T00:00:00Z`), noInvalidDate: true }).map(isoDay);
    days = fc.oneof(uniform, fc.constantFrom(...around));
  });
  afterAll(() => api.close());

  const RUNS = { numRuns: 12 };
  const TIMEOUT = 240_000;

  /** Runs an as-of query and returns its data after checking that nothing in it leaks. */
  async function ask(query: string, variables: Record<string, unknown>, day: string) {
    const response = await api.gql(withTypenames(query), { ...variables, asOf: day });
    expect(response.errors).toBeUndefined();
    expect(leaksIn(response.data, day, oracle)).toEqual([]);
    return response.data!;
  }
  const sorted = <T>(values: Iterable<T>) => [...values].sort();
  const visibleEvents = (day: string, where: (participants: Array<{ entityId: number; role: string }>) => boolean = () => true) =>
    [...oracle.events].filter(([, event]) => isoDay(event.day) <= day && where(event.participants)).map(([id]) => id);
  const eventIds = (connection: { edges: Array<{ node: { id: string } }> }) =>
    connection.edges.map((edge) => Number(Buffer.from(edge.node.id, "base64url").toString().split(":")[1]));
  const subtree = (rootId: number): number[] => [rootId, ...[...oracle.parents].filter(([, parent]) => parent === rootId).flatMap(([child]) => subtree(child))];
  const slugOf = (id: number) => [...oracle.idOfSlug].find(([, entityId]) => entityId === id)![0];

  it(
    "events, lists and sources: all and only what had been reported",
    async () => {
      await fc.assert(
        fc.asyncProperty(days, async (day) => {
          const all = await ask(AS_OF_QUERIES.events, {}, day);
          expect(sorted(eventIds(all.events))).toEqual(sorted(visibleEvents(day)));
          expect(all.events.totalCount).toBe(visibleEvents(day).length);
          const meta = oracle.idOfSlug.get("meta")!;
          const ofMeta = await ask(AS_OF_QUERIES.events, { entities: ["meta"] }, day);
          expect(sorted(eventIds(ofMeta.events))).toEqual(sorted(visibleEvents(day, (ps) => ps.some((p) => p.entityId === meta))));
          const lists = await ask(AS_OF_QUERIES.lists, {}, day);
          for (const [list, typename] of [
            ["companies", "Company"],
            ["labs", "Lab"],
            ["models", "AiModel"],
            ["people", "Person"],
          ] as const) {
            const expected = [...oracle.entities].filter(([slug, e]) => e.typename === typename && entityVisible(oracle, slug, day)).map(([slug]) => slug);
            const listed = lists[list].edges.map((edge: { node: { slug: string } }) => edge.node.slug);
            // The registry's entities (identifiers only, shown at every date) make some lists longer than one page:
            // all of them by count, only visible ones on the page.
            expect([list, lists[list].totalCount]).toEqual([list, expected.length]);
            if (expected.length <= 100) expect([list, sorted(listed)]).toEqual([list, sorted(expected)]);
            else expect([list, listed.filter((slug: string) => !expected.includes(slug))]).toEqual([list, []]);
          }
          const sources = [...oracle.sources].filter(([, publicOn]) => isoDay(publicOn) <= day).map(([id]) => toGlobalId("Source", id));
          expect(sorted(lists.sources.edges.map((edge: { node: { id: string } }) => edge.node.id))).toEqual(sorted(sources));
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    "company, lab and person pages: their models, roles and events as they stood",
    async () => {
      await fc.assert(
        fc.asyncProperty(days, fc.constantFrom("meta", "openai", "mistral"), async (day, slug) => {
          const { company } = await ask(AS_OF_QUERIES.company, { slug }, day);
          if (!entityVisible(oracle, slug, day)) return expect(company).toBeNull();
          const scope = new Set(subtree(oracle.idOfSlug.get(slug)!));
          const models = [...oracle.models].filter(([model, m]) => entityVisible(oracle, model, day) && (scope.has(m.ownerId ?? -1) || scope.has(m.developerId ?? -1)));
          expect(sorted(company.models.map((m: { slug: string }) => m.slug))).toEqual(sorted(models.map(([model]) => model)));
          const roles = [...oracle.roles].filter(([key, role]) => key.split("|")[1] === slug && !(role.day && isoDay(role.day) > day));
          expect(sorted(company.roles.map((r: { person: { slug: string }; title: string }) => `${r.person.slug}|${slug}|${r.title}`))).toEqual(sorted(roles.map(([key]) => key)));
          expect(company.events.totalCount).toBe(visibleEvents(day, (ps) => ps.some((p) => p.entityId === oracle.idOfSlug.get(slug))).length);
          const { lab } = await ask(AS_OF_QUERIES.lab, { slug: "tbd-lab" }, day);
          expect(lab === null).toBe(!entityVisible(oracle, "tbd-lab", day));
          const { person } = await ask(AS_OF_QUERIES.person, { slug: "alexandr-wang" }, day);
          if (!person) return expect(entityVisible(oracle, "alexandr-wang", day)).toBe(false);
          const held = [...oracle.roles].filter(([key, role]) => key.startsWith("alexandr-wang|") && !(role.day && isoDay(role.day) > day));
          expect(person.roles.length).toBe(held.length);
          for (const role of person.roles) {
            const known = oracle.roles.get(`alexandr-wang|${role.organization.slug}|${role.title}`)!;
            expect(role.end !== null).toBe(known.hasEnd && !(known.endDay && isoDay(known.endDay) > day));
          }
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    "model pages: status, lineage and expected release as they stood",
    async () => {
      await fc.assert(
        fc.asyncProperty(days, fc.constantFrom("avocado", "llama-4-behemoth", "llama-4", "mango"), async (day, slug) => {
          const { model } = await ask(AS_OF_QUERIES.model, { slug }, day);
          if (!entityVisible(oracle, slug, day)) return expect(model).toBeNull();
          const known = oracle.models.get(slug)!;
          const status = known.statusDay && isoDay(known.statusDay) > day ? "UNKNOWN" : known.status;
          expect(model.status).toBe(status);
          const edges = oracle.lineage.filter((edge) => (edge.modelId === known.entityId || edge.targetId === known.entityId) && isoDay(edge.day) <= day);
          expect(model.lineage.length).toBe(edges.length);
          // The latest expected release of an event the model is the subject of, reported and in effect by then.
          const expected = [...oracle.figures.entries()]
            .filter(([, f]) => f.metric === "expected_release" && isoDay(f.day) <= day && isoDay(f.effective ?? f.day) <= day)
            .filter(([, f]) => oracle.events.get(f.eventId)!.participants.some((p) => p.entityId === known.entityId && p.role === "subject"))
            .sort(([, a], [, b]) => (b.effective ?? b.day).getTime() - (a.effective ?? a.day).getTime());
          const shelved = status === "SHELVED" || status === "RELEASED";
          expect(model.expectedRelease?.text ?? null).toBe(shelved || expected.length === 0 ? null : expected[0][0].split("|")[2]);
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    "compare: events, figures by subject role, key people and talent flows as they stood",
    async () => {
      await fc.assert(
        fc.asyncProperty(days, async (day) => {
          const visibleSlugs = COMPARED.filter((slug) => entityVisible(oracle, slug, day));
          if (visibleSlugs.length === 0) return;
          const { compare } = await ask(AS_OF_QUERIES.compare, { slugs: visibleSlugs }, day);
          for (const column of compare.companies) {
            const orgs = new Set(subtree(oracle.idOfSlug.get(column.slug)!).filter((id) => entityVisible(oracle, slugOf(id), day)));
            const models = [...oracle.models.values()].filter(
              (m) => entityVisible(oracle, slugOf(m.entityId), day) && (orgs.has(m.ownerId ?? -1) || orgs.has(m.developerId ?? -1)),
            );
            const scope = new Set([...orgs, ...models.map((m) => m.entityId)]);
            expect([column.slug, column.totalEvents]).toEqual([column.slug, visibleEvents(day, (ps) => ps.some((p) => scope.has(p.entityId))).length]);
            const money = [...oracle.figures.values()].filter(
              (f) =>
                f.kind === "MONEY" &&
                isoDay(f.day) <= day &&
                oracle.events.get(f.eventId)!.participants.some((p) => scope.has(p.entityId) && (SUBJECT_ROLES as readonly string[]).includes(p.role)),
            );
            expect([column.slug, column.moneyFigures.length]).toEqual([column.slug, money.length]);
          }
          const flows = new Set(
            compare.talentFlows.map(
              (f: { person: { slug: string }; fromCompany: { slug: string }; toCompany: { slug: string } }) => `${f.person.slug}:${f.fromCompany.slug}>${f.toCompany.slug}`,
            ),
          );
          const flowDay = (person: string, left: string, joined: string) => {
            const leftRole = [...oracle.roles].find(([key]) => key.startsWith(`${person}|${left}|`))![1];
            const joinedRole = [...oracle.roles].find(([key]) => key.startsWith(`${person}|${joined}|`))![1];
            return [leftRole.endDay, joinedRole.day].map((d) => isoDay(d!)).sort()[1];
          };
          for (const [person, left, joined, from, to] of [
            ["shengjia-zhao", "openai", "meta-superintelligence-labs", "openai", "meta"],
            ["alexandr-wang", "scale-ai", "meta", "scale-ai", "meta"],
            ["clara-shih", "salesforce", "meta-business-ai", "salesforce", "meta"],
          ]) {
            const shown = visibleSlugs.includes(from) && visibleSlugs.includes(to) && flowDay(person, left, joined) <= day;
            expect([person, flows.has(`${person}:${from}>${to}`)]).toEqual([person, shown]);
            expect(flows.has(`${person}:${to}>${from}`)).toBe(false);
          }
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    "compare of any two companies: every figure in a column has an event where that company, a lab or a model of it is a subject",
    async () => {
      const companies = [...oracle.entities].filter(([, e]) => e.typename === "Company").map(([slug]) => slug);
      const figuresQuery = `query ($slugs: [String!]!, $asOf: Date) { compare(slugs: $slugs, asOf: $asOf) { companies { slug labs { slug } models { model { slug } } moneyFigures { metric text event { id } } } } }`;
      await fc.assert(
        fc.asyncProperty(days, fc.uniqueArray(fc.constantFrom(...companies), { minLength: 2, maxLength: 2 }), async (day, pair) => {
          const slugs = pair.filter((slug) => entityVisible(oracle, slug, day));
          if (slugs.length === 0) return;
          const { compare } = await ask(figuresQuery, { slugs }, day);
          for (const column of compare.companies) {
            const scope = new Set(
              [column.slug, ...column.labs.map((l: { slug: string }) => l.slug), ...column.models.map((m: { model: { slug: string } }) => m.model.slug)].map((slug) =>
                oracle.idOfSlug.get(slug),
              ),
            );
            for (const figure of column.moneyFigures) {
              const event = oracle.events.get(Number(Buffer.from(figure.event.id, "base64url").toString().split(":")[1]))!;
              const subject = event.participants.some((p) => scope.has(p.entityId) && (SUBJECT_ROLES as readonly string[]).includes(p.role));
              expect([column.slug, figure.text, subject]).toEqual([column.slug, figure.text, true]);
            }
          }
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    "exports as of a day: the citations shown then, of events filtered by their status then",
    async () => {
      const ndjson = async (path: string) => {
        const response = await fetch(api.server.url.replace("/graphql", path));
        expect(response.status).toBe(200);
        return (await response.text())
          .split("\n")
          .filter(Boolean)
          .map((line) => JSON.parse(line) as Record<string, string | number | null>);
      };
      await fc.assert(
        fc.asyncProperty(days, fc.constantFrom("REPORTED", "CONFIRMED", "DISPUTED", "DENIED"), async (day, status) => {
          const events = await ndjson(`/export/events.ndjson?asOf=${day}`);
          for (const row of events) {
            const { status: then, confidence } = eventStatusAsOf(oracle, fromGlobalId(String(row.id))!.localId, day);
            expect([row.key, row.status, row.confidence]).toEqual([row.key, then, confidence]);
          }
          const matching = new Set(visibleEvents(day).filter((id) => eventStatusAsOf(oracle, id, day).status === status));
          // A citation from a source public by then, or one stating a public day by then (with that day).
          const expected = [...oracle.citations].flatMap(([at, cited]) =>
            cited
              .filter((c) => matching.has(c.eventId) && (isoDay(c.sourceDay) <= day || (c.stated !== null && isoDay(c.stated) <= day)))
              .map((c) => `${toGlobalId("Event", c.eventId)}|${toGlobalId("Source", Number(at.split("@")[0]))}@${at.split("@")[1]}|${c.stated && isoDay(c.stated)}`),
          );
          const citations = await ndjson(`/export/citations.ndjson?asOf=${day}&status=${status}`);
          expect(sorted(citations.map((row) => `${row.eventId}|${row.sourceId}@${row.quoteStart}|${row.publicSince}`))).toEqual(sorted(expected));
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    "search, searchAll and node: nothing unreported, and what was reported is found",
    async () => {
      await fc.assert(
        fc.asyncProperty(days, async (day) => {
          const { search, searchAll } = await ask(AS_OF_QUERIES.search, { query: "Avocado" }, day);
          expect(search.some((hit: { entity: { slug: string } }) => hit.entity.slug === "avocado")).toBe(entityVisible(oracle, "avocado", day));
          const titled = visibleEvents(day)
            .filter((id) => /avocado/i.test(oracle.events.get(id)!.title))
            .map((id) => toGlobalId("Event", id));
          const found = new Set(searchAll.events.map((hit: { event: { id: string } }) => hit.event.id));
          expect(titled.filter((id) => !found.has(id))).toEqual([]);
          await ask(AS_OF_QUERIES.search, { query: "Meta" }, day);
          const { node } = await ask(AS_OF_QUERIES.node, { id: toGlobalId("Company", oracle.idOfSlug.get("meta")!) }, day);
          expect(node === null).toBe(!entityVisible(oracle, "meta", day));
          for (const id of visibleEvents(day).slice(0, 3)) {
            const { node: event } = await ask(AS_OF_QUERIES.node, { id: toGlobalId("Event", id) }, day);
            expect(event.status).toBe(eventStatusAsOf(oracle, id, day).status);
          }
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );
});
