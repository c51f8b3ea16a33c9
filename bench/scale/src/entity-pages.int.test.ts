import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { COMPANY_PAGE, COMPARE, LAB_PAGE, MODEL_PAGE, PERSON_PAGE } from "../../../apps/api/src/test-support/read-queries";
import { generateCorpus } from "./corpus/generate";
import { openPgSink } from "./db/pg-sink";
import { openPgliteSink } from "./db/pglite-sink";
import type { CorpusSink } from "./db/sink";
import { seedWithOrchard } from "./orchard";
import { startOrchardInProcess, type OrchardInProcess } from "./plans/orchard-in-process";
import { outline, planOf, sequentialScans, tableReads } from "./plans/plan-tree";
import { EVENT_BOUNDED_COUNT } from "./bench/requests";

/**
 * The entity pages' SQL at 50,000 generated events (bench/scale's generator on top of Orchard's
 * seed, on PGlite, or on PostgreSQL with DATABASE_URL): every statement the company, lab, model
 * and person pages and compare send is EXPLAINed with its own values, and none may read Event, Citation,
 * EventParticipant or Mention from end to end. Pages of the headline companies (tens of thousands
 * of participations at a million events) and of rarely named generated entities are both checked:
 * the planner's choice depends on how many rows an entity has.
 */
const EVENTS = 50_000;
const INDEXED_TABLES = new Set(["Event", "Citation", "EventParticipant", "Mention"]);

interface Target {
  orchard: { databaseUrl: string } | { pgliteDir: string };
  openSink(): Promise<CorpusSink>;
  drop(): Promise<void>;
}

async function postgresTarget(serverUrl: string): Promise<Target> {
  const name = `orchard_scale_test_${crypto.randomBytes(5).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    orchard: { databaseUrl: url.toString() },
    openSink: () => openPgSink(url.toString()),
    async drop() {
      // Closed connections may take a moment to leave the server.
      for (let attempt = 1; ; attempt++) {
        try {
          await admin.query(`DROP DATABASE IF EXISTS "${name}"`);
          break;
        } catch (error) {
          if (attempt >= 50 || !/being accessed by other users/.test(String(error))) throw error;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
      await admin.end();
    },
  };
}

function pgliteTarget(): Target {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "orchard-scale-test-"));
  const dataDir = path.join(dir, "pglite");
  return {
    orchard: { pgliteDir: dataDir },
    openSink: () => openPgliteSink(dataDir),
    drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

let target: Target;
let orchard: OrchardInProcess;
const slugs: Record<string, string> = {};

beforeAll(async () => {
  target = process.env.DATABASE_URL ? await postgresTarget(process.env.DATABASE_URL) : pgliteTarget();
  await seedWithOrchard(target.orchard);
  const sink = await target.openSink();
  try {
    await generateCorpus({ sink, events: EVENTS, seed: 7, replace: false, progress: () => undefined });
    // The busiest and a rarely named generated entity of each kind.
    for (const [kind, orgKind] of [
      ["ORGANIZATION", "COMPANY"],
      ["MODEL", null],
      ["PERSON", null],
    ] as const) {
      const rows = await sink.query<{ slug: string }>(
        `SELECT e.slug FROM "Entity" e LEFT JOIN "Organization" o ON o."entityId" = e.id
         JOIN "EventParticipant" p ON p."entityId" = e.id
         WHERE e.synthetic AND e.kind = $1::text::"EntityKind" AND ($2::text IS NULL OR o.kind::text = $2)
         GROUP BY e.slug ORDER BY count(*) DESC, e.slug`,
        [kind, orgKind],
      );
      slugs[`busiest ${kind}`] = rows[0].slug;
      slugs[`rare ${kind}`] = rows[rows.length - 1].slug;
    }
  } finally {
    await sink.close();
  }
  orchard = await startOrchardInProcess(target.orchard);
}, 900_000);

afterAll(async () => {
  await orchard?.stop();
  await target?.drop();
});

async function statementsOf(query: string, variables: Record<string, unknown>) {
  orchard.take();
  const response = await fetch(orchard.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: { message: string }[] };
  expect(body.errors).toBeUndefined();
  expect(Object.values(body.data ?? {})[0]).not.toBeNull();
  return orchard.take();
}

const pages: [string, string, () => Record<string, unknown>][] = [
  ["company page of meta", COMPANY_PAGE, () => ({ slug: "meta" })],
  ["company page of openai", COMPANY_PAGE, () => ({ slug: "openai" })],
  ["company page of the busiest generated company", COMPANY_PAGE, () => ({ slug: slugs["busiest ORGANIZATION"] })],
  ["company page of a rarely named generated company", COMPANY_PAGE, () => ({ slug: slugs["rare ORGANIZATION"] })],
  ["lab page of tbd-lab", LAB_PAGE, () => ({ slug: "tbd-lab" })],
  ["model page of avocado", MODEL_PAGE, () => ({ slug: "avocado" })],
  ["model page of the busiest generated model", MODEL_PAGE, () => ({ slug: slugs["busiest MODEL"] })],
  ["model page of a rarely named generated model", MODEL_PAGE, () => ({ slug: slugs["rare MODEL"] })],
  ["person page of mark-zuckerberg", PERSON_PAGE, () => ({ slug: "mark-zuckerberg" })],
  ["person page of the busiest generated person", PERSON_PAGE, () => ({ slug: slugs["busiest PERSON"] })],
  ["person page of a rarely named generated person", PERSON_PAGE, () => ({ slug: slugs["rare PERSON"] })],
  ["compare of meta, openai, google and mistral", COMPARE, () => ({ slugs: ["meta", "openai", "google", "mistral"] })],
  ["compare of them as of 2025-06-01", COMPARE, () => ({ slugs: ["meta", "openai", "google", "mistral"], asOf: "2025-06-01" })],
  ["compare of the busiest and a rarely named generated company", COMPARE, () => ({ slugs: [slugs["busiest ORGANIZATION"], slugs["rare ORGANIZATION"]] })],
];

describe(`entity pages at ${EVENTS.toLocaleString("en-US")} generated events: no sequential scan on Event, Citation, EventParticipant or Mention`, () => {
  it.each(pages)("%s", async (_label, query, variables) => {
    const statements = await statementsOf(query, variables());
    expect(statements.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const statement of statements) {
      const [row] = await orchard.query(`EXPLAIN (FORMAT JSON) ${statement.text}`, statement.values);
      const plan = planOf(row);
      const scanned = sequentialScans(plan, INDEXED_TABLES);
      if (scanned.length) problems.push(`${scanned.join(", ")} scanned by:\n${statement.text}\n${outline(plan)}`);
    }
    expect(problems).toEqual([]);
  });
});

// The language filter asks, of each event, whether a citation of it has a source in that language:
// covering indexes (migration 20261205000000_language_filter_indexes) answer that without reading a
// citation's or a source's row, which is what made the bounded count slow at a million events.
describe(`the language filter's bounded count at ${EVENTS.toLocaleString("en-US")} generated events`, () => {
  it("reads citations and sources from their indexes alone", async () => {
    const statements = (await statementsOf(EVENT_BOUNDED_COUNT, { filter: { language: "ja" } })).filter((statement) => / counted$/.test(statement.text));
    expect(statements).toHaveLength(1);
    const [row] = await orchard.query(`EXPLAIN (FORMAT JSON) ${statements[0].text}`, statements[0].values);
    const plan = planOf(row);
    // On failure, the plan is what is shown.
    expect(tableReads(plan, new Set(["Citation", "Source"])).length ? outline(plan) : "index-only").toBe("index-only");
  });
});
