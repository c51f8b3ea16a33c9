import fs from "node:fs";
import path from "node:path";
import { checkSameAnswers } from "./check";
import { loadBenchConfig, repoRoot, type BenchConfig } from "./config";
import { orchardStyle, postgraphileStyle, type Contender } from "./contenders/contender";
import { startFloor } from "./contenders/floor";
import { startOrchard } from "./contenders/orchard";
import { unexpectedServerExits } from "./contenders/process";
import { startPostGraphile } from "./contenders/postgraphile";
import { runLoad, type LoadResult } from "./load";
import { externalPostgres, startPrivatePostgres } from "./postgres";
import { formatClosedLoop, formatOpenLoop, ratioLine, summarise, type CellSummary, type OpenLoopResult } from "./report";
import { BENCH_REQUESTS, CHECK_VARIANTS, type BenchRequest } from "./requests";
import { dropPeerSchema, installPeerSchema } from "./sql/install";
import { NO_SQL_FIGURES, StatementCounter, type SqlPerRequest } from "./sql-count";
import { fixed, rotation } from "./stats";

/**
 * `npm run bench:peer`: Orchard beside PostGraphile v5 and a hand-written floor on one PostgreSQL
 * holding the seed knowledge base (loaded through Orchard). Same answers are checked field by
 * field before any timing; then autocannon loads each contender in turn. See bench/peer/README.md.
 */
const progress = (line: string) => process.stderr.write(`${line}\n`);

function selectRequests(config: BenchConfig): BenchRequest[] {
  if (!config.only) return BENCH_REQUESTS;
  const unknown = config.only.filter((name) => !BENCH_REQUESTS.some((request) => request.name === name));
  if (unknown.length) throw new Error(`BENCH_QUERIES: unknown request(s) ${unknown.join(", ")}; known: ${BENCH_REQUESTS.map((r) => r.name).join(", ")}`);
  return BENCH_REQUESTS.filter((request) => config.only!.includes(request.name));
}

async function closedLoop(config: BenchConfig, contenders: Contender[], requests: BenchRequest[], sql: Map<string, SqlPerRequest>): Promise<CellSummary[]> {
  const cells: CellSummary[] = [];
  for (const request of requests) {
    for (const connections of config.connections) {
      const rounds = new Map<string, LoadResult[]>(contenders.map((c) => [c.name, []]));
      for (let round = 0; round < config.rounds; round++) {
        // Contenders take turns within the cell, in a different order each round.
        for (const contender of rotation(contenders, round)) {
          const result = await runLoad({
            url: contender.server.url,
            body: contender.body(request),
            connections,
            durationSeconds: config.duration,
            serverPid: contender.server.pid,
          });
          rounds.get(contender.name)!.push(result);
          progress(`  ${request.name}@${connections} round ${round + 1}/${config.rounds} ${contender.name}: ${fixed(result.requestsPerSecond, 1)} req/s`);
        }
      }
      for (const contender of contenders)
        cells.push(
          summarise(
            { contender: contender.name, request: request.name, label: request.label, connections, sql: sql.get(`${contender.name}:${request.name}`) ?? NO_SQL_FIGURES },
            rounds.get(contender.name)!,
          ),
        );
    }
  }
  return cells;
}

async function openLoop(config: BenchConfig, contenders: Contender[], requests: BenchRequest[]): Promise<OpenLoopResult[]> {
  const results: OpenLoopResult[] = [];
  const connections = Math.max(...config.connections);
  for (const request of requests)
    for (const contender of contenders) {
      const result = await runLoad({
        url: contender.server.url,
        body: contender.body(request),
        connections,
        durationSeconds: config.openLoopDuration,
        overallRate: config.openLoopRate,
        serverPid: contender.server.pid,
      });
      results.push({ contender: contender.name, request: request.name, label: request.label, achieved: result.requestsPerSecond, p50: result.p50, p99: result.p99 });
      progress(`  open loop ${request.name} ${contender.name}: p99 ${fixed(result.p99, 1)} ms`);
    }
  return results;
}

