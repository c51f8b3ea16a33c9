import fs from "node:fs";
import os from "node:os";
import { startOrchard } from "@orchard/bench-peer/dist/contenders/orchard";
import { unexpectedServerExits, type ServerProcess } from "@orchard/bench-peer/dist/contenders/process";
import { loadBenchConfig, type BenchConfig } from "../config";
import { analyze, corpusFacts, createSeedOnlyDatabase } from "../bench/databases";
import { walkToDeepPage, type DeepCursor } from "../bench/deep-page";
import { runExport, type ExportResult } from "../bench/export-run";
import { loadCell, postGraphQL, sequential } from "../bench/measure";
import { formatDeepPages, formatExports, formatQueries, formatSlowStatement, type Measured, type Side } from "../bench/report";
import { selectRequests, type ScaleRequest } from "../bench/requests";
import { explainSlowest, parseSlowLog, readLogFrom } from "../bench/slow-statements";
import { openDatabase } from "../db/target";

/**
 * `npm run bench:scale`: Orchard on the generated corpus and, as the yardstick, on a database with
 * only the seed knowledge base, on the same server: sequential p50/p99, req/s and p99 at each
 * connection count (autocannon in its own process), a page 500 pages deep, exports with the API's
 * peak RSS, and the slow statements with their plans. See bench/scale/README.md.
 */
const progress = (line: string) => process.stderr.write(`${line}\n`);
/** Requests may run long at a million events: their real time is measured, not a timeout. */
const ORCHARD_ENV = { REQUEST_TIMEOUT_MS: "120000" };

interface SideResult {
  /** The Node Orchard ran on ("node v24.…"). */
  runtime: string;
  measured: Map<string, Measured>;
  deep?: DeepCursor;
  exports: ExportResult[];
}

async function measureSide(config: BenchConfig, side: Side, databaseUrl: string, requests: ScaleRequest[], withExports: boolean): Promise<SideResult> {
  progress(`[${side}] starting Orchard…`);
  const orchard: ServerProcess = await startOrchard({ databaseUrl, node: "24", pathEnv: config.pathEnv, env: ORCHARD_ENV });
  try {
    if (side === "seed") await analyze(databaseUrl);
    const result: SideResult = { runtime: orchard.runtime, measured: new Map(), exports: [] };
    const bodies = new Map(requests.map((request) => [request.name, JSON.stringify({ query: request.query, variables: request.variables })]));
    if (requests.some((request) => request.name === "events-deep")) {
      progress(`[${side}] walking meta's events to page 500…`);
      result.deep = await walkToDeepPage(orchard.url);
      const deep = requests.find((request) => request.name === "events-deep")!;
      bodies.set(deep.name, JSON.stringify({ query: deep.query, variables: { ...deep.variables, after: result.deep.after } }));
    }
    progress(`[${side}] warming up…`);
    for (const request of requests) await postGraphQL(orchard.url, bodies.get(request.name)!);
    for (const request of requests) {
      const body = bodies.get(request.name)!;
      const one = await sequential(orchard.url, body, { count: config.sequentialRequests, seconds: config.sequentialSeconds });
      const load = [];
      for (const connections of config.connections) {
        const cell = await loadCell({ url: orchard.url, body, connections, durationSeconds: config.duration, serverPid: orchard.pid, databaseUrl });
        load.push(cell);
        const drained = cell.drainSeconds > 1 ? `, server busy ${cell.drainSeconds.toFixed(0)} s after` : "";
        progress(
          `[${side}] ${request.label}@${connections}: ${cell.requestsPerSecond.toFixed(1)} req/s, p99 ${cell.p99} ms${cell.failures ? `, ${cell.failures} failed` : ""}${drained}`,
        );
      }
      progress(`[${side}] ${request.label}: sequential p50 ${one.p50.toFixed(1)} ms (${one.samples} requests)`);
      result.measured.set(request.name, { sequential: one, load });
    }
    if (withExports)
      for (const format of ["csv", "ndjson"] as const) {
        progress(`[${side}] export of meta's events as ${format}…`);
        const exported = await runExport({ graphqlUrl: orchard.url, serverPid: orchard.pid, format });
        result.exports.push(exported);
        progress(`[${side}]   ${exported.rows} rows in ${exported.seconds.toFixed(1)} s`);
      }
    return result;
  } finally {
    await orchard.stop();
  }
}

