import fc from "fast-check";
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type IntrospectionQuery,
} from "graphql";
import { graphql, type GraphQLReply } from "../support/api-process";
import { LEAK, target } from "./target";

/**
 * Property: whatever values a client sends to whatever argument of the schema (read from the API's
 * own introspection), the answer is never a 5xx, never INTERNAL_SERVER_ERROR, never a leak of
 * internals, and the API keeps answering. FUZZ_RUNS sets the values tried per field (default 12).
 */
const { url, keys } = target();
const RUNS = Number(process.env.FUZZ_RUNS ?? 12);

/** Objects reachable from a root field, so their own fields' arguments get values too. */
const PATHS: Record<string, [string, string]> = {
  Company: ['company(slug: "meta") {', "}"],
  Lab: ['lab(slug: "meta-superintelligence-labs") {', "}"],
  AiModel: ['model(slug: "llama-4") {', "}"],
  Person: ['person(slug: "alexandr-wang") {', "}"],
  Event: ["events(first: 1) { edges { node {", "} } }"],
  Source: ["sources(first: 1) { edges { node {", "} } }"],
  Comparison: ['compare(slugs: ["meta", "openai"]) {', "}"],
};

/** The role each mutation needs; the rest take an admin key. */
const MUTATION_ROLE: Record<string, "ingest" | "analyst"> = {
  ingestDocument: "ingest",
  acceptEventCandidate: "analyst",
  mergeEventCandidate: "analyst",
  rejectEventCandidate: "analyst",
};

const hostileStrings = fc.constantFrom(
  "",
  " ",
  "\u0000",
  "meta\u0000",
  "\ud800",
  "\udfff",
  "x".repeat(5_000),
  "'; DROP TABLE event; --",
  "%00",
  "../../etc/passwd",
  "Meta",
  "meta",
  "汪滔",
  "constructor",
  "__proto__",
  "toString",
  "2025-02-30",
  "0000-01-01",
  "9999-12-31T23:59:59Z",
  "NaN",
);
const anyString = fc.oneof(hostileStrings, fc.string(), fc.string({ unit: "binary", maxLength: 50 }));
const globalIds = fc.oneof(
  fc
    .tuple(
      fc.constantFrom("Event", "Source", "Company", "Person", "AiModel", "Lab", "Nope"),
      fc.oneof(fc.nat(100), fc.constant(2 ** 31), fc.constant(99_999_999_999), fc.constant(-1)),
    )
    .map(([type, id]) => Buffer.from(`${type}:${id}`).toString("base64url")),
  anyString,
);
const dates = fc.oneof(
  fc.date({ noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
  fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
  anyString,
);

function valueFor(type: GraphQLInputType, argumentName: string, depth = 0): fc.Arbitrary<unknown> {
  const inner = isNonNullType(type) ? type.ofType : type;
  const orNull = (arbitrary: fc.Arbitrary<unknown>) =>
    isNonNullType(type) ? fc.oneof({ weight: 9, arbitrary }, { weight: 1, arbitrary: fc.constant(null) }) : fc.option(arbitrary, { freq: 5 });
  if (isListType(inner)) return orNull(fc.array(valueFor(inner.ofType, argumentName, depth + 1), { maxLength: 8 }));
  if (isEnumType(inner)) return orNull(fc.oneof(fc.constantFrom(...inner.getValues().map((value) => value.name)), hostileStrings));
  if (isInputObjectType(inner)) {
    if (depth > 3) return fc.constant(null);
    const fields = Object.values(inner.getFields());
    return orNull(
      fc.record(Object.fromEntries(fields.map((field) => [field.name, valueFor(field.type, field.name, depth + 1)])), {
        requiredKeys: fields.filter((field) => isNonNullType(field.type)).map((field) => field.name),
      }),
    );
  }
  if (isScalarType(inner)) {
    switch (inner.name) {
      case "Int":
        return orNull(fc.oneof(fc.integer({ min: -5, max: 200 }), fc.constantFrom(0, -1, 2 ** 31 - 1, -(2 ** 31), 2 ** 31, 1e15), hostileStrings));
      case "Float":
        return orNull(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, 1, -1, 1e308), hostileStrings));
      case "Boolean":
        return orNull(fc.oneof(fc.boolean(), hostileStrings));
      case "ID":
        return orNull(argumentName === "id" ? globalIds : fc.oneof(fc.nat().map(String), anyString));
      case "Date":
      case "DateTimeISO":
        return orNull(dates);
      default:
        return orNull(fc.oneof(anyString, fc.integer(), fc.dictionary(fc.string(), fc.string())));
    }
  }
  return fc.constant(null);
}

/** `__typename`, or a leaf field, or nothing: enough to run the field's resolver. */
function selectionFor(field: GraphQLField<unknown, unknown>): string {
  return isLeafType(getNamedType(field.type)) ? "" : "{ __typename }";
}

function typeName(type: GraphQLInputType): string {
  return type.toString();
}

interface Target {
  name: string;
  operation: "query" | "mutation";
  field: GraphQLField<unknown, unknown>;
  wrap: [string, string];
  key?: string;
}