async function main(): Promise<number> {
  const config = loadBenchConfig();
  const requests = selectRequests(config);
  if (!fs.existsSync(path.join(repoRoot, "apps", "api", "dist", "scripts", "start.js")))
    throw new Error("apps/api/dist is missing: run `npm run bench:peer` from the repository root (turbo builds the API first)");
  const teardown: (() => Promise<void>)[] = [];
  // One teardown, whoever asks first (the end of the run, an error, Ctrl-C): the others wait for it.
  let stopping: Promise<void> | undefined;
  const stopAll = () =>
    (stopping ??= (async () => {
      for (const step of teardown.reverse()) await step().catch((error) => progress(`teardown: ${(error as Error).message}`));
    })());
  for (const signal of ["SIGINT", "SIGTERM"] as const)
    process.once(signal, () => {
      progress(`\n${signal}: stopping the servers and the database…`);
      void stopAll().then(() => process.exit(130));
    });
  try {
    progress("starting PostgreSQL…");
    const db = config.databaseUrl ? externalPostgres(config.databaseUrl) : await startPrivatePostgres({ binDir: config.postgresBinDir });
    teardown.push(db.stop);
    progress("starting Orchard (migrates and seeds an empty database)…");
    const orchard = await startOrchard({ databaseUrl: db.url, node: config.orchardNode, pathEnv: config.pathEnv });
    teardown.push(orchard.stop);
    // The same API with its response cache on (issue #9's second layer), reported apart: warm figures.
    const orchardCached = await startOrchard({ databaseUrl: db.url, node: config.orchardNode, pathEnv: config.pathEnv, name: "Orchard+cache", env: { RESPONSE_CACHE_MB: "64" } });
    teardown.push(orchardCached.stop);
    await installPeerSchema(db.url);
    if (config.databaseUrl) teardown.push(() => dropPeerSchema(db.url));
    progress("starting PostGraphile and the floor…");
    const postgraphile = await startPostGraphile({ databaseUrl: db.url, node: config.orchardNode === "24" ? "24" : "22", pathEnv: config.pathEnv });
    teardown.push(postgraphile.stop);
    const floor = await startFloor({ databaseUrl: db.url, node: config.orchardNode, pathEnv: config.pathEnv });
    teardown.push(floor.stop);
    const contenders = [orchardStyle(orchard), orchardStyle(orchardCached), postgraphileStyle(postgraphile), orchardStyle(floor)];

    console.log(`bench:peer on ${db.describe}`);
    console.log(contenders.map((c) => `${c.name} (${c.server.runtime}, pid ${c.server.pid})`).join(" · "));

    const checked = [...requests, ...CHECK_VARIANTS.filter((variant) => requests.some((request) => request.name === variant.name))];
    const failures = await checkSameAnswers(contenders[0], contenders.slice(1), checked);
    if (failures.length) {
      console.error(`\nThe contenders do not give the same answers; nothing was timed.\n\n${failures.join("\n\n")}`);
      return 1;
    }
    console.log(`same answers: ${checked.length} requests (${requests.length} timed) × ${contenders.length} contenders equal field by field`);

    const counter = await StatementCounter.open(db.url);
    teardown.push(() => counter.close());
    if (counter.unavailableReason) console.log(`SQL/req not measured: ${counter.unavailableReason}`);
    const sql = new Map<string, SqlPerRequest>();
    for (const request of requests) for (const contender of contenders) sql.set(`${contender.name}:${request.name}`, await counter.perRequest(contender, request));

    if (config.checkOnly) {
      for (const request of requests)
        console.log(
          `SQL/req ${request.name}: ${contenders.map((c) => `${c.name} ${fixed(sql.get(`${c.name}:${request.name}`)?.statements ?? Number.NaN, 1)} (${fixed(sql.get(`${c.name}:${request.name}`)?.execMs ?? Number.NaN, 2)} ms)`).join(", ")}`,
        );
      return 0;
    }

    console.log(
      `${config.rounds} rounds × ${config.duration} s per cell, connections ${config.connections.join("/")}, medians; ` +
        `open loop ${config.openLoopRate} req/s × ${config.openLoopDuration} s; autocannon in its own process (node ${process.version})`,
    );
    progress("warming up…");
    for (const request of requests)
      for (const contender of contenders)
        await runLoad({ url: contender.server.url, body: contender.body(request), connections: 10, durationSeconds: 1, serverPid: contender.server.pid });

    const cells = await closedLoop(config, contenders, requests, sql);
    const open = await openLoop(config, contenders, requests);
    console.log(
      `\nclosed loop (medians of ${config.rounds} rounds; CPU = server process tree; SQL = pg_stat_statements calls per request; DB = their execution time per request, from sequential requests)`,
    );
    console.log(formatClosedLoop(cells));
    console.log(`\nopen loop: ${config.openLoopRate} req/s offered, ${Math.max(...config.connections)} connections, ${config.openLoopDuration} s`);
    console.log(
      formatOpenLoop(
        open,
        contenders.map((c) => c.name),
      ),
    );
    console.log("");
    console.log(ratioLine(cells));
    console.log(ratioLine(cells, { orchard: "Orchard+cache", peer: "PostGraphile", floor: "floor" }));
    return 0;
  } finally {
    await stopAll();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`bench:peer failed: ${(error as Error).message}`);
    for (const exit of unexpectedServerExits()) console.error(`  ${exit}`);
    process.exit(1);
  },
);
