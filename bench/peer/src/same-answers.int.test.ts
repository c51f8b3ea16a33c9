import crypto from "node:crypto";
import pg from "pg";
import { checkSameAnswers, post } from "./check";
import { orchardStyle, postgraphileStyle } from "./contenders/contender";
import { startFloor } from "./contenders/floor";
import { startOrchard } from "./contenders/orchard";
import { startPostGraphile } from "./contenders/postgraphile";
import type { ServerProcess } from "./contenders/process";
import { BENCH_REQUESTS, CHECK_VARIANTS } from "./requests";
import { installPeerSchema } from "./sql/install";

/**
 * The benchmark's same-answer check as a test, on a fresh database of the PostgreSQL at
 * DATABASE_URL (`npm run test:postgres`; needs the built API and this package's dist): Orchard seeds
 * it, schema `peer` is installed, and PostGraphile's and the floor's answers to every timed request
 * and every check variant must equal Orchard's field by field. When Orchard's answers change on
 * purpose (as the as-of rule did), this fails until sql/ and floor/ follow, rather than the next
 * `npm run bench:peer` refusing to time.
 */
const serverUrl = process.env.DATABASE_URL!;
const name = `orchard_peer_test_${crypto.randomBytes(5).toString("hex")}`;
const servers: ServerProcess[] = [];
let databaseUrl: string;

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  await admin((client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  databaseUrl = url.toString();
  servers.push(await startOrchard({ databaseUrl, node: "project", pathEnv: process.env.PATH }));
  await installPeerSchema(databaseUrl);
  servers.push(await startPostGraphile({ databaseUrl, node: "22", pathEnv: process.env.PATH }));
  servers.push(await startFloor({ databaseUrl, node: "project", pathEnv: process.env.PATH }));
});

afterAll(async () => {
  for (const server of servers.reverse()) await server.stop();
  await admin(async (client) => {
    // The servers' pools may take a moment to leave the database.
    for (let attempt = 1; ; attempt++) {
      try {
        return await client.query(`DROP DATABASE IF EXISTS "${name}"`);
      } catch (error) {
        if (attempt >= 50 || !/being accessed by other users/.test(String(error))) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  });
});

it("PostGraphile and the floor answer every benchmark request and check variant as Orchard does", async () => {
  const [orchard, postgraphile, floor] = servers;
  const requests = [...BENCH_REQUESTS, ...CHECK_VARIANTS];
  expect(new Set(requests.map((request) => request.name))).toEqual(new Set(["company", "compare", "events", "model", "search"]));
  // Equal answers prove something only if Orchard has answers: the seeded comparison is not empty.
  const compare = BENCH_REQUESTS.find((request) => request.name === "compare")!;
  const answer = (await post(orchard.url, JSON.stringify({ query: compare.query, variables: compare.variables }))) as {
    data: { compare: { companies: unknown[]; talentFlows: unknown[] } };
  };
  expect(answer.data.compare.companies).toHaveLength(4);
  expect(answer.data.compare.talentFlows.length).toBeGreaterThan(0);
  const failures = await checkSameAnswers(orchardStyle(orchard), [postgraphileStyle(postgraphile), orchardStyle(floor)], requests);
  // The failures' text names each differing field with both values.
  expect(failures.join("\n\n")).toBe("");
});
