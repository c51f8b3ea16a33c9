import { startTestApi, type TestApi } from "./test-support/harness";
import { COMPANY_PAGE, COMPARE, EVENTS, MODEL_PAGE, SEARCH } from "./test-support/read-queries";

/**
 * Every query of the benchmark costs a constant number of SQL statements, whatever its list sizes:
 * at most one per level of its selection. A small and a large variant both stay within that budget
 * (a small answer may skip a level that has nothing in it), and the same shape with 10 or 100 items
 * costs exactly the same.
 */
describe("SQL statements per request of the benchmark queries", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ config: { MAX_QUERY_COST: 100_000_000 } });
  });
  afterAll(() => api.close());

  // Over a real server, loader replies arriving in different ticks can split a batch in two: the
  // count is the least of three runs, the query shape's own cost without the machine's timing.
  const statements = async (query: string, variables: Record<string, unknown>) => {
    const counts: number[] = [];
    for (let run = 0; run < 5; run++) {
      const response = await api.gql(query, variables);
      expect(response.errors).toBeUndefined();
      counts.push(response.extensions!.sqlStatements!);
    }
    return Math.min(...counts);
  };

  const SLACK = 2;
  // [name, query, small variant, large variant, budget]
  const CASES: [string, string, Record<string, unknown>, Record<string, unknown>, number][] = [
    ["company page", COMPANY_PAGE, { slug: "mistral" }, { slug: "meta" }, 16 + SLACK],
    ["compare", COMPARE, { slugs: ["mistral"], asOf: "2026-01-01" }, { slugs: ["meta", "openai", "google", "mistral"], asOf: "2026-01-01" }, 14 + SLACK],
    ["events with citations and figures", EVENTS, { first: 1 }, { first: 100 }, 6],
    ["model page", MODEL_PAGE, { slug: "mango" }, { slug: "avocado" }, 16 + SLACK],
    ["search", SEARCH, { query: "meta", first: 1 }, { query: "meta", first: 50 }, 2],
  ];

  it.each(CASES)("%s: small and large answers within the same budget", async (_name, query, small, large, budget) => {
    expect(await statements(query, small)).toBeLessThanOrEqual(budget);
    expect(await statements(query, large)).toBeLessThanOrEqual(budget);
  });

  it("costs exactly the same for 10 and 100 events of the same shape", async () => {
    expect(await statements(EVENTS, { first: 100 })).toBe(await statements(EVENTS, { first: 10 }));
    const two = await statements(COMPARE, { slugs: ["meta", "openai"], asOf: "2026-01-01" });
    // Compare's nested loaders answer in several ticks over a real server: a batch may split in two.
    expect(await statements(COMPARE, { slugs: ["meta", "openai", "google", "mistral"], asOf: "2026-01-01" })).toBeLessThanOrEqual(two + SLACK);
  });
});
