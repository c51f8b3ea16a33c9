import "reflect-metadata";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { loadConfig } from "../config";
import { createDatabase } from "../db/prisma";
import { applyMigrations } from "../db/migrate";
import { createLogger } from "../logger";
import { seedIfEmpty } from "../seed/seed-database";
import { startApiServer } from "../server";

/**
 * `npm run bench:api`: three representative queries against the seeded database, each driven by
 * autocannon for a bounded time. PostgreSQL when DATABASE_URL is set; otherwise a fresh PGlite in a
 * temporary folder (so a running `npm start` is not disturbed).
 */
const QUERIES: Record<string, string> = {
  "company page (meta)": `{ company(slug: "meta") { name description country aliases { name language }
      labs { slug name } models { slug name status access expectedRelease { text } }
      roles { title person { name } }
      events(first: 20) { totalCount edges { node { title type occurredOn { text } figures { text value unit }
        citations { quote stance source { title language } } } } } } }`,
  "compare meta/openai/google/mistral": `{ compare(slugs: ["meta", "openai", "google", "mistral"]) { asOf
      companies { slug name labs { slug } models { model { slug name } status access expectedRelease { text } }
        keyPeople { title person { name } } capexGuidance { text value effectiveOn { text } } eventCounts { type count }
        recentEvents { title occurredOn { text } } }
      talentFlows { person { name } fromCompany { slug } toCompany { slug } } } }`,
  "50 events with citations": `{ events(first: 50) { totalCount edges { node { title type status confidence occurredOn { text }
      participants { role entity { slug name } } figures { kind metric value unit text }
      citations { quote stance attributedTo { name } source { title language publishedOn } } } } } }`,
  "model page (avocado)": `{ model(slug: "avocado") { slug name description kind modality status access family { slug name }
      developer { slug name } owner { slug name } releasedOn { text } aliases { name language kind }
      expectedRelease { text date { text start } event { id firstReportedOn } citations { quote source { id language } } }
      lineage { relation outgoing model { slug name } }
      events(first: 20) { totalCount edges { node { title type occurredOn { text } figures { text value unit }
        citations { quote stance source { title language } } } } } } }`,
  search: `{ search(query: "open", first: 10) { entity { __typename slug name } matchedAlias language score } }`,
};

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
}

/** autocannon in its own process, so the load generator does not steal the server's CPU. */
async function runAutocannon(options: { url: string; body: string; duration: number; connections: number }): Promise<AutocannonResult> {
  const bin = require.resolve("autocannon/autocannon.js");
  const args = [bin, "--json", "-d", String(options.duration), "-c", String(options.connections), "-m", "POST"];
  args.push("-H", "content-type=application/json", "-b", options.body, options.url);
  const { stdout } = await promisify(execFile)(process.execPath, args, { maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(stdout) as AutocannonResult;
}

async function main() {
  const duration = Number(process.env.BENCH_DURATION ?? 10);
  const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
  const tempDir = process.env.DATABASE_URL ? undefined : fs.mkdtempSync(path.join(os.tmpdir(), "orchard-bench-"));
  // Rate limiting off: autocannon from one address would otherwise measure 429s, not queries.
  const config = loadConfig({
    ...process.env,
    LOG_LEVEL: "warn",
    EXPOSE_SQL_COUNT: "1",
    RATE_LIMIT_ENABLED: "0",
    // The uncached read path: repeating one query would otherwise measure the response cache.
    RESPONSE_CACHE_MB: "0",
    ...(tempDir ? { PGLITE_DIR: path.join(tempDir, "pglite") } : {}),
  });
  const db = await createDatabase({ databaseUrl: config.DATABASE_URL, pgliteDir: config.PGLITE_DIR });
  await applyMigrations({ db, migrationsDir: config.MIGRATIONS_DIR });
  await seedIfEmpty({ db, config });
  const server = await startApiServer({ config, db, logger: createLogger(config), port: 0 });
  console.log(`bench:api on ${db.describe}: ${duration} s per query, ${connections} connections, node ${process.version}`);
  console.log(["query".padEnd(36), "req/s".padStart(9), "p50 ms".padStart(8), "p99 ms".padStart(8), "SQL/req".padStart(8), "CPU ms/req".padStart(11)].join(" "));
  try {
    for (const [name, query] of Object.entries(QUERIES)) {
      const body = JSON.stringify({ query });
      const probe = await fetch(server.url, { method: "POST", headers: { "content-type": "application/json" }, body });
      const probeBody = (await probe.json()) as { errors?: unknown[]; extensions?: { sqlStatements?: number } };
      if (probeBody.errors) throw new Error(`${name} failed: ${JSON.stringify(probeBody.errors)}`);
      // The server runs in this process and autocannon in its own: this process's CPU is the server's.
      const cpuBefore = process.cpuUsage();
      const result = await runAutocannon({ url: server.url, body, duration, connections });
      const cpu = process.cpuUsage(cpuBefore);
      const cpuMsPerRequest = (cpu.user + cpu.system) / 1000 / Math.max(1, result.requests.total);
      if (result.non2xx || result.errors) throw new Error(`${name}: ${result.non2xx} non-2xx responses, ${result.errors} errors`);
      console.log(
        [
          name.padEnd(36),
          result.requests.average.toFixed(1).padStart(9),
          String(result.latency.p50).padStart(8),
          String(result.latency.p99).padStart(8),
          String(probeBody.extensions?.sqlStatements ?? "?").padStart(8),
          cpuMsPerRequest.toFixed(2).padStart(11),
        ].join(" "),
      );
    }
  } finally {
    await new Promise((resolve) => setTimeout(resolve, 1000)); // let the last in-flight requests finish
    await server.stop();
    await db.close();
    if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
