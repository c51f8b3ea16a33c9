import { readFileSync } from "node:fs";
import { getIntrospectionQuery } from "graphql";
import { codesOf, graphql } from "../support/api-process";
import { LEAK, target } from "./target";

/**
 * Each finding of the security review (issue 13), sent as the reviewer sent it, against the API as
 * `npm start` runs it. Request errors answer 400 under application/graphql-response+json (the
 * default here) and 200 under application/json, never 5xx, and never leak internals.
 */
const { url, baseUrl, keys, logFile, webClientToken } = target();
const JSON_ONLY = "application/json";
const aliased = (count: number, field: string) => `{ ${Array.from({ length: count }, (_, index) => `a${index}: ${field}`).join(" ")} }`;

describe("cost that follows work", () => {
  it("refuses 400 aliased compares up front, with a code of its own", async () => {
    const reply = await graphql(url, { query: aliased(400, `compare(slugs: ["meta", "openai", "google", "mistral"]) { asOf }`) });
    expect(reply.status).toBe(400);
    expect([["TOO_MANY_ROOT_FIELDS"], ["TOO_MANY_ALIASES"]]).toContainEqual(codesOf(reply));
    expect(reply.body.data).toBeUndefined();
  });

  it("refuses aliased search and events floods", async () => {
    // Refused while parsing (past MAX_QUERY_TOKENS) or by the alias limit: either way before any work.
    for (const field of [`search(query: "${"x".repeat(960)}") { score }`, `events(first: 1, filter: { entities: ["meta"] }) { totalCount }`]) {
      for (const count of [1000, 11]) {
        const reply = await graphql(url, { query: aliased(count, field) });
        expect(reply.status).toBe(400);
        expect(count === 11 ? ["TOO_MANY_ALIASES"] : [["GRAPHQL_PARSE_FAILED"], ["TOO_MANY_ALIASES"]]).toContainEqual(count === 11 ? codesOf(reply)[0] : codesOf(reply));
      }
    }
  });

  it("limits root fields, whatever their names", async () => {
    const fields = [
      ...Array.from({ length: 8 }, (_, i) => `c${i}: company(slug: "meta") { slug }`),
      ...Array.from({ length: 7 }, (_, i) => `l${i}: lab(slug: "fair") { slug }`),
      ...Array.from({ length: 6 }, (_, i) => `m${i}: model(slug: "avocado") { slug }`),
    ];
    const reply = await graphql(url, { query: `{ ${fields.join(" ")} }` });
    expect(reply.status).toBe(400);
    expect(codesOf(reply)).toEqual(["TOO_MANY_ROOT_FIELDS"]);
  });

  it("costs compare, search and connections by their work", async () => {
    const cost = async (query: string) => (await graphql(url, { query })).body.extensions?.cost?.requestedQueryCost as number;
    const one = await cost(`{ compare(slugs: ["meta"]) { asOf } }`);
    const four = await cost(`{ compare(slugs: ["meta", "openai", "google", "mistral"]) { asOf } }`);
    expect(four).toBeGreaterThanOrEqual(4 * one - 10);
    expect(one).toBeGreaterThan(100);
    expect(await cost(`{ search(query: "${"a".repeat(200)}") { score } }`)).toBeGreaterThan(await cost(`{ search(query: "meta") { score } }`));
    expect(await cost(`{ events(first: 100) { edges { node { title } } } }`)).toBeGreaterThan(10 * (await cost(`{ events(first: 1) { edges { node { title } } } }`)));
  });

  it("answers the maximum number of aliased compares within the limits", async () => {
    const reply = await graphql(url, { query: aliased(10, `compare(slugs: ["meta", "openai"]) { asOf companies { company { slug } } }`) });
    expect(reply.status).toBe(200);
    expect(reply.body.data?.a9.companies.map((entry: { company: { slug: string } }) => entry.company.slug)).toEqual(["meta", "openai"]);
  });

  it("refuses a document past the token limit while parsing", async () => {
    const reply = await graphql(url, { query: `{ ${"__typename ".repeat(20_000)}}` });
    expect(reply.status).toBe(400);
    expect(codesOf(reply)).toEqual(["GRAPHQL_PARSE_FAILED"]);
  });
});

