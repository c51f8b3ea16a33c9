import fs from "node:fs";
import path from "node:path";
import { AsyncLocalStorage } from "node:async_hooks";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlDriverAdapterFactory, SqlQueryable } from "@prisma/driver-adapter-utils";
import { Prisma, PrismaClient } from "../generated/prisma/client";
import { PGliteWorkerClient } from "./pglite-client";
import { pgliteReader, pgReader, type SqlReader } from "./sql-reader";
import { openReplicaSet, primaryOnly, type ReadRouting, type ReplicaSetOptions } from "./replica-set";

export { Prisma, PrismaClient };
export type * from "../generated/prisma/client";

/**
 * Counts the SQL statements issued inside one request (or any other unit of work). The read path
 * counts its own (countingReader); Prisma's are counted through an AsyncLocalStorage scope, which
 * costs a promise hook on every promise, so servers open that scope only when asked to expose counts.
 */
export class StatementCounter {
  count = 0;
}
const statementScope = new AsyncLocalStorage<StatementCounter>();
const countStatement = () => {
  const counter = statementScope.getStore();
  if (counter) counter.count += 1;
};

/** Runs `work` and returns its result with the number of SQL statements it sent to the database. */
export async function countStatements<T>(work: () => Promise<T>): Promise<{ result: T; statements: number }> {
  const counter = new StatementCounter();
  const result = await statementScope.run(counter, work);
  return { result, statements: counter.count };
}

export function runWithStatementCounter<T>(counter: StatementCounter, work: () => T): T {
  return statementScope.run(counter, work);
}

function countingQueryable<T extends SqlQueryable>(target: T): T {
  const queryRaw = target.queryRaw.bind(target);
  const executeRaw = target.executeRaw.bind(target);
  target.queryRaw = (query) => {
    countStatement();
    return queryRaw(query);
  };
  target.executeRaw = (query) => {
    countStatement();
    return executeRaw(query);
  };
  return target;
}

/** Wraps a driver adapter factory so that every statement it runs is counted in the current scope. */
function withStatementCounting(factory: SqlDriverAdapterFactory): SqlDriverAdapterFactory {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter: SqlDriverAdapter = countingQueryable(await connect());
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => countingQueryable(await startTransaction(isolationLevel));
    return adapter;
  };
  return factory;
}

export interface Database {
  /** Writes, and reads off the hot path. */
  prisma: PrismaClient;
  /** Hand-shaped SQL straight to the primary (rate limits, NOTIFY, subscriptions). */
  reader: SqlReader;
  /** The GraphQL read path's statements: a reader per request, on a replica when there are any. */
  reads: ReadRouting;
  /** Runs a multi-statement SQL script (migrations). */
  execScript(sql: string): Promise<void>;
  kind: "pglite" | "postgres";
  describe: string;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgresql://… selects PostgreSQL; otherwise PGlite. */
  databaseUrl?: string;
  /** PGlite data directory; `memory://` for an in-memory database (tests). */
  pgliteDir?: string;
  /** PostgreSQL only: the longest a statement may run (`statement_timeout`); PGlite cannot interrupt one. */
  statementTimeoutMs?: number;
  /** PostgreSQL only: connections per pool (the primary's, and each replica's). */
  poolSize?: number;
  /** PostgreSQL only: streaming replicas for the read path (DATABASE_REPLICA_URLS). */
  replicas?: { urls: string[] } & Pick<ReplicaSetOptions, "strategy" | "maxLagMs" | "checkIntervalMs" | "onChange">;
}