async function main(): Promise<number> {
  const config = loadBenchConfig();
  const loadBefore = os.loadavg()[0];
  const requests = selectRequests(config.only);
  const withExports = !config.only || config.only.includes("export");
  const teardown: (() => Promise<void>)[] = [];
  let stopping: Promise<void> | undefined;
  const stopAll = () =>
    (stopping ??= (async () => {
      for (const step of teardown.reverse()) await step().catch((error: Error) => progress(`teardown: ${error.message}`));
    })());
  for (const signal of ["SIGINT", "SIGTERM"] as const)
    process.once(signal, () => {
      progress(`\n${signal}: stopping Orchard and the database…`);
      void stopAll().then(() => process.exit(130));
    });
  try {
    if (!config.databaseUrl && !fs.existsSync(config.clusterDir)) throw new Error(`no corpus in ${config.clusterDir}: run npm run corpus:generate first (or set DATABASE_URL)`);
    const database = await openDatabase(config, { slowMs: config.slowMs });
    teardown.push(database.stop);
    const facts = await corpusFacts(database.url);
    if (facts.syntheticEvents === 0) throw new Error(`${database.describe} holds no synthetic corpus: run npm run corpus:generate first`);
    const logOffset = database.logFile ? fs.statSync(database.logFile).size : null;
    const seedOnly = await createSeedOnlyDatabase(database.url);
    teardown.push(seedOnly.drop);
    const label: Record<Side, string> = { seed: "seed", corpus: facts.events >= 1_000_000 ? `${(facts.events / 1_000_000).toFixed(2)}M` : `${Math.round(facts.events / 1000)}k` };
    const seed = await measureSide(config, "seed", seedOnly.url, requests, withExports);
    const corpus = await measureSide(config, "corpus", database.url, requests, withExports);

    console.log(
      `bench:scale on ${database.describe}: corpus ${facts.events.toLocaleString("en-US")} events (${facts.syntheticEvents.toLocaleString("en-US")} synthetic; meta in ${facts.metaEvents.toLocaleString("en-US")}), ${facts.size}; yardstick: the seed knowledge base alone on the same server`,
    );
    console.log(
      `Orchard on ${corpus.runtime}, ${os.cpus().length} cores, load average (1 min) ${loadBefore.toFixed(1)} before, ${os.loadavg()[0].toFixed(1)} after; sequential: up to ${config.sequentialRequests} requests or ${config.sequentialSeconds} s; autocannon ${config.duration} s per cell in its own process; Orchard REQUEST_TIMEOUT_MS=${ORCHARD_ENV.REQUEST_TIMEOUT_MS}`,
    );
    console.log(`latencies in ms; "!n" after req/s = n failed requests (timeouts at 60 s, non-2xx); answer = size of one answer\n`);
    const results = { seed: seed.measured, corpus: corpus.measured };
    console.log(formatQueries(requests, results, config.connections, label));
    if (seed.deep || corpus.deep) console.log(`\ndeep pages of meta's events:\n${formatDeepPages({ seed: seed.deep, corpus: corpus.deep }, results, label)}`);
    if (withExports)
      console.log(`\nexport of every meta event (GET /export/events.<format>?entities=meta):\n${formatExports({ seed: seed.exports, corpus: corpus.exports }, label)}`);
    if (database.logFile && logOffset !== null) {
      const databases = new Map([
        [new URL(database.url).pathname.slice(1), database.url],
        [new URL(seedOnly.url).pathname.slice(1), seedOnly.url],
      ]);
      const slow = parseSlowLog(readLogFrom(database.logFile, logOffset)).filter((statement) => /^(SELECT|WITH)\b/i.test(statement.text) && databases.has(statement.database));
      console.log(`\nslow statements (≥ ${config.slowMs} ms, log_min_duration_statement), by total time; plans of the slowest run (EXPLAIN ANALYZE, BUFFERS):`);
      if (!slow.length) console.log("  none");
      for (const statement of slow.slice(0, 12)) console.log(`\n${formatSlowStatement(statement, await explainSlowest(databases.get(statement.database)!, statement))}`);
    } else console.log("\nslow statements: not listed (the server's log is only read for the private cluster)");
    return 0;
  } finally {
    await stopAll();
  }
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`bench:scale failed: ${error.message}`);
    for (const exit of unexpectedServerExits()) console.error(`  ${exit}`);
    process.exit(1);
  },
);
