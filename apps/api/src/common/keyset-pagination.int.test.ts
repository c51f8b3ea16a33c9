import fc from "fast-check";
import { startTestApi, type TestApi } from "../test-support/harness";

interface Connection {
  edges: Array<{ cursor: string; node: { id: string } }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/**
 * Walking a list page by page through its cursors (which seek by the last row's sort keys) gives
 * exactly the one-page answer, in every order, direction, page size and filter.
 */
describe("keyset cursors", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  async function walk(list: string, args: string, size: number, nodeField = "id"): Promise<string[]> {
    const ids: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 500; pages++) {
      const response = await api.gql(
        `query($after: String) { ${list}(first: ${size}, after: $after${args}) { edges { cursor node { id: ${nodeField} } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      expect(response.errors).toBeUndefined();
      const connection = response.data![list] as Connection;
      ids.push(...connection.edges.map((edge) => edge.node.id));
      if (!connection.pageInfo.hasNextPage) return ids;
      after = connection.pageInfo.endCursor;
    }
    throw new Error(`${list} did not end within 500 pages`);
  }

  /** The list in the largest pages (one page, unless the registry makes it longer than 100). */
  const whole = (list: string, args: string, nodeField = "id") => walk(list, args, 100, nodeField);

  const eventArgs = fc.record({
    field: fc.constantFrom("OCCURRED_ON", "FIRST_REPORTED_ON", "CONFIDENCE"),
    direction: fc.constantFrom("ASC", "DESC"),
    filter: fc.constantFrom("", ', filter: { entities: ["meta"] }', ', filter: { asOf: "2025-11-01" }', ", filter: { types: [HIRE, DEPARTURE, RELEASE] }"),
  });

  it("events: pages through cursors equal the whole list", async () => {
    await fc.assert(
      fc.asyncProperty(eventArgs, fc.integer({ min: 1, max: 25 }), async ({ field, direction, filter }, size) => {
        const args = `, orderBy: { field: ${field}, direction: ${direction} }${filter}`;
        expect(await walk("events", args, size)).toEqual(await whole("events", args));
      }),
      { numRuns: 25 },
    );
  });

  it("entity and source lists: pages through cursors equal the whole list", async () => {
    const lists = fc.oneof(
      fc.record({ list: fc.constantFrom("companies", "people", "models", "labs"), field: fc.constantFrom("NAME", "SLUG"), nodeField: fc.constant("slug") }),
      fc.record({ list: fc.constant("sources"), field: fc.constantFrom("PUBLISHED_ON", "TITLE"), nodeField: fc.constant("id") }),
    );
    // Entity lists hold hundreds of registry entries: pages of 8 to 40 keep the walk to a few dozen requests.
    await fc.assert(
      fc.asyncProperty(lists, fc.constantFrom("ASC", "DESC"), fc.integer({ min: 1, max: 15 }), async ({ list, field, nodeField }, direction, small) => {
        const size = list === "sources" ? small : small + 7 + Math.floor(small * 1.5);
        const args = `, orderBy: { field: ${field}, direction: ${direction} }`;
        expect(await walk(list, args, size, nodeField)).toEqual(await whole(list, args, nodeField));
      }),
      { numRuns: 20 },
    );
  });

  it("an entity's events page through cursors like the root list", async () => {
    const response = await api.gql(`{ company(slug: "meta") { events(first: 100) { edges { node { id } } } } }`);
    const all = response.data!.company.events.edges.map((edge: { node: { id: string } }) => edge.node.id);
    const walked: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await api.gql(
        `query($after: String) { company(slug: "meta") { events(first: 7, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } } }`,
        { after },
      );
      expect(page.errors).toBeUndefined();
      const connection = page.data!.company.events as Connection;
      walked.push(...connection.edges.map((edge) => edge.node.id));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(walked).toEqual(all);
    expect(all.length).toBeGreaterThan(7);
  });

  it("refuses a forged key and still reads the cursors of earlier releases", async () => {
    const page = await api.gql(`{ events(first: 1) { pageInfo { endCursor } } }`);
    const body = JSON.parse(Buffer.from(page.data!.events.pageInfo.endCursor, "base64url").toString("utf8"));
    const forged = Buffer.from(JSON.stringify({ ...body, k: ["not-a-date", ...body.k.slice(1)] })).toString("base64url");
    const refused = await api.gql(`query($after: String) { events(first: 1, after: $after) { totalCount } }`, { after: forged });
    expect(refused.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const legacy = await api.gql(`query($after: String) { events(first: 1, after: $after) { edges { node { id } } } }`, { after: Buffer.from("offset:0").toString("base64url") });
    const second = await api.gql(`{ events(first: 2) { edges { node { id } } } }`);
    expect(legacy.data!.events.edges[0].node.id).toBe(second.data!.events.edges[1].node.id);
  });
});