describe("HTTP semantics of request errors", () => {
  const cases: [string, { query: string; variables?: unknown }, string][] = [
    [
      "too costly",
      { query: `{ events(first: 100) { edges { node { citations { source { publisher { events(first: 100) { edges { node { title } } } } } } } } } }` },
      "QUERY_TOO_COSTLY",
    ],
    [
      "too deep",
      {
        query: `{ company(slug: "meta") { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { slug } } } } } } } } } } } } } }`,
      },
      "QUERY_TOO_DEEP",
    ],
    ["a bad variable", { query: "query($f:Int){companies(first:$f){totalCount}}", variables: { f: "x" } }, "BAD_USER_INPUT"],
    ["a parse error", { query: "{ companies(" }, "GRAPHQL_PARSE_FAILED"],
    ["a validation error", { query: "{ noSuchField }" }, "GRAPHQL_VALIDATION_FAILED"],
  ];
  it.each(cases)("%s: 400 under application/graphql-response+json, 200 under application/json, with its code", async (_name, request, code) => {
    const strict = await graphql(url, request);
    expect([strict.status, codesOf(strict)]).toEqual([400, [code]]);
    expect(strict.headers.get("content-type")).toMatch(/^application\/graphql-response\+json/);
    const legacy = await graphql(url, request, { accept: JSON_ONLY });
    expect([legacy.status, codesOf(legacy)]).toEqual([200, [code]]);
    expect(legacy.headers.get("content-type")).toMatch(/^application\/json/);
  });

  it("answers an APQ hash mismatch with its own code", async () => {
    const reply = await graphql(url, { query: "{ viewer { role } }", extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } });
    expect([reply.status, codesOf(reply)]).toEqual([400, ["PERSISTED_QUERY_HASH_MISMATCH"]]);
  });

  it("refuses a mutation without a key, even one that only asks for __typename", async () => {
    const anonymous = await graphql(url, { query: "mutation { __typename }" });
    expect([anonymous.status, codesOf(anonymous)]).toEqual([401, ["UNAUTHENTICATED"]]);
    expect(anonymous.headers.get("www-authenticate")).toMatch(/^Bearer/);
    const withKey = await graphql(url, { query: "mutation { __typename }" }, { key: keys.reader });
    expect(withKey.body.data).toEqual({ __typename: "Mutation" });
  });
});

describe("introspection", () => {
  it("answers the full introspection query, every option on, without using up the budget", async () => {
    const query = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true });
    const reply = await graphql(url, { query });
    expect(reply.status).toBe(200);
    expect(reply.body.data?.__schema.types.length).toBeGreaterThan(50);
    expect(reply.body.extensions?.cost.requestedQueryCost).toBeLessThan(1_000);
  });

  it("refuses introspection lists nested past the standard query's", async () => {
    // graphql-js's own MaxIntrospectionDepthRule or Orchard's list-nesting limit, whichever sees it first.
    for (const query of [
      `{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }`,
      `{ __schema { types { enumValues { name } fields { args { type { enumValues { name } } } } } } }`,
    ]) {
      const reply = await graphql(url, { query });
      expect(reply.status).toBe(400);
      expect(["GRAPHQL_VALIDATION_FAILED", "QUERY_TOO_DEEP"]).toContain(codesOf(reply)[0]);
    }
  });
});

describe("validated inputs", () => {
  // Every row has three items: jest reads a test function with more parameters than items as taking `done`.
  const badInput: [string, string, Record<string, unknown> | undefined][] = [
    ["a NUL byte in a slug", `{ company(slug: "meta\\u0000") { name } }`, undefined],
    ["a lone surrogate in a search", `query($q: String!) { search(query: $q) { score } }`, { q: "\ud800" }],
    ["a date before the year 1000", `{ compare(slugs: ["meta"], asOf: "0000-01-01") { asOf } }`, undefined],
    ["a 960-character search", `{ search(query: "${"x".repeat(960)}") { score } }`, undefined],
    ["a slug that is not one", `{ company(slug: "Meta Platforms") { name } }`, undefined],
  ];
  it.each(badInput)("refuses %s with BAD_USER_INPUT before the database", async (_name, query, variables) => {
    const reply = await graphql(url, { query, variables });
    expect([reply.status, codesOf(reply)]).toEqual([400, ["BAD_USER_INPUT"]]);
    expect(reply.text).not.toMatch(LEAK);
  });

  it("answers a global ID beyond the integer range as unknown (null), not with an SQL error", async () => {
    const id = Buffer.from("Event:99999999999").toString("base64url");
    const reply = await graphql(url, { query: `query($id: ID!) { node(id: $id) { id } event(id: $id) { id } }`, variables: { id } });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ data: { node: null, event: null } });
    expect(reply.body.errors).toBeUndefined();
  });

  it("refuses a 900 KB cursor without echoing it", async () => {
    const reply = await graphql(url, { query: `query($after: String) { events(after: $after) { totalCount } }`, variables: { after: "A".repeat(900_000) } });
    expect([reply.status, codesOf(reply)]).toEqual([400, ["BAD_USER_INPUT"]]);
    expect(reply.text.length).toBeLessThan(2_000);
  });
});