function targets(schema: GraphQLSchema): Target[] {
  const list: Target[] = [];
  const add = (type: GraphQLObjectType | null | undefined, operation: Target["operation"], wrap: [string, string], key?: (name: string) => string | undefined) => {
    for (const field of Object.values(type?.getFields() ?? {})) {
      if (wrap[0] && !field.args.length) continue; // nested fields matter for their arguments only
      list.push({ name: `${type?.name}.${field.name}`, operation, field, wrap, key: key?.(field.name) });
    }
  };
  add(schema.getQueryType(), "query", ["", ""]);
  add(schema.getMutationType(), "mutation", ["", ""], (name) => keys[MUTATION_ROLE[name] ?? "admin"]);
  for (const [name, wrap] of Object.entries(PATHS)) add(schema.getType(name) as GraphQLObjectType, "query", wrap);
  return list;
}

/** Every key and string the client sent. */
function sentWords(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(sentWords);
  if (value && typeof value === "object") return Object.entries(value).flatMap(([key, inner]) => [key, ...sentWords(inner)]);
  return [];
}

function check(reply: GraphQLReply, context: string, sent: unknown): void {
  const codes = (reply.body.errors ?? []).map((error) => error.extensions?.code);
  // An error may quote back what the client sent (`got invalid value { Sql: "" }`): that reveals
  // nothing of the server. Only sent words that themselves look like a leak are cut before the
  // check, longest first; every other character of the answer is still checked.
  const ownWords = sentWords(sent)
    .filter((word) => LEAK.test(word))
    .sort((a, b) => b.length - a.length);
  const answered = ownWords.reduce((text, word) => text.split(word).join(""), reply.text);
  if (reply.status >= 500 || codes.includes("INTERNAL_SERVER_ERROR") || LEAK.test(answered) || !reply.text.startsWith("{"))
    throw new Error(`${context} → HTTP ${reply.status}: ${reply.text.slice(0, 500)}`);
}

describe("generated values for every argument of the schema", () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    const reply = await graphql(url, { query: getIntrospectionQuery({ inputValueDeprecation: true }) });
    schema = buildClientSchema(reply.body.data as unknown as IntrospectionQuery);
  });

  it("covers every root field and every argument-taking field of the main object types", () => {
    const names = targets(schema).map((entry) => entry.name);
    expect(names).toEqual(
      expect.arrayContaining(["Query.compare", "Query.search", "Query.events", "Query.node", "Mutation.ingestDocument", "Mutation.registerWebhook", "Person.roles"]),
    );
  });

  it("never answers 5xx, INTERNAL_SERVER_ERROR or internals", async () => {
    for (const entry of targets(schema)) {
      // Never revoke the suite's own keys (1–4): other files use them concurrently.
      const args = entry.field.args.filter((arg: GraphQLArgument) => !(entry.field.name === "revokeApiKey" && arg.name === "id"));
      const fixed = entry.field.name === "revokeApiKey" ? ['id: "100000"'] : [];
      const signature = args.map((arg) => `$${arg.name}: ${typeName(arg.type)}`).join(", ");
      const call = `${entry.field.name}${args.length || fixed.length ? `(${[...args.map((arg) => `${arg.name}: $${arg.name}`), ...fixed].join(", ")})` : ""} ${selectionFor(entry.field)}`;
      const query = `${entry.operation}${signature ? `(${signature})` : ""} { ${entry.wrap[0]} ${call} ${entry.wrap[1]} }`;
      const variables = fc.record(Object.fromEntries(args.map((arg) => [arg.name, valueFor(arg.type, arg.name)])));
      await fc.assert(
        fc.asyncProperty(variables, fc.boolean(), async (values, legacyJson) => {
          check(
            await graphql(url, { query, variables: values }, { key: entry.key, accept: legacyJson ? "application/json" : undefined }),
            `${entry.name} with ${JSON.stringify(values).slice(0, 300)}`,
            values,
          );
        }),
        { numRuns: RUNS },
      );
    }
    const alive = await graphql(url, { query: "{ viewer { role } }" });
    expect(alive.status).toBe(200);
  });

  it("never answers 5xx to generated documents and raw bodies", async () => {
    const bodies = fc.oneof(
      fc.string().map((text) => JSON.stringify({ query: text })),
      fc.json(),
      fc.string(),
      fc
        .record({
          query: fc.constantFrom("{ viewer { role } }", "{ company(slug: $s) { name } }", "query($s: String!) { company(slug: $s) { name } }"),
          variables: fc.oneof(fc.json(), fc.dictionary(fc.string(), fc.jsonValue())),
          operationName: fc.oneof(fc.string(), fc.constant(null)),
        })
        .map((body) => JSON.stringify(body)),
    );
    await fc.assert(
      fc.asyncProperty(bodies, async (body) => {
        const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body });
        const text = await response.text();
        if (response.status >= 500 || LEAK.test(text)) throw new Error(`${body.slice(0, 200)} → HTTP ${response.status}: ${text.slice(0, 300)}`);
      }),
      { numRuns: RUNS * 10 },
    );
  });
});
