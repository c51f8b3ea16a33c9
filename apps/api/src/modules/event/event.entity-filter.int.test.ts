import fc from "fast-check";
import { startTestApi, type GraphQLResponse, type TestApi } from "../../test-support/harness";

interface Page<N> {
  events: { totalCount?: number; edges: Array<{ node: N }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

interface EventNode {
  id: string;
  participants: Array<{ role: string; entity: { id: string; slug: string } }>;
}

/**
 * One entity's events are read from its participations (their copies of the event's order keys, in
 * an index of their own). Whatever the entity, day, type filter or page size, the answer is the
 * full events list kept to those the entity takes part in: same events, same order, each once.
 */
describe("events of one entity", () => {
  let api: TestApi;
  /** Every entity some event names: slug → global id. */
  let named: Map<string, string>;
  beforeAll(async () => {
    api = await startTestApi();
    // An entity named in two roles of one event: the event must still be listed once.
    const twice = await api.db.prisma.eventParticipant.findFirstOrThrow({ where: { entity: { slug: "meta" } }, orderBy: { id: "asc" } });
    await api.db.prisma.eventParticipant.create({ data: { eventId: twice.eventId, entityId: twice.entityId, role: `${twice.role}_again` } });
    named = new Map((await allEvents("")).flatMap((event) => event.participants.map((p) => [p.entity.slug, p.entity.id] as const)));
  });
  afterAll(() => api.close());

  const EVENT_FIELDS = `id participants { role entity { id slug } }`;

  async function allEvents(filter: string): Promise<EventNode[]> {
    const nodes: EventNode[] = [];
    let after: string | null = null;
    for (;;) {
      const response: GraphQLResponse<Page<EventNode>> = await api.gql(
        `query($after: String) { events(first: 100, after: $after, filter: { ${filter} }) { edges { node { ${EVENT_FIELDS} } } pageInfo { hasNextPage endCursor } } }`,
        {
          after,
        },
      );
      expect(response.errors).toBeUndefined();
      nodes.push(...response.data!.events.edges.map((edge) => edge.node));
      if (!response.data!.events.pageInfo.hasNextPage) return nodes;
      after = response.data!.events.pageInfo.endCursor;
    }
  }

  /** Any named entity, meta (named twice in one event, and in the most events) a third of the time. */
  const entities = () => fc.oneof({ arbitrary: fc.constantFrom(...[...named.keys()].sort()), weight: 2 }, { arbitrary: fc.constant("meta"), weight: 1 });
  const days = fc.constantFrom("", 'asOf: "2025-06-01"', 'asOf: "2025-12-31"');
  const types = fc.constantFrom("", "types: [HIRE, DEPARTURE, RELEASE, INVESTMENT]");

  it("events(filter: { entities: [one] }) and Entity.events equal the full list kept to that entity", async () => {
    await fc.assert(
      fc.asyncProperty(entities(), days, types, fc.integer({ min: 1, max: 12 }), async (slug, day, type, size) => {
        const others = [day, type].filter(Boolean).join(", ");
        const expected = (await allEvents(others)).filter((event) => event.participants.some((p) => p.entity.slug === slug)).map((event) => event.id);

        const filtered: string[] = [];
        let after: string | null = null;
        let total: number | null = null;
        for (let pages = 0; pages < 200; pages++) {
          const response: GraphQLResponse<Page<{ id: string }>> = await api.gql(
            `query($after: String) { events(first: ${size}, after: $after, filter: { entities: ["${slug}"]${others ? `, ${others}` : ""} }) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
            { after },
          );
          expect(response.errors).toBeUndefined();
          filtered.push(...response.data!.events.edges.map((edge) => edge.node.id));
          total = response.data!.events.totalCount ?? null;
          if (!response.data!.events.pageInfo.hasNextPage) break;
          after = response.data!.events.pageInfo.endCursor;
        }
        expect(filtered).toEqual(expected);
        expect(total).toBe(expected.length);

        const entity = await api.gql(
          `query($id: ID!) { node(id: $id) { ... on Entity { events(first: 100${others ? `, filter: { ${others} }` : ""}) { totalCount edges { node { id } } } } } }`,
          {
            id: named.get(slug),
          },
        );
        expect(entity.errors).toBeUndefined();
        expect(entity.data!.node.events.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual(expected.slice(0, 100));
        expect(entity.data!.node.events.totalCount).toBe(expected.length);
      }),
      { numRuns: 30 },
    );
  });
});