describe("safe by default", () => {
  it("answers Express-level errors as JSON without a stack", async () => {
    const tooLarge = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ viewer { role } }`, pad: "x".repeat(1_100_000) }),
    });
    const badJson = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: "{ not json" });
    const badCharset = await fetch(url, { method: "POST", headers: { "content-type": "application/json; charset=klingon" }, body: "{}" });
    const unknown = await fetch(`${baseUrl}/wp-admin`);
    for (const [response, status, code] of [
      [tooLarge, 413, "PAYLOAD_TOO_LARGE"],
      [badJson, 400, "BAD_REQUEST"],
      [badCharset, 415, "UNSUPPORTED_MEDIA_TYPE"],
      [unknown, 404, "NOT_FOUND"],
    ] as const) {
      expect(response.status).toBe(status);
      expect(response.headers.get("content-type")).toMatch(/^application\/json/);
      const text = await response.text();
      expect(JSON.parse(text).errors[0].extensions.code).toBe(code);
      expect(text).not.toMatch(LEAK);
    }
  });

  it("writes one log line per request, without keys, cookies or the web's client token", async () => {
    const requestId = `security-log-${Date.now()}`;
    await graphql(
      url,
      { query: "{ viewer { role } }" },
      { key: keys.reader, headers: { cookie: "session=cookie-secret-value", "x-orchard-client-token": webClientToken, "x-request-id": requestId } },
    );
    await new Promise((resolve) => setTimeout(resolve, 300)); // the log line is written as the response ends
    const log = readFileSync(logFile, "utf8");
    expect(log.split("\n").filter((line) => line.includes(requestId))).toHaveLength(1);
    expect(log).not.toContain(keys.reader);
    expect(log).not.toContain(keys.reader.slice(5, 25));
    expect(log).not.toContain("cookie-secret-value");
    expect(log).not.toContain(webClientToken);
  });
});

describe("exports", () => {
  const hostile: [string, RegExp][] = [
    ["events.csv?types=toString", /not an event type/],
    ["events.csv?status=constructor", /not an event status/],
    ["events.csv?minConfidence=Infinity", /must be a number/],
    ["events.csv?minConfidence=NaN", /must be a number/],
    ["events.csv?language=en%00", /NUL|language tag/],
    ["roles.csv?asOf=0000-01-01", /year 1000/],
    ["events.csv?from=2025-02-30", /date \(YYYY-MM-DD\) that exists/],
    ["events.csv?entities=meta%ud800", /slugs|Unicode/],
    ["events.csv?asOf=2025-01-01&asOf=2025-02-01", /once/],
  ];
  it.each(hostile)("/export/%s answers 400 with what was wrong", async (path, message) => {
    const response = await fetch(`${baseUrl}/export/${path}`);
    const text = await response.text();
    expect(response.status).toBe(400);
    expect(JSON.parse(text).errors[0]).toMatchObject({ message: expect.stringMatching(message), extensions: { code: "BAD_USER_INPUT" } });
    expect(text).not.toMatch(LEAK);
  });

  it("streams repeated exports without leaking listeners", async () => {
    for (let index = 0; index < 15; index++) {
      const response = await fetch(`${baseUrl}/export/sources.ndjson`, { headers: { authorization: `Bearer ${keys.reader}` } });
      expect(response.status).toBe(200);
      expect((await response.text()).split("\n").filter(Boolean).length).toBeGreaterThan(0);
    }
    expect(readFileSync(logFile, "utf8")).not.toMatch(/MaxListenersExceededWarning/);
  });
});

describe("health", () => {
  it("answers liveness without the database and readiness with it", async () => {
    const live = await fetch(`${baseUrl}/healthz`);
    expect([live.status, await live.json()]).toEqual([200, { ok: true }]);
    const ready = await fetch(`${baseUrl}/readyz`);
    expect([ready.status, await ready.json()]).toEqual([200, { ready: true, database: "ok", kind: "pglite", pendingMigrations: [] }]);
  });
});

describe("webhook targets", () => {
  const refused = [
    "http://169.254.169.254/latest/meta-data/",
    "http://127.0.0.1:4000/graphql",
    "http://[::1]/hook",
    "http://[::ffff:127.0.0.1]/hook",
    "http://10.1.2.3/hook",
    "http://192.168.1.10/hook",
    "http://172.20.0.5/hook",
    "http://224.0.0.251/hook",
    "http://0.0.0.0/hook",
    "http://localhost:4000/hook",
    "http://api.localhost/hook",
    "ftp://partner.example.test/hook",
    "file:///etc/passwd",
  ];
  it.each(refused)("refuses %s at registration", async (target) => {
    const reply = await graphql(url, { query: `mutation($url: String!) { registerWebhook(url: $url) { secret } }`, variables: { url: target } }, { key: keys.admin });
    expect(codesOf(reply)).toEqual(["BAD_USER_INPUT"]);
  });

  it("accepts a public address", async () => {
    const reply = await graphql(
      url,
      { query: `mutation($url: String!) { registerWebhook(url: $url) { webhook { url } } }`, variables: { url: "https://93.184.216.34/orchard" } },
      { key: keys.admin },
    );
    expect(reply.body.data?.registerWebhook.webhook.url).toBe("https://93.184.216.34/orchard");
  });
});