/** The one place that creates Prisma clients: PGlite by default, PostgreSQL when a URL is given. */
export async function createDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) {
    const { default: pg } = await import("pg");
    const openPool = (connectionString: string, connectionTimeoutMillis?: number) =>
      new pg.Pool({
        connectionString,
        max: options.poolSize ?? 10,
        ...(connectionTimeoutMillis ? { connectionTimeoutMillis } : {}),
        // Set once per connection, not per request: no extra round trip. JIT off: the read path's
        // statements are short, and at a million events their cost estimates crossed jit_above_cost,
        // so each paid about a second of LLVM compilation (compare's events: 1.7 s with, 0.3 s without).
        // No parallel workers: the API's concurrent requests already use the cores, and a page's
        // Gather Merge cost more than it saved (an export batch of meta's events: 124 ms with, 38 without).
        // Random reads priced as the cached or SSD-backed reads they are (1.1, not the spinning-disk 4):
        // at 4 the planner read small tables whole rather than probe an index, 10–20 times the CPU
        // per row (the company page's statements: 3.6 → 2.5 ms on the seed data).
        options: [
          "-c jit=off -c max_parallel_workers_per_gather=0 -c random_page_cost=1.1",
          ...(options.statementTimeoutMs ? [`-c statement_timeout=${options.statementTimeoutMs}`] : []),
        ].join(" "),
      });
    const pool = openPool(options.databaseUrl);
    // An idle connection the server dropped (a restart) reports here; the pool replaces it on next use.
    pool.on("error", () => undefined);
    const prisma = new PrismaClient({ adapter: withStatementCounting(new PrismaPg(pool)) });
    const url = new URL(options.databaseUrl);
    const reader = pgReader(pool);
    const replicaOptions = options.replicas;
    const replicas = replicaOptions?.urls ?? [];
    // A replica that does not accept a connection within 2 s is skipped rather than waited for.
    const reads =
      replicaOptions && replicas.length
        ? openReplicaSet({ ...replicaOptions, primary: reader, pools: replicas.map((replica) => openPool(replica, 2_000)), readerOf: pgReader })
        : primaryOnly(reader);
    return {
      prisma,
      reader,
      reads,
      kind: "postgres",
      describe: `PostgreSQL ${url.host}${url.pathname}${replicas.length ? ` (+${replicas.length} read ${replicas.length === 1 ? "replica" : "replicas"})` : ""}`,
      async execScript(sql) {
        await pool.query(sql);
      },
      async close() {
        await reads.close();
        await prisma.$disconnect();
        if (!pool.ended) await pool.end(); // shutdown and a test's teardown may both close
      },
    };
  }
  if (options.replicas?.urls.length) throw new Error("DATABASE_REPLICA_URLS needs DATABASE_URL: the embedded PGlite has no replicas");
  const dir = options.pgliteDir ?? "memory://";
  const inMemory = dir.startsWith("memory://");
  const releaseLock = inMemory ? () => undefined : lockDataDir(dir);
  // PGlite runs in a worker thread (pglite-worker.ts): a long statement does not block the event loop.
  const pglite = await PGliteWorkerClient.start({ dir }).catch((error: unknown) => {
    releaseLock();
    throw error;
  });
  const prisma = new PrismaClient({ adapter: withStatementCounting(pglite.adapterFactory()) });
  const reader = pgliteReader(pglite);
  return {
    prisma,
    reader,
    reads: primaryOnly(reader),
    kind: "pglite",
    describe: dir.startsWith("memory://") ? "PGlite (in memory)" : `PGlite ${dir}`,
    async execScript(sql) {
      await pglite.exec(sql);
    },
    async close() {
      await prisma.$disconnect();
      await pglite.close();
      releaseLock();
    },
  };
}

/**
 * PGlite is one process's database: a second process opening the same directory corrupts it. A lock
 * file holding the owner's PID makes a second opener (seed, bench, a second `npm start`) refuse clearly.
 */
function lockDataDir(dir: string): () => void {
  fs.mkdirSync(path.dirname(dir), { recursive: true }); // PGlite creates only the last path segment
  const lockFile = `${dir}.lock`;
  try {
    fs.writeFileSync(lockFile, String(process.pid), { flag: "wx" });
  } catch {
    const owner = Number(fs.readFileSync(lockFile, "utf8"));
    if (owner && owner !== process.pid && isAlive(owner))
      throw new Error(`The embedded database ${dir} is in use by process ${owner} (npm start?). Stop it first, or set DATABASE_URL.`);
    fs.writeFileSync(lockFile, String(process.pid)); // stale lock of a process that died
  }
  const release = () => fs.rmSync(lockFile, { force: true });
  process.once("exit", release);
  return release;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
