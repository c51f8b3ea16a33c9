import fc from "fast-check";
import { GraphQLError, parse, type GraphQLSchema } from "graphql";
import { getSchema } from "../schema";
import { OperationAnalyzer } from "./limits";
import { MAX_CURSOR_LENGTH } from "./argument-guard";

const LIMITS = { maximumDepth: 12, maximumCost: 50_000, maximumRootFields: 20, maximumAliases: 10 };

describe("OperationAnalyzer", () => {
  let schema: GraphQLSchema;
  let analyzer: OperationAnalyzer;
  beforeAll(async () => {
    schema = await getSchema();
    analyzer = new OperationAnalyzer(schema, LIMITS);
  });

  const outcome = (query: string, variables?: Record<string, unknown>): number | string => {
    try {
      return analyzer.analyze({ document: parse(query), variables });
    } catch (error) {
      if (error instanceof GraphQLError) return String(error.extensions.code);
      throw error;
    }
  };

  it("refuses a field asked for under more aliases than the limit, and accepts up to it", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), (count) => {
        const query = `{ company(slug: "meta") { ${Array.from({ length: count }, (_, index) => `a${index}: name`).join(" ")} } }`;
        const result = outcome(query);
        if (count > LIMITS.maximumAliases) expect(result).toBe("TOO_MANY_ALIASES");
        else expect(typeof result).toBe("number");
      }),
    );
  });

  it("counts aliases through fragments and root fields across names", () => {
    const viaFragments = `{ ...A ...B } fragment A on Query { ${Array.from({ length: 6 }, (_, i) => `a${i}: company(slug: "meta") { slug }`).join(" ")} } fragment B on Query { ${Array.from({ length: 6 }, (_, i) => `b${i}: company(slug: "meta") { slug }`).join(" ")} }`;
    expect(outcome(viaFragments)).toBe("TOO_MANY_ALIASES");
    const many = `{ ${Array.from({ length: 7 }, (_, i) => `c${i}: company(slug: "meta") { slug } l${i}: lab(slug: "fair") { slug } m${i}: model(slug: "avocado") { slug }`).join(" ")} }`;
    expect(outcome(many)).toBe("TOO_MANY_ROOT_FIELDS");
  });

  it("costs a connection more with every item asked for, and a compare by its companies", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99 }), (first) => {
        const cost = (n: number) => outcome(`query($n: Int) { events(first: $n) { edges { node { title } } } }`, { n }) as number;
        expect(cost(first + 1)).toBeGreaterThan(cost(first));
      }),
    );
    const compare = (slugs: string[]) => outcome(`query($s: [String!]!) { compare(slugs: $s) { asOf } }`, { s: slugs }) as number;
    expect(compare(["meta", "openai"])).toBeGreaterThan(compare(["meta"]) + 200);
  });

  it("walks a fragment reused at every level once per position, not once per use", () => {
    // 2^40 expansions if fragments were walked naively: the analysis answers at once, refusing the cost.
    const fragments = Array.from({ length: 40 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join(" ");
    const query = `{ ...F0 } ${fragments} fragment F40 on Query { viewer { role } }`;
    expect(outcome(query)).toBe("QUERY_TOO_COSTLY");
  });

  it("refuses strings with NUL or lone surrogates in any argument, and accepts other text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.constantFrom("\u0000", "\ud800", "\udc00", "a\ud83d"), fc.string({ maxLength: 10 }), (before, bad, after) => {
        expect(outcome(`query($q: String!) { search(query: $q) { score } }`, { q: `${before}${bad}${after}` })).toBe("BAD_USER_INPUT");
      }),
    );
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", maxLength: 50 }).filter((text) => !text.includes("\u0000")),
        (text) => {
          expect(typeof outcome(`query($q: String!) { search(query: $q) { score } }`, { q: text })).toBe("number");
        },
      ),
    );
  });

  it("accepts dates from the year 1000 on, and refuses earlier ones", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), (year) => {
        const asOf = `${String(year).padStart(4, "0")}-06-15`;
        const result = outcome(`query($d: Date) { compare(slugs: ["meta"], asOf: $d) { asOf } }`, { d: asOf });
        if (year < 1000) expect(result).toBe("BAD_USER_INPUT");
        else expect(typeof result).toBe("number");
      }),
      { numRuns: 200 },
    );
  });

  it("refuses cursors longer than any the API issues, and malformed slugs", () => {
    expect(outcome(`query($a: String) { events(after: $a) { totalCount } }`, { a: "x".repeat(MAX_CURSOR_LENGTH + 1) })).toBe("BAD_USER_INPUT");
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 30 }), (text) => {
        const result = outcome(`query($s: String!) { company(slug: $s) { slug } }`, { s: text });
        expect(result === "BAD_USER_INPUT").toBe(!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(text));
      }),
    );
  });

  it("lets the standard introspection query through at no cost", () => {
    const { getIntrospectionQuery } = jest.requireActual<typeof import("graphql")>("graphql");
    expect(outcome(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true }))).toBe(0);
  });
});
