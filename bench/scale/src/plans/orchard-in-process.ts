import path from "node:path";
import { apiDist, repoRoot } from "../orchard";

/**
 * Orchard's built API started in this process on a given database, with every SQL statement it
 * sends recorded (its read path's reader, and Prisma's raw queries), so that a test can EXPLAIN
 * exactly what a page runs. Only for tests: the benchmark runs Orchard as its own process.
 */
export interface RecordedStatement {
  text: string;
  values: unknown[];
}

interface SqlStatementLike {
  name?: string;
  text: string;
}

interface ReaderLike {
  query(statement: SqlStatementLike, values: readonly unknown[], ...rest: unknown[]): Promise<Record<string, unknown>[]>;
}

interface DatabaseLike {
  reader: ReaderLike;
  prisma: object;
  close(): Promise<void>;
}

export interface OrchardInProcess {
  url: string;
  /** Statements sent since the last `take()`. */
  take(): RecordedStatement[];
  /** Runs a statement through Orchard's own reader (the same connection pool or PGlite worker). */
  query(text: string, values: unknown[]): Promise<Record<string, unknown>[]>;
  stop(): Promise<void>;
}

const load = <T>(relative: string): T => require(path.join(apiDist, relative)) as T;

export async function startOrchardInProcess(target: { databaseUrl: string } | { pgliteDir: string }): Promise<OrchardInProcess> {
  require(require.resolve("reflect-metadata", { paths: [path.join(repoRoot, "apps", "api")] }));
  const { loadConfig } = load<{ loadConfig: (env: NodeJS.ProcessEnv) => Record<string, unknown> }>("config.js");
  const { createDatabase, Prisma } = load<{
    createDatabase: (options: { databaseUrl?: string; pgliteDir?: string }) => Promise<DatabaseLike>;
    Prisma: { sql(strings: TemplateStringsArray, ...values: unknown[]): { text: string; values: unknown[] } };
  }>("db/prisma.js");
  const { startApiServer } = load<{ startApiServer: (options: object) => Promise<{ url: string; stop(): Promise<void> }> }>("server.js");
  const { createLogger } = load<{ createLogger: (config: object) => unknown }>("logger.js");
  const config = loadConfig({
    NODE_ENV: "test",
    LOG_LEVEL: "silent",
    RATE_LIMIT_ENABLED: "0",
    WEBHOOK_POLL_INTERVAL_MS: "3600000",
    ...("databaseUrl" in target ? { DATABASE_URL: target.databaseUrl } : {}),
  });
  const db = await createDatabase("databaseUrl" in target ? { databaseUrl: target.databaseUrl } : { pgliteDir: target.pgliteDir });
  let recorded: RecordedStatement[] = [];
  const reader = db.reader;
  const recordingReader: ReaderLike = {
    query(statement, values, ...rest) {
      recorded.push({ text: statement.text, values: [...values] });
      return reader.query(statement, values, ...rest);
    },
  };
  // Prisma's tagged-template raw queries (mentions) are recorded as the text and values Prisma sends.
  const prisma = new Proxy(db.prisma, {
    get(client, property) {
      const value = Reflect.get(client, property, client) as unknown;
      if (property === "$queryRaw" && typeof value === "function")
        return (strings: TemplateStringsArray, ...values: unknown[]) => {
          const sql = Prisma.sql(strings, ...values);
          recorded.push({ text: sql.text, values: sql.values });
          return (value as (...args: unknown[]) => unknown).call(client, strings, ...values);
        };
      return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(client) : value;
    },
  });
  // The read path takes its reader per request from `reads` (replica routing): route it to the recorder.
  const { primaryOnly } = load<{ primaryOnly: (reader: ReaderLike) => unknown }>("db/replica-set.js");
  const server = await startApiServer({
    config,
    db: { ...db, reader: recordingReader, reads: primaryOnly(recordingReader), prisma },
    logger: createLogger(config),
    port: 0,
  });
  let explains = 0;
  return {
    url: server.url,
    take() {
      const statements = recorded;
      recorded = [];
      return statements;
    },
    query: (text, values) => reader.query({ name: `bench_scale_explain_${++explains}`, text }, values),
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
