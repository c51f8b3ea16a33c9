import fc from "fast-check";
import { startTestApi, type TestApi } from "../test-support/harness";
import { COUNT_UP_TO } from "./bounded-count";

interface Counted {
  totalCount: number;
  boundedCount: { value: number; exact: boolean };
}

/**
 * `boundedCount(upTo:)` on every root list, any filter, any `upTo`: the exact count when it is at
 * most `upTo`, else `upTo` marked inexact. The exact count is `totalCount`, asked in the same query.
 */
describe("bounded counts", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  const eventFilter = fc
    .record(
      {
        types: fc.subarray(["HIRE", "DEPARTURE", "RELEASE", "STATEMENT", "DELAY", "CAPEX_GUIDANCE", "INVESTMENT"], { minLength: 1 }),
        status: fc.subarray(["REPORTED", "CONFIRMED", "DISPUTED", "DENIED"], { minLength: 1 }),
        entities: fc.subarray(["meta", "openai", "google", "alexandr-wang", "avocado", "mistral"], { minLength: 1, maxLength: 2 }),
        from: fc.constantFrom("2024-06-01", "2025-01-01", "2025-07-01"),
        asOf: fc.constantFrom("2025-06-30", "2025-11-01", "2025-12-15"),
        language: fc.constantFrom("it", "zh-Hans", "zh-Hant", "id", "en"),
      },
      { requiredKeys: [] },
    )
    .map(
      (filter) =>
        `filter: { ${Object.entries(filter)
          .map(([key, value]) => `${key}: ${Array.isArray(value) ? `[${value.map((v) => (key === "entities" ? JSON.stringify(v) : v)).join(", ")}]` : JSON.stringify(value)}`)
          .join(", ")} }`,
    );

  const list = fc.oneof(
    eventFilter.map((filter) => ({ field: "events", args: filter })),
    fc.constantFrom(
      { field: "companies", args: "" },
      { field: "companies", args: 'filter: { country: "US" }' },
      { field: "models", args: "filter: { kinds: [MODEL] }" },
      { field: "models", args: 'filter: { organization: "meta" }' },
      { field: "people", args: 'filter: { organization: "meta" }' },
      { field: "labs", args: "" },
      { field: "sources", args: 'filter: { language: "it" }' },
      { field: "sources", args: "" },
    ),
  );

  it("is the exact count up to `upTo`, and `upTo` marked inexact past it", async () => {
    await fc.assert(
      fc.asyncProperty(list, fc.oneof(fc.integer({ min: 1, max: 80 }), fc.constant(null)), async ({ field, args }, upTo) => {
        const argList = args ? `(${args})` : "";
        const response = await api.gql(`query($upTo: Int) { ${field}${argList} { totalCount boundedCount(upTo: $upTo) { value exact } } }`, { upTo });
        expect(response.errors).toBeUndefined();
        const { totalCount, boundedCount } = response.data![field] as Counted;
        const limit = upTo ?? COUNT_UP_TO.default;
        expect({ field, args, upTo, boundedCount }).toEqual({ field, args, upTo, boundedCount: { value: Math.min(totalCount, limit), exact: totalCount <= limit } });
      }),
      { numRuns: 80 },
    );
  });

  // The property above would hold if the resolver fell back to the exact count: the point of the
  // field is that a root list counts with its bounded statement and never runs the exact one.
  it("counts with the bounded statement, not the exact one", async () => {
    const names: string[] = [];
    const query = api.db.reader.query.bind(api.db.reader);
    api.db.reader.query = (statement, values, budget) => {
      names.push(statement.name);
      return query(statement, values, budget);
    };
    try {
      for (const field of ["events", "companies", "models", "people", "labs", "sources"]) {
        names.length = 0;
        const response = await api.gql(`{ ${field} { boundedCount(upTo: 3) { value exact } } }`);
        expect(response.errors).toBeUndefined();
        expect({ field, bounded: names.filter((name) => /_count_upto_/.test(name)).length }).toEqual({ field, bounded: 1 });
        expect({ field, exact: names.filter((name) => /_count_(?!upto)/.test(name)) }).toEqual({ field, exact: [] });
      }
    } finally {
      api.db.reader.query = query;
    }
  });

  it("refuses an `upTo` out of bounds", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.integer({ max: 0 }), fc.integer({ min: COUNT_UP_TO.max + 1 })), async (upTo) => {
        const response = await api.gql(`query($upTo: Int) { events { boundedCount(upTo: $upTo) { value } } }`, { upTo });
        expect(response.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
      }),
      { numRuns: 10 },
    );
  });
});
