import { startTestApi, type TestApi } from "../../test-support/harness";

/** Each list returns only its own kind (a `models` list once returned people and companies as AiModel). */
describe("typed lists", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  const LISTS = [
    ["companies", "Company"],
    ["labs", "Lab"],
    ["models", "AiModel"],
    ["people", "Person"],
  ] as const;

  /** The whole list, page by page (the registry makes lists longer than the largest page). */
  interface Page {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{ node: { __typename: string; slug: string } }>;
  }

  async function everyPage(list: string): Promise<Pick<Page, "totalCount" | "edges">> {
    const edges: Page["edges"] = [];
    let after: string | null = null;
    for (;;) {
      const response: { errors?: unknown; data?: Record<string, Page> } = await api.gql(
        `query($after: String) { ${list}(first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { __typename slug } } } }`,
        {
          after,
        },
      );
      expect(response.errors).toBeUndefined();
      const connection: Page = response.data![list];
      edges.push(...connection.edges);
      if (!connection.pageInfo.hasNextPage) return { totalCount: connection.totalCount, edges };
      after = connection.pageInfo.endCursor;
    }
  }

  it.each(LISTS)("%s lists only %s nodes, and all of them", async (list, typename) => {
    const connection = await everyPage(list);
    const typenames = new Set(connection.edges.map((edge) => edge.node.__typename));
    expect([...typenames]).toEqual([typename]);
    expect(connection.edges).toHaveLength(connection.totalCount);
    // Every entity of that type is listed: the same count as a search-free lookup of each slug's type.
    const everyEntity = await api.db.prisma.entity.findMany({ select: { slug: true, organization: { select: { kind: true } }, model: { select: { kind: true } }, kind: true } });
    const expected = everyEntity.filter((entity) =>
      typename === "AiModel"
        ? entity.model != null
        : typename === "Person"
          ? entity.kind === "PERSON"
          : typename === "Company"
            ? ["COMPANY", "INVESTOR"].includes(entity.organization?.kind ?? "")
            : ["LAB", "TEAM", "DIVISION"].includes(entity.organization?.kind ?? ""),
    );
    expect(connection.totalCount).toBe(expected.length);
  });

  it("keeps to organizations a source spoke of with reported: true, as of the day", async () => {
    const slugsOf = async (filter: string) => {
      const response = await api.gql(`{ companies(first: 100, filter: ${filter}) { totalCount edges { node { slug } } } }`);
      expect(response.errors).toBeUndefined();
      return (response.data!.companies.edges as Array<{ node: { slug: string } }>).map((edge) => edge.node.slug);
    };
    const reported = await slugsOf("{ reported: true }");
    expect(reported).toEqual(expect.arrayContaining(["meta", "openai", "google", "mistral"]));
    expect(reported).not.toContain("nvidia"); // in the registry: known by name only
    const rows = await api.db.reader.query<{ slug: string }>(
      {
        name: "test_reported_companies",
        text: `SELECT e.slug FROM "Entity" e JOIN "Organization" o ON o."entityId" = e.id WHERE o.kind IN ('COMPANY', 'INVESTOR') AND e."firstReportedOn" IS NOT NULL ORDER BY e.name`,
      },
      [],
    );
    expect(reported).toEqual(rows.map((row) => row.slug).slice(0, 100));
    expect(await slugsOf('{ reported: true, asOf: "2025-01-01" }')).toEqual([]);
  });

  it("asks models for their model-only fields without a non-null error", async () => {
    const response = await api.gql(`{ models(first: 100) { edges { node { slug kind status access modality } } } }`);
    expect(response.errors).toBeUndefined();
    expect(response.data!.models.edges.length).toBeGreaterThan(0);
  });
});
